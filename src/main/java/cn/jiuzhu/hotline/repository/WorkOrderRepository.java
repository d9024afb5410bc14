package cn.jiuzhu.hotline.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.common.sql.Rows;
import cn.jiuzhu.common.time.CountedDate;
import cn.jiuzhu.common.time.CountedDateRepository;
import cn.jiuzhu.common.validation.IdNumber;
import cn.jiuzhu.common.validation.MobileNumber;
import cn.jiuzhu.hotline.CallCount;
import cn.jiuzhu.hotline.CallerSatisfaction;
import cn.jiuzhu.hotline.OutreachTask;
import cn.jiuzhu.hotline.OutreachTaskStatus;
import cn.jiuzhu.hotline.WorkOrder;
import cn.jiuzhu.hotline.WorkOrderCategory;
import cn.jiuzhu.hotline.WorkOrderStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * SQL for work orders and outreach tasks. No rules here: see WorkOrderService and WorkOrderRules.
 * The caller's numbers are masked as rows are read, so no caller of this class sees them whole.
 */
@ApplicationScoped
public class WorkOrderRepository {

    private static final String WORK_ORDER_COLUMNS = """
            id, hotline_office_code, created_by, caller_name, caller_mobile, caller_id_number, category, summary,
            region_code, case_id, status, routed_office_code, routed_office_name, due_on, answer, answered_at, outcome,
            satisfaction, feedback_given, feedback, created_at, closed_at, version""";
    private static final String SELECT_WORK_ORDER = "SELECT " + WORK_ORDER_COLUMNS + " FROM work_order ";
    private static final String OUTREACH_COLUMNS = """
            id, work_order_id, office_code, region_code, person_description, due_on, status, result, visited_at, created_at""";

    private final Pool client;

    public WorkOrderRepository(Pool client) {
        this.client = client;
    }

    public Uni<WorkOrder> insert(SqlConnection connection, NewWorkOrder w) {
        return connection.preparedQuery("""
                INSERT INTO work_order (id, hotline_office_code, created_by, caller_name, caller_mobile, caller_id_number,
                    category, summary, region_code, case_id, status, routed_office_code, routed_office_name, due_on, created_on)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
                RETURNING\s""" + WORK_ORDER_COLUMNS)
                .execute(Tuple.from(Arrays.asList(w.id(), w.hotlineOfficeCode(), w.createdBy(), w.callerName(),
                        w.callerMobile().value(), w.callerIdNumber() == null ? null : w.callerIdNumber().value(),
                        w.category().name(), w.summary(), w.regionCode(), w.caseId(), w.status().name(), w.routedOfficeCode(),
                        w.routedOfficeName(), w.dueOn(), w.createdOn())))
                .map(rows -> Rows.one(rows, WorkOrderRepository::toWorkOrder));
    }

    public Uni<OutreachTask> insertOutreachTask(SqlConnection connection, UUID id, UUID workOrderId, String officeCode,
            String regionCode, String personDescription, LocalDate dueOn) {
        return connection.preparedQuery("""
                INSERT INTO outreach_task (id, work_order_id, office_code, region_code, person_description, due_on)
                VALUES ($1, $2, $3, $4, $5, $6)
                RETURNING\s""" + OUTREACH_COLUMNS)
                .execute(Tuple.of(id, workOrderId, officeCode, regionCode, personDescription, dueOn))
                .map(rows -> Rows.one(rows, WorkOrderRepository::toOutreachTask));
    }

    public Uni<Optional<WorkOrder>> find(SqlClient connection, UUID id) {
        return connection.preparedQuery(SELECT_WORK_ORDER + "WHERE id = $1").execute(Tuple.of(id))
                .map(WorkOrderRepository::firstWorkOrder);
    }

    public Uni<Optional<WorkOrder>> find(UUID id) {
        return find(client, id);
    }

    public Uni<Optional<WorkOrder>> lock(SqlConnection connection, UUID id) {
        return connection.preparedQuery(SELECT_WORK_ORDER + "WHERE id = $1 FOR UPDATE").execute(Tuple.of(id))
                .map(WorkOrderRepository::firstWorkOrder);
    }

    public Uni<WorkOrder> answer(SqlConnection connection, UUID id, String answer, String answeredBy) {
        return update(connection, "status = 'ANSWERED', answer = $2, answered_by = $3, answered_at = now()",
                Tuple.of(id, answer, answeredBy));
    }

    /** The township recorded the report as the objection to a case in publicity: the order is about that case now. */
    public Uni<WorkOrder> recordAsObjection(SqlConnection connection, UUID id, UUID caseId) {
        return update(connection, "status = 'OBJECTION_RECORDED', case_id = $2", Tuple.of(id, caseId));
    }

    public Uni<WorkOrder> close(SqlConnection connection, UUID id, String outcome, CallerSatisfaction satisfaction,
            boolean feedbackGiven, String feedback) {
        return update(connection, "status = 'CLOSED', outcome = $2, satisfaction = $3, feedback_given = $4, feedback = $5, "
                + "closed_at = now()",
                Tuple.from(Arrays.asList(id, outcome, satisfaction == null ? null : satisfaction.name(), feedbackGiven, feedback)));
    }

    /** An operator's work orders not yet closed, oldest first: a range scan of work_order_operator_open_idx. */
    public Uni<List<WorkOrder>> openOf(String createdBy, OffsetDateTime afterCreatedAt, UUID afterId, int limit) {
        if (afterCreatedAt == null) {
            return client.preparedQuery(SELECT_WORK_ORDER + """
                    WHERE created_by = $1 AND status <> 'CLOSED' ORDER BY created_at, id LIMIT $2""")
                    .execute(Tuple.of(createdBy, limit)).map(WorkOrderRepository::allWorkOrders);
        }
        return client.preparedQuery(SELECT_WORK_ORDER + """
                WHERE created_by = $1 AND status <> 'CLOSED' AND (created_at, id) > ($2, $3) ORDER BY created_at, id LIMIT $4""")
                .execute(Tuple.of(createdBy, afterCreatedAt, afterId, limit)).map(WorkOrderRepository::allWorkOrders);
    }

    /** A hotline's routed orders still unanswered after their due date, most overdue first (work_order_hotline_waiting_idx). */
    public Uni<List<WorkOrder>> overdueOf(String hotlineOfficeCode, LocalDate today, LocalDate afterDueOn, UUID afterId, int limit) {
        return waiting("hotline_office_code", hotlineOfficeCode, today, afterDueOn, afterId, limit);
    }

    /** Orders routed to an office and waiting for its answer, due first (work_order_office_waiting_idx). */
    public Uni<List<WorkOrder>> waitingAt(String officeCode, LocalDate afterDueOn, UUID afterId, int limit) {
        return waiting("routed_office_code", officeCode, null, afterDueOn, afterId, limit);
    }

    private Uni<List<WorkOrder>> waiting(String officeColumn, String officeCode, LocalDate dueBefore, LocalDate afterDueOn,
            UUID afterId, int limit) {
        // $2 and $3 may be null: no due-date bound, no cursor.
        return client.preparedQuery(SELECT_WORK_ORDER + "WHERE " + officeColumn + """
                 = $1 AND status = 'ROUTED'
                  AND ($2::date IS NULL OR due_on < $2)
                  AND ($3::date IS NULL OR (due_on, id) > ($3, $4::uuid))
                ORDER BY due_on, id LIMIT $5""")
                .execute(Tuple.from(Arrays.asList(officeCode, dueBefore, afterDueOn, afterId, limit)))
                .map(WorkOrderRepository::allWorkOrders);
    }

    /** Calls per day and category taken by one hotline between two days, both included. */
    public Uni<List<CallCount>> callsPerCategory(String hotlineOfficeCode, LocalDate from, LocalDate to) {
        return client.preparedQuery("""
                SELECT created_on, category, count(*) AS calls FROM work_order
                 WHERE hotline_office_code = $1 AND created_on BETWEEN $2 AND $3
                 GROUP BY created_on, category ORDER BY created_on, category""")
                .execute(Tuple.of(hotlineOfficeCode, from, to))
                .map(rows -> Rows.all(rows, row -> new CallCount(row.getLocalDate("created_on"),
                        WorkOrderCategory.valueOf(row.getString("category")), row.getLong("calls").intValue())));
    }

    public Uni<Optional<OutreachTask>> lockOutreachTask(SqlConnection connection, UUID id) {
        return connection.preparedQuery("SELECT " + OUTREACH_COLUMNS + " FROM outreach_task WHERE id = $1 FOR UPDATE")
                .execute(Tuple.of(id)).map(rows -> Rows.first(rows, WorkOrderRepository::toOutreachTask));
    }

    public Uni<OutreachTask> completeOutreachTask(SqlConnection connection, UUID id, String result, String visitedBy) {
        return connection.preparedQuery("""
                UPDATE outreach_task SET status = 'VISITED', result = $2, visited_by = $3, visited_at = now() WHERE id = $1
                RETURNING\s""" + OUTREACH_COLUMNS)
                .execute(Tuple.of(id, result, visitedBy)).map(rows -> Rows.one(rows, WorkOrderRepository::toOutreachTask));
    }

    /** An office's open outreach tasks, due first: a range scan of outreach_task_office_open_idx. */
    public Uni<List<OutreachTask>> openOutreachTasks(String officeCode, LocalDate afterDueOn, UUID afterId, int limit) {
        return client.preparedQuery("SELECT " + OUTREACH_COLUMNS + " FROM outreach_task " + """
                 WHERE office_code = $1 AND status = 'OPEN' AND ($2::date IS NULL OR (due_on, id) > ($2, $3::uuid))
                 ORDER BY due_on, id LIMIT $4""")
                .execute(Tuple.from(Arrays.asList(officeCode, afterDueOn, afterId, limit)))
                .map(rows -> Rows.all(rows, WorkOrderRepository::toOutreachTask));
    }

    private static Uni<WorkOrder> update(SqlConnection connection, String set, Tuple arguments) {
        return connection.preparedQuery("UPDATE work_order SET " + set + ", version = version + 1 WHERE id = $1 RETURNING "
                + WORK_ORDER_COLUMNS).execute(arguments).map(rows -> Rows.one(rows, WorkOrderRepository::toWorkOrder));
    }

    private static Optional<WorkOrder> firstWorkOrder(RowSet<Row> rows) {
        return Rows.first(rows, WorkOrderRepository::toWorkOrder);
    }

    private static List<WorkOrder> allWorkOrders(RowSet<Row> rows) {
        return Rows.all(rows, WorkOrderRepository::toWorkOrder);
    }

    private static WorkOrder toWorkOrder(Row row) {
        WorkOrderCategory category = WorkOrderCategory.valueOf(row.getString("category"));
        WorkOrderStatus status = WorkOrderStatus.valueOf(row.getString("status"));
        String satisfactionName = row.getString("satisfaction");
        CallerSatisfaction satisfaction = satisfactionName == null ? null : CallerSatisfaction.valueOf(satisfactionName);
        String idNumber = row.getString("caller_id_number");
        return new WorkOrder(row.getUUID("id"), row.getString("hotline_office_code"), row.getString("caller_name"),
                new MobileNumber(row.getString("caller_mobile")).masked(), idNumber == null ? null : new IdNumber(idNumber).masked(),
                category, category.label(), row.getString("summary"), row.getString("region_code"), row.getUUID("case_id"),
                status, status.label(), row.getString("routed_office_code"), row.getString("routed_office_name"),
                row.getLocalDate("due_on"), row.getString("answer"), row.getOffsetDateTime("answered_at"), row.getString("outcome"),
                satisfaction, satisfaction == null ? null : satisfaction.label(), row.getBoolean("feedback_given"),
                row.getString("feedback"), row.getOffsetDateTime("created_at"), row.getOffsetDateTime("closed_at"),
                row.getInteger("version"), row.getString("created_by"));
    }

    private static OutreachTask toOutreachTask(Row row) {
        OutreachTaskStatus status = OutreachTaskStatus.valueOf(row.getString("status"));
        return new OutreachTask(row.getUUID("id"), row.getUUID("work_order_id"), row.getString("office_code"),
                row.getString("region_code"), row.getString("person_description"), row.getLocalDate("due_on"), status,
                status.label(), row.getString("result"), row.getOffsetDateTime("visited_at"), row.getOffsetDateTime("created_at"));
    }

    public record NewWorkOrder(UUID id, String hotlineOfficeCode, String createdBy, String callerName, MobileNumber callerMobile,
            IdNumber callerIdNumber, WorkOrderCategory category, String summary, String regionCode, UUID caseId,
            WorkOrderStatus status, String routedOfficeCode, String routedOfficeName, LocalDate dueOn, LocalDate createdOn) {
    }

    /** Work orders still waiting for the office's answer whose due date is on or after {@code from}, locked for a recount. */
    public Uni<List<CountedDate>> waitingOrdersDueFrom(SqlConnection connection, LocalDate from) {
        return CountedDateRepository.waitingFrom(connection, "work_order", "status = 'ROUTED'", from);
    }

    public Uni<Void> setOrderDueOn(SqlConnection connection, List<CountedDate> moved) {
        return CountedDateRepository.setDueOn(connection, "work_order", moved);
    }

    /** Outreach visits still to make whose due date is on or after {@code from}, locked for a recount. */
    public Uni<List<CountedDate>> openTasksDueFrom(SqlConnection connection, LocalDate from) {
        return CountedDateRepository.waitingFrom(connection, "outreach_task", "status = 'OPEN'", from);
    }

    public Uni<Void> setTaskDueOn(SqlConnection connection, List<CountedDate> moved) {
        return CountedDateRepository.setDueOn(connection, "outreach_task", moved);
    }
}
