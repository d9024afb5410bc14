package cn.jiuzhu.audit.repository;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.audit.AccessOutcome;
import cn.jiuzhu.audit.AuditScope;
import cn.jiuzhu.audit.DocumentOpening;
import cn.jiuzhu.audit.PersonalDataAccess;
import cn.jiuzhu.audit.PersonalDataAccessKind;
import cn.jiuzhu.audit.PersonalDataField;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.sql.Rows;
import cn.jiuzhu.identity.Role;
import cn.jiuzhu.programme.DocumentType;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL for the record of personal data reads (V17). It only ever inserts and reads. */
@ApplicationScoped
public class PersonalDataAccessRepository {

    private static final String COLUMNS = """
            id, accessed_at, actor_role, actor_subject, actor_display_name, actor_office_code, actor_office_name, kind, fields,
            document_type, attachment_id, case_number, subject_masked_id_number, reason, outcome, refusal_code
            """;

    /**
     * An auditor's list, newest first. $1 handling office, $2 case region prefix, $3 case county prefix (any may be
     * null), $4 the region prefix of the offices whose staff's reads are listed; $5 $6 from (included) and to
     * (excluded), $7 outcome, all optional; $8 $9 the (time, id) to continue before; $10 rows.
     */
    private static final String IN_SCOPE = "SELECT " + COLUMNS + """
              FROM personal_data_access
             WHERE (case_office_code = $1 OR starts_with(case_region_code, $2) OR starts_with(case_county_code, $3)
                    OR starts_with(actor_office_region_code, $4))
               AND ($5::timestamptz IS NULL OR accessed_at >= $5)
               AND ($6::timestamptz IS NULL OR accessed_at < $6)
               AND ($7::varchar IS NULL OR outcome = $7)
               AND ($8::timestamptz IS NULL OR (accessed_at, id) < ($8, $9::bigint))
             ORDER BY accessed_at DESC, id DESC
             LIMIT $10""";

    private final Pool client;

    public PersonalDataAccessRepository(Pool client) {
        this.client = client;
    }

    public Uni<Void> insert(SqlClient connection, NewAccess a) {
        return connection.preparedQuery("""
                INSERT INTO personal_data_access (actor_role, actor_subject, actor_display_name, actor_office_code,
                    actor_office_name, actor_office_region_code, kind, fields, document_type, attachment_id, case_id,
                    case_number, case_county_code, case_region_code, case_office_code, subject_masked_id_number, reason,
                    outcome, refusal_code)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)""")
                .execute(Tuple.from(Arrays.asList(a.actorRole().group(), a.actorSubject(), a.actorDisplayName(),
                        a.officeCode(), a.officeName(), a.officeRegionCode(), a.kind().name(),
                        a.fields().stream().map(Enum::name).toArray(String[]::new),
                        a.documentType() == null ? null : a.documentType().name(), a.attachmentId(), a.caseId(),
                        a.caseNumber(), a.caseCountyCode(), a.caseRegionCode(), a.caseOfficeCode(), a.maskedIdNumber(),
                        a.reason(), a.outcome().name(), a.refusalCode())))
                .replaceWithVoid();
    }

    /**
     * Serialises one reader's capped reads across instances until the transaction ends, so two requests at the
     * edge of the cap are counted one after the other.
     */
    /** Offices that were shown each of these documents, with when they last opened it; by document, then office name. */
    public Uni<List<DocumentOpening>> openingsOf(Collection<UUID> attachmentIds) {
        return client.preparedQuery("""
                SELECT attachment_id, actor_office_name, max(accessed_at) AS last_opened_at
                  FROM personal_data_access
                 WHERE attachment_id = ANY($1) AND kind = 'DOCUMENT' AND outcome = 'SHOWN' AND actor_office_name IS NOT NULL
                 GROUP BY attachment_id, actor_office_name
                 ORDER BY attachment_id, actor_office_name""")
                .execute(Tuple.of(attachmentIds.toArray(UUID[]::new)))
                .map(rows -> Rows.all(rows, r -> new DocumentOpening(r.getUUID("attachment_id"), r.getString("actor_office_name"),
                        r.getOffsetDateTime("last_opened_at"))));
    }

    public Uni<Void> lockReader(SqlConnection connection, String subject) {
        return connection.preparedQuery("SELECT pg_advisory_xact_lock(hashtext('personal_data_access.cap'), hashtext($1))")
                .execute(Tuple.of(subject)).replaceWithVoid();
    }

    /**
     * Over the cap: seconds until the reader's {@code cap}-th newest read of this kind shown in the last hour leaves
     * that hour, after which one more is allowed. Empty while fewer than {@code cap} were shown.
     */
    public Uni<Optional<Integer>> secondsUntilUnderCap(SqlConnection connection, String subject, PersonalDataAccessKind kind,
            int cap) {
        return connection.preparedQuery("""
                SELECT ceil(extract(epoch FROM accessed_at + interval '1 hour' - now()))::int AS wait
                  FROM personal_data_access
                 WHERE actor_subject = $1 AND kind = $2 AND outcome = 'SHOWN' AND accessed_at > now() - interval '1 hour'
                 ORDER BY accessed_at DESC
                OFFSET $3 LIMIT 1""")
                .execute(Tuple.of(subject, kind.name(), cap - 1)).map(rows -> Rows.first(rows, r -> r.getInteger("wait")));
    }

    public Uni<List<PersonalDataAccess>> inScope(AuditScope scope, OffsetDateTime from, OffsetDateTime until, AccessOutcome outcome,
            OffsetDateTime beforeAt, Long beforeId, int limit) {
        return client.preparedQuery(IN_SCOPE)
                .execute(Tuple.from(Arrays.asList(scope.handlingOfficeCode(), scope.caseRegionPrefix(),
                        scope.caseCountyPrefix(), scope.actorRegionPrefix(), from, until,
                        outcome == null ? null : outcome.name(), beforeAt, beforeId, limit)))
                .map(rows -> Rows.all(rows, PersonalDataAccessRepository::toAccess));
    }

    private static PersonalDataAccess toAccess(Row r) {
        String documentType = r.getString("document_type");
        UUID attachmentId = r.getUUID("attachment_id");
        return new PersonalDataAccess(r.getLong("id").toString(), r.getOffsetDateTime("accessed_at"),
                Role.ofGroup(r.getString("actor_role")).orElseThrow(), r.getString("actor_subject"),
                r.getString("actor_display_name"), r.getString("actor_office_code"), r.getString("actor_office_name"),
                PersonalDataAccessKind.valueOf(r.getString("kind")),
                Arrays.stream(r.getArrayOfStrings("fields")).map(PersonalDataField::valueOf).toList(),
                documentType == null ? null : DocumentType.valueOf(documentType),
                attachmentId == null ? null : attachmentId.toString(), r.getString("case_number"),
                r.getString("subject_masked_id_number"), r.getString("reason"),
                AccessOutcome.valueOf(r.getString("outcome")), r.getString("refusal_code"));
    }

    /** A row to write, everything as it is at the moment of the read. */
    public record NewAccess(Role actorRole, String actorSubject, String actorDisplayName, String officeCode, String officeName,
            String officeRegionCode, PersonalDataAccessKind kind, List<PersonalDataField> fields, DocumentType documentType,
            UUID attachmentId, UUID caseId, String caseNumber, String caseCountyCode, String caseRegionCode,
            String caseOfficeCode, String maskedIdNumber, String reason, AccessOutcome outcome, String refusalCode) {

        /** The same request, refused with this code. */
        public NewAccess refused(ErrorCode code) {
            return new NewAccess(actorRole, actorSubject, actorDisplayName, officeCode, officeName, officeRegionCode, kind,
                    fields, documentType, attachmentId, caseId, caseNumber, caseCountyCode, caseRegionCode, caseOfficeCode,
                    maskedIdNumber, reason, AccessOutcome.REFUSED, code.name());
        }
    }
}
