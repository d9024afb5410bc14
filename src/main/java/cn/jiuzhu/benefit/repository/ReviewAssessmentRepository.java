package cn.jiuzhu.benefit.repository;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.benefit.Trace;
import cn.jiuzhu.common.sql.Rows;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** case_review_assessment: what the rules gave for a review, paid once the county decides it. */
@ApplicationScoped
public class ReviewAssessmentRepository {

    public record Assessment(long reviewId, long findingId, BigDecimal monthlyAmount, UUID standardId, int householdSize, Trace trace) {
    }

    public Uni<Void> insert(SqlConnection connection, Assessment a) {
        return connection.preparedQuery("""
                INSERT INTO case_review_assessment (review_id, finding_id, monthly_amount, standard_id, household_size, trace)
                VALUES ($1, $2, $3, $4, $5, $6)""")
                .execute(Tuple.from(java.util.List.of(a.reviewId(), a.findingId(), a.monthlyAmount(), a.standardId(), a.householdSize(),
                        BenefitRepository.toJson(a.trace()))))
                .replaceWithVoid();
    }

    public Uni<Optional<Assessment>> find(SqlConnection connection, long reviewId) {
        return connection.preparedQuery("""
                SELECT review_id, finding_id, monthly_amount, standard_id, household_size, trace
                  FROM case_review_assessment WHERE review_id = $1""")
                .execute(Tuple.of(reviewId))
                .map(rows -> Rows.first(rows, r -> new Assessment(r.getLong("review_id"), r.getLong("finding_id"),
                        r.getBigDecimal("monthly_amount"), r.getUUID("standard_id"), r.getInteger("household_size"),
                        BenefitRepository.fromJson((JsonArray) r.getValue("trace")))));
    }
}
