package cn.jiuzhu.charity.repository;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.charity.CharityReferral;
import cn.jiuzhu.charity.CharityReferralStatus;
import cn.jiuzhu.charity.FundKind;
import cn.jiuzhu.common.money.Yuan;
import cn.jiuzhu.common.sql.Rows;
import cn.jiuzhu.identity.Actor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL for charity referrals. No rules here: see CharityService and CharityRules. */
@ApplicationScoped
public class CharityReferralRepository {

    private static final String FIELDS = """
            id, case_id, county_code, fund_kind, fund_name, need, amount_asked, status, amount_granted, answer_reason,
                   referred_by_office, referred_by_label, created_at, answered_by_label, answered_at
            """;
    private static final String COLUMNS = "SELECT " + FIELDS + "  FROM charity_referral\n";
    private static final String RETURNING = "RETURNING " + FIELDS;

    private final Pool client;

    public CharityReferralRepository(Pool client) {
        this.client = client;
    }

    /** Inserts a referral unless one of the same case and fund still waits for an answer; then empty. */
    public Uni<Optional<CharityReferral>> insertUnlessPending(SqlConnection connection, NewCharityReferral r) {
        return connection.preparedQuery("""
                INSERT INTO charity_referral (id, case_id, county_code, fund_kind, fund_name, need, amount_asked,
                    referred_by_office, referred_by_label, created_by)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                ON CONFLICT (case_id, fund_kind, fund_name) WHERE status = 'REFERRED' DO NOTHING
                """ + RETURNING)
                .execute(Tuple.from(Arrays.asList(r.id(), r.caseId(), r.countyCode(), r.fundKind().name(), r.fundName(), r.need(),
                        r.amountAsked(), r.referredByOffice(), r.referredByLabel(), r.createdBy())))
                .map(CharityReferralRepository::first);
    }

    public Uni<Optional<CharityReferral>> findPending(SqlClient connection, UUID caseId, FundKind kind, String fundName) {
        return connection.preparedQuery(COLUMNS + "WHERE case_id = $1 AND fund_kind = $2 AND fund_name = $3 AND status = 'REFERRED'")
                .execute(Tuple.of(caseId, kind.name(), fundName)).map(CharityReferralRepository::first);
    }

    public Uni<Optional<CharityReferral>> lock(SqlConnection connection, UUID id) {
        return connection.preparedQuery(COLUMNS + "WHERE id = $1 FOR UPDATE").execute(Tuple.of(id))
                .map(CharityReferralRepository::first);
    }

    /** The fund's answer, recorded by {@code actor} of the office {@code officeLabel} names. */
    public Uni<CharityReferral> answer(SqlConnection connection, UUID id, CharityReferralStatus status, BigDecimal amountGranted,
            String reason, Actor actor, String officeLabel) {
        return connection.preparedQuery("""
                UPDATE charity_referral
                   SET status = $2, amount_granted = $3, answer_reason = $4, answered_by = $5, answered_by_office = $6,
                       answered_by_label = $7, answered_at = now()
                 WHERE id = $1
                """ + RETURNING)
                .execute(Tuple.from(Arrays.asList(id, status.name(), amountGranted, reason, actor.subject(), actor.officeCode(),
                        officeLabel)))
                .map(rows -> Rows.one(rows, CharityReferralRepository::toReferral));
    }

    /** Charity referrals of several cases with one query, each case's in the order they were made. */
    public Uni<List<CharityReferral>> ofCases(Collection<UUID> caseIds) {
        return client.preparedQuery(COLUMNS + "WHERE case_id = ANY($1) ORDER BY case_id, created_at, id")
                .execute(Tuple.of(caseIds.toArray(UUID[]::new))).map(rows -> Rows.all(rows, CharityReferralRepository::toReferral));
    }

    private static Optional<CharityReferral> first(RowSet<Row> rows) {
        return Rows.first(rows, CharityReferralRepository::toReferral);
    }

    private static CharityReferral toReferral(Row row) {
        FundKind kind = FundKind.valueOf(row.getString("fund_kind"));
        CharityReferralStatus status = CharityReferralStatus.valueOf(row.getString("status"));
        BigDecimal asked = row.getBigDecimal("amount_asked");
        BigDecimal granted = row.getBigDecimal("amount_granted");
        return new CharityReferral(row.getUUID("id"), row.getUUID("case_id"), kind, kind.label(), row.getString("fund_name"),
                row.getString("need"), Yuan.format(asked), status, status.label(), Yuan.format(granted), row.getString("answer_reason"),
                row.getString("referred_by_label"), row.getOffsetDateTime("created_at"), row.getString("answered_by_label"),
                row.getOffsetDateTime("answered_at"), row.getString("referred_by_office"), row.getString("county_code"), asked, granted);
    }

    public record NewCharityReferral(UUID id, UUID caseId, String countyCode, FundKind fundKind, String fundName, String need,
            BigDecimal amountAsked, String referredByOffice, String referredByLabel, String createdBy) {
    }
}
