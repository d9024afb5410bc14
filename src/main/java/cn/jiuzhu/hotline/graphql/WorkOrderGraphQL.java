package cn.jiuzhu.hotline.graphql;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Ids;
import cn.jiuzhu.common.paging.PageRequest;
import cn.jiuzhu.hotline.CallCount;
import cn.jiuzhu.hotline.CallerSatisfaction;
import cn.jiuzhu.hotline.OutreachTask;
import cn.jiuzhu.hotline.OutreachTaskConnection;
import cn.jiuzhu.hotline.WorkOrder;
import cn.jiuzhu.hotline.WorkOrderConnection;
import cn.jiuzhu.hotline.WorkOrderInput;
import cn.jiuzhu.hotline.service.WorkOrderService;
import cn.jiuzhu.identity.CurrentUser;
import cn.jiuzhu.identity.Roles;
import io.smallrye.mutiny.Uni;

/**
 * Work orders (工单): the hotline records every call; leads, complaints and real-name reports go to
 * the township office where the person concerned lives, which answers; the hotline calls back and
 * closes. Leads also become outreach tasks (走访任务) for that township.
 */
@GraphQLApi
public class WorkOrderGraphQL {

    private final WorkOrderService service;
    private final CurrentUser currentUser;

    public WorkOrderGraphQL(WorkOrderService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @Mutation("openWorkOrder")
    @RolesAllowed(Roles.HOTLINE_OPERATOR)
    @Description("Records a call for the operator's hotline. LEAD, COMPLAINT and REAL_NAME_REPORT need a township or village "
            + "(REGION_NOT_FOUND, REGION_LEVEL_MISMATCH) and are routed at once to its township office with a due date (ROUTED); "
            + "a LEAD also becomes an outreach task for that township. Other calls start OPEN. Retrying with the same "
            + "idempotencyKey returns the first work order.")
    public Uni<@NonNull WorkOrder> open(@NonNull @Name("input") WorkOrderInput input,
            @NonNull @Name("idempotencyKey") @Description("A UUID made once per call recorded, reused on retries") String idempotencyKey) {
        return currentUser.actor().flatMap(actor -> service.open(actor, input, idempotencyKey));
    }

    @Mutation("answerWorkOrder")
    @RolesAllowed(Roles.CASEWORKER)
    @Description("The township office answers a ROUTED work order (→ ANSWERED). Only the office it was routed to "
            + "(to any other it is WORK_ORDER_NOT_FOUND); expectedVersion is the version you looked at (WORK_ORDER_CHANGED if someone acted since).")
    public Uni<@NonNull WorkOrder> answer(@NonNull @Id @Name("id") String id, @NonNull @Name("answer") String answer,
            @NonNull @Name("expectedVersion") int expectedVersion) {
        return currentUser.actor().flatMap(actor -> service.answer(actor, workOrderId(id), answer, expectedVersion));
    }

    @Mutation("recordReportAsObjection")
    @RolesAllowed(Roles.CASEWORKER)
    @Description("The township office records a REAL_NAME_REPORT routed to it (WORK_ORDER_CATEGORY_NOT_ALLOWED for other "
            + "categories) as the objection to one of its cases in publicity, named by caseNumber (CASE_NOT_FOUND for a number "
            + "unknown or of another office's case; CASE_ACTION_NOT_ALLOWED when the case is not in publicity; VALIDATION_FAILED "
            + "BEFORE_PUBLICITY for a call before the publicity began). The report's summary becomes the objection; the "
            + "reporter's identity stays on the work order. The order goes ROUTED → OBJECTION_RECORDED and is answered "
            + "(→ ANSWERED) by the step that ends the publicity, e.g. holdAppraisal with its date, participants and opinion: "
            + "the hotline then calls back and closes it with the feedback. Only the office it was routed to "
            + "(WORK_ORDER_NOT_FOUND); expectedVersion as for answerWorkOrder.")
    public Uni<@NonNull WorkOrder> recordAsObjection(@NonNull @Id @Name("id") String id,
            @NonNull @Name("caseNumber") @Description("e.g. DB-410305-2026-00042") String caseNumber,
            @NonNull @Name("expectedVersion") int expectedVersion) {
        return currentUser.actor().flatMap(actor -> service.recordAsObjection(actor, workOrderId(id), caseNumber, expectedVersion));
    }

    @Mutation("closeWorkOrder")
    @RolesAllowed(Roles.HOTLINE_OPERATOR)
    @Description("The hotline that took the call closes it with an outcome. Calls it handles itself close from OPEN; a routed "
            + "one only once ANSWERED (WORK_ORDER_NOT_ANSWERED) and with the caller's satisfaction from the call-back. A "
            + "REAL_NAME_REPORT needs feedbackGiven: true and the feedback given to the reporter (REPORT_FEEDBACK_REQUIRED).")
    public Uni<@NonNull WorkOrder> close(@NonNull @Id @Name("id") String id, @NonNull @Name("outcome") String outcome,
            @Name("satisfaction") CallerSatisfaction satisfaction,
            @NonNull @Name("expectedVersion") int expectedVersion,
            @NonNull @DefaultValue("false") @Name("feedbackGiven") @Description("Real-name reports: the result was fed back to the reporter") boolean feedbackGiven,
            @Name("feedback") @Description("Real-name reports: what the reporter was told") String feedback) {
        return currentUser.actor().flatMap(actor -> service.close(actor, workOrderId(id), outcome, satisfaction, feedbackGiven,
                feedback, expectedVersion));
    }

    @Query("myOpenWorkOrders")
    @RolesAllowed(Roles.HOTLINE_OPERATOR)
    @Description("The work orders I recorded that are not closed yet, oldest first")
    public Uni<@NonNull WorkOrderConnection> myOpen(@Name("first") Integer first, @Name("after") String after) {
        PageRequest page = PageRequest.of(first, after);
        return currentUser.actor().flatMap(actor -> service.myOpen(actor, page));
    }

    @Query("overdueWorkOrders")
    @RolesAllowed(Roles.HOTLINE_OPERATOR)
    @Description("My hotline's routed work orders still unanswered after their due date, most overdue first")
    public Uni<@NonNull WorkOrderConnection> overdue(@Name("first") Integer first, @Name("after") String after) {
        PageRequest page = PageRequest.of(first, after);
        return currentUser.actor().flatMap(actor -> service.overdue(actor, page));
    }

    @Query("callsPerCategory")
    @RolesAllowed(Roles.HOTLINE_OPERATOR)
    @Description("Calls my hotline took per day and category, from and to included (China time); days and categories "
            + "without calls are left out")
    public Uni<@NonNull List<@NonNull CallCount>> callsPerCategory(@NonNull @Name("from") LocalDate from,
            @NonNull @Name("to") LocalDate to) {
        return currentUser.actor().flatMap(actor -> service.callsPerCategory(actor, from, to));
    }

    @Query("officeWorkOrders")
    @RolesAllowed(Roles.CASEWORKER)
    @Description("Work orders routed to my office and waiting for its answer, due first")
    public Uni<@NonNull WorkOrderConnection> officeWorkOrders(@Name("first") Integer first, @Name("after") String after) {
        PageRequest page = PageRequest.of(first, after);
        return currentUser.actor().flatMap(actor -> service.ofOffice(actor, page));
    }

    @Query("myOutreachTasks")
    @RolesAllowed(Roles.CASEWORKER)
    @Description("My office's outreach tasks still to visit, due first")
    public Uni<@NonNull OutreachTaskConnection> myOutreachTasks(@Name("first") Integer first, @Name("after") String after) {
        PageRequest page = PageRequest.of(first, after);
        return currentUser.actor().flatMap(actor -> service.myOutreachTasks(actor, page));
    }

    @Mutation("completeOutreachTask")
    @RolesAllowed(Roles.CASEWORKER)
    @Description("My office records what its visit found (→ VISITED). Another office's task reads as OUTREACH_TASK_NOT_FOUND.")
    public Uni<@NonNull OutreachTask> completeOutreachTask(@NonNull @Id @Name("id") String id,
            @NonNull @Name("result") String result) {
        return currentUser.actor().flatMap(actor -> service.completeOutreachTask(actor,
                Ids.parse(id, ErrorCode.OUTREACH_TASK_NOT_FOUND), result));
    }

    @NonNull
    @Description("Routed and still waiting for the office's answer after dueOn")
    public boolean overdue(@Source WorkOrder order) {
        return service.overdue(order);
    }

    private static UUID workOrderId(String id) {
        return Ids.parse(id, ErrorCode.WORK_ORDER_NOT_FOUND);
    }
}
