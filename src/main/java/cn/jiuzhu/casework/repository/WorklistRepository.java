package cn.jiuzhu.casework.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseState;
import cn.jiuzhu.common.sql.Rows;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The worklists' SQL: one statement per page, each an index range scan (V11, and
 * docs/worklist-query-plans.md for the plans). The statements are public so that a test explains
 * exactly what runs here.
 *
 * <p>Queues are ordered by due date, cases without one last, then id: the sort key
 * {@code COALESCE(due_on, 'infinity')} the V11 indexes carry. Overdue cases come first because they
 * fall due earliest. A page starts after a (key, id) pair; the first page after
 * ({@link LocalDate#MIN}, {@link #NO_ID}), which the client sends to PostgreSQL as -infinity.
 *
 * <p>A queue filtered by states reads, per state, the office's (or county's) ordered range in the
 * index after the cursor, at most one page of it, and keeps the first page of all of them: the
 * Sort in the plan merges at most states × (page + 1) rows, never the office's whole queue.
 */
@ApplicationScoped
public class WorklistRepository {

    /** Below every case id, to start the first page. */
    public static final UUID NO_ID = new UUID(0, 0);

    /** $1 office code, $2 states, $3 $4 the (due key, id) to start after, $5 rows. */
    public static final String OFFICE_QUEUE = queue("c.assigned_office_code = $1");

    /** $1 county code, $2 states, $3 $4 the (due key, id) to start after, $5 rows. */
    public static final String COUNTY_QUEUE = queue("c.county_code = $1");

    /** $1 county code, $2 today, $3 $4 the (due date, id) to start after, $5 rows. Oldest due first. */
    public static final String OVERDUE = CaseRepository.CASE_COLUMNS + """
             WHERE c.county_code = $1 AND c.closed_at IS NULL AND c.due_on < $2
               AND (c.due_on, c.id) > ($3, $4)
             ORDER BY c.due_on, c.id
             LIMIT $5""";

    /** $1 office or county code, $2 the last due date included, $3 $4 the (review date, id) to start after, $5 rows. */
    private static final String REVIEWS_DUE = CaseRepository.CASE_COLUMNS.replace(" FROM assistance_case c",
            ", s.next_review_on FROM assistance_case c JOIN case_payment_schedule s ON s.case_id = c.id") + """
             WHERE %s = $1 AND c.state IN ('IN_PAYMENT', 'REVIEW_OBJECTED') AND s.next_review_on <= $2
               AND (s.next_review_on, c.id) > ($3, $4)
             ORDER BY s.next_review_on, c.id
             LIMIT $5""";

    private final Pool client;

    public WorklistRepository(Pool client) {
        this.client = client;
    }

    /** 定期核查 due by {@code dueBy} (overdue first, soonest next) of an office, or of a county when {@code county}. */
    public Uni<List<ReviewDue>> reviewsDue(String code, boolean county, LocalDate dueBy, LocalDate afterReviewOn, UUID afterId,
            int limit) {
        return client.preparedQuery(REVIEWS_DUE.formatted(county ? "c.county_code" : "c.assigned_office_code"))
                .execute(Tuple.of(code, dueBy, afterReviewOn, afterId, limit))
                .map(rows -> Rows.all(rows, r -> new ReviewDue(CaseRepository.toCase(r), r.getLocalDate("next_review_on"))));
    }

    /** A case whose periodic review is due, with the day it is due. */
    public record ReviewDue(AssistanceCase c, LocalDate reviewOn) {
    }

    /** Open cases assigned to an office in these states, in queue order, after (dueKey, id). */
    public Uni<List<AssistanceCase>> officeQueue(String officeCode, Collection<CaseState> states, LocalDate afterDueKey,
            UUID afterId, int limit) {
        return client.preparedQuery(OFFICE_QUEUE).execute(Tuple.of(officeCode, names(states), afterDueKey, afterId, limit))
                .map(WorklistRepository::all);
    }

    /** Open cases of a county in these states, in queue order, after (dueKey, id). */
    public Uni<List<AssistanceCase>> countyQueue(String countyCode, Collection<CaseState> states, LocalDate afterDueKey,
            UUID afterId, int limit) {
        return client.preparedQuery(COUNTY_QUEUE).execute(Tuple.of(countyCode, names(states), afterDueKey, afterId, limit))
                .map(WorklistRepository::all);
    }

    /** Open cases of a county due before {@code today}, oldest due first, after (dueOn, id). */
    public Uni<List<AssistanceCase>> overdue(String countyCode, LocalDate today, LocalDate afterDueOn, UUID afterId, int limit) {
        return client.preparedQuery(OVERDUE).execute(Tuple.of(countyCode, today, afterDueOn, afterId, limit))
                .map(WorklistRepository::all);
    }

    private static String queue(String whose) {
        String key = "COALESCE(c.due_on, 'infinity'::date)";
        return """
                SELECT q.* FROM unnest($2::varchar[]) AS s (state) CROSS JOIN LATERAL (
                %s WHERE %s AND c.state = s.state AND c.closed_at IS NULL
                   AND (%s, c.id) > ($3, $4)
                 ORDER BY %s, c.id
                 LIMIT $5) q
                 ORDER BY COALESCE(q.due_on, 'infinity'::date), q.id
                 LIMIT $5""".formatted(CaseRepository.CASE_COLUMNS, whose, key, key);
    }

    private static String[] names(Collection<CaseState> states) {
        return states.stream().map(CaseState::name).toArray(String[]::new);
    }

    private static List<AssistanceCase> all(RowSet<Row> rows) {
        return Rows.all(rows, CaseRepository::toCase);
    }
}
