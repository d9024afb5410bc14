package cn.jiuzhu.casework.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.casework.record.CaseReview;
import cn.jiuzhu.casework.record.CaseReview.ReviewStatus;
import cn.jiuzhu.casework.record.ReviewOutcome;
import cn.jiuzhu.common.money.Yuan;
import cn.jiuzhu.common.sql.Rows;
import cn.jiuzhu.identity.Actor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** case_review: each periodic review, from the township's record to the county's decision and an objection's ruling. */
@ApplicationScoped
public class CaseReviewRepository {

    private static final String COLUMNS = """
            SELECT r.id, r.case_id, r.outcome, r.reasons, r.previous_amount, r.new_amount, r.recorded_by_label, r.recorded_at,
                   r.decided_by_label, r.decided_at, r.decision_reasons, r.notice_due_on, r.effective_from, r.objected_at,
                   r.objection_ruled_at, r.revoked_at, c.state AS case_state,
                   r.id = (SELECT max(l.id) FROM case_review l WHERE l.case_id = r.case_id AND l.decided_at IS NOT NULL) AS latest_decided
              FROM case_review r JOIN assistance_case c ON c.id = r.case_id""";

    private final Pool client;

    public CaseReviewRepository(Pool client) {
        this.client = client;
    }

    /** The case's decision-to-be; a pending review recorded before is superseded by it. Returns its id. */
    public Uni<Long> insert(SqlConnection connection, UUID caseId, ReviewOutcome outcome, String reasons, BigDecimal previousAmount,
            BigDecimal newAmount, int reviewEveryMonths, Actor actor, String actorLabel) {
        return connection.preparedQuery("""
                UPDATE case_review SET superseded_at = now() WHERE case_id = $1 AND decided_at IS NULL AND superseded_at IS NULL""")
                .execute(Tuple.of(caseId))
                .flatMap(ignored -> connection.preparedQuery("""
                        INSERT INTO case_review (case_id, outcome, reasons, previous_amount, new_amount, review_every_months,
                                                 recorded_by, recorded_by_office, recorded_by_label)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id""")
                        .execute(Tuple.from(Arrays.asList(caseId, outcome.name(), reasons, previousAmount, newAmount,
                                (short) reviewEveryMonths, actor.subject(), actor.officeCode(), actorLabel))))
                .map(rows -> Rows.one(rows, r -> r.getLong("id")));
    }

    /** The county decides the pending review; returns it as decided. */
    public Uni<Decided> decide(SqlConnection connection, UUID caseId, String decidedBy, String reasons, LocalDate noticeDueOn,
            LocalDate effectiveFrom) {
        return connection.preparedQuery("""
                UPDATE case_review SET decided_by_label = $2, decided_at = now(), decision_reasons = $3, notice_due_on = $4,
                       effective_from = $5
                 WHERE case_id = $1 AND decided_at IS NULL AND superseded_at IS NULL
                 RETURNING id, outcome, effective_from, review_every_months""")
                .execute(Tuple.from(Arrays.asList(caseId, decidedBy, reasons, noticeDueOn, effectiveFrom)))
                .map(rows -> Rows.one(rows, r -> new Decided(r.getLong("id"), ReviewOutcome.valueOf(r.getString("outcome")),
                        r.getLocalDate("effective_from"), r.getInteger("review_every_months"))));
    }

    /** The household objected to the review decided last. */
    public Uni<Void> object(SqlConnection connection, UUID caseId) {
        return connection.preparedQuery("""
                UPDATE case_review SET objected_at = now()
                 WHERE id = (SELECT max(id) FROM case_review WHERE case_id = $1 AND decided_at IS NOT NULL) AND objected_at IS NULL""")
                .execute(Tuple.of(caseId)).replaceWithVoid();
    }

    /** The county's ruling on an objection; a reversal revokes the review and returns it (empty when none was objected). */
    public Uni<Optional<Decided>> rule(SqlConnection connection, UUID caseId, boolean revoke) {
        return connection.preparedQuery("""
                UPDATE case_review SET objection_ruled_at = now(), revoked_at = CASE WHEN $2 THEN now() END
                 WHERE case_id = $1 AND objected_at IS NOT NULL AND objection_ruled_at IS NULL
                 RETURNING id, outcome, effective_from, review_every_months""")
                .execute(Tuple.of(caseId, revoke))
                .map(rows -> Rows.first(rows, r -> new Decided(r.getLong("id"), ReviewOutcome.valueOf(r.getString("outcome")),
                        r.getLocalDate("effective_from"), r.getInteger("review_every_months"))));
    }

    /** The latest review of each case (pending or decided, never a superseded one). */
    public Uni<List<CaseReview>> latestOf(Collection<UUID> caseIds) {
        return client.preparedQuery("SELECT DISTINCT ON (case_id) * FROM (" + COLUMNS
                + " WHERE r.case_id = ANY($1) AND r.superseded_at IS NULL) q ORDER BY case_id, id DESC")
                .execute(Tuple.of(caseIds.toArray(UUID[]::new)))
                .map(rows -> Rows.all(rows, CaseReviewRepository::toReview));
    }

    /** A decided review: which, with what outcome, from which month. */
    public record Decided(long id, ReviewOutcome outcome, LocalDate effectiveFrom, int reviewEveryMonths) {
    }

    private static CaseReview toReview(Row r) {
        ReviewStatus status = r.getOffsetDateTime("decided_at") == null ? ReviewStatus.PENDING
                : r.getOffsetDateTime("revoked_at") != null ? ReviewStatus.REVOKED
                : r.getOffsetDateTime("objection_ruled_at") != null ? ReviewStatus.UPHELD
                : r.getOffsetDateTime("objected_at") != null ? ReviewStatus.OBJECTED : ReviewStatus.DECIDED;
        ReviewOutcome outcome = ReviewOutcome.valueOf(r.getString("outcome"));
        boolean canObject = status == ReviewStatus.DECIDED && Boolean.TRUE.equals(r.getBoolean("latest_decided"))
                && (r.getString("case_state").equals("IN_PAYMENT") || (r.getString("case_state").equals("TERMINATED")
                        && outcome == ReviewOutcome.STOP));
        LocalDate from = r.getLocalDate("effective_from");
        return new CaseReview(outcome, outcome.label(), r.getString("reasons"), money(r.getBigDecimal("previous_amount")),
                money(r.getBigDecimal("new_amount")), r.getString("recorded_by_label"), r.getOffsetDateTime("recorded_at"), status,
                r.getString("decided_by_label"), r.getOffsetDateTime("decided_at"), r.getString("decision_reasons"),
                r.getLocalDate("notice_due_on"), from == null ? null : from.toString().substring(0, 7), canObject,
                r.getUUID("case_id"));
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : Yuan.format(amount);
    }
}
