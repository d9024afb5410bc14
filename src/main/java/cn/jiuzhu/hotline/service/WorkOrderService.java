package cn.jiuzhu.hotline.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.casework.service.AppraisalService;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Ids;
import cn.jiuzhu.common.idempotency.IdempotencyStore;
import cn.jiuzhu.common.paging.PageRequest;
import cn.jiuzhu.common.time.CalendarService;
import cn.jiuzhu.common.time.ChinaTime;
import cn.jiuzhu.common.validation.IdNumber;
import cn.jiuzhu.common.validation.MobileNumber;
import cn.jiuzhu.hotline.CallCount;
import cn.jiuzhu.hotline.CallerSatisfaction;
import cn.jiuzhu.hotline.OutreachTask;
import cn.jiuzhu.hotline.OutreachTaskConnection;
import cn.jiuzhu.hotline.OutreachTaskStatus;
import cn.jiuzhu.hotline.WorkOrder;
import cn.jiuzhu.hotline.WorkOrderCategory;
import cn.jiuzhu.hotline.WorkOrderConnection;
import cn.jiuzhu.hotline.WorkOrderInput;
import cn.jiuzhu.hotline.WorkOrderStep;
import cn.jiuzhu.hotline.repository.WorkOrderRepository;
import cn.jiuzhu.hotline.repository.WorkOrderRepository.NewWorkOrder;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.identity.Role;
import cn.jiuzhu.office.OfficeKind;
import cn.jiuzhu.office.OfficeView;
import cn.jiuzhu.office.service.OfficeService;
import cn.jiuzhu.region.Region;
import cn.jiuzhu.region.RegionLevel;
import cn.jiuzhu.region.service.RegionService;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.pgclient.PgException;

/**
 * Work orders (工单): every hotline call is recorded by the operator who took it. Leads, complaints
 * and real-name reports are routed on creation to the township office where the person concerned
 * lives, which answers; the hotline calls the caller back and closes the order. A lead also puts a
 * visit on that township's list (outreach task), in the same transaction. A real-name report about a case in
 * publicity may become that case's objection, and is then answered by the objection's answer ({@link ReportFeedback}).
 */
@ApplicationScoped
public class WorkOrderService {

    static final String OPEN_OPERATION = "OPEN_WORK_ORDER";
    private static final int MAX_CASE_NUMBER = 40;
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final Pool client;
    private final WorkOrderRepository workOrders;
    private final OfficeService offices;
    private final RegionService regions;
    private final CalendarService calendar;
    private final IdempotencyStore idempotency;
    private final AppraisalService appraisals;

    public WorkOrderService(Pool client, WorkOrderRepository workOrders, OfficeService offices, RegionService regions,
            CalendarService calendar, IdempotencyStore idempotency, AppraisalService appraisals) {
        this.client = client;
        this.appraisals = appraisals;
        this.workOrders = workOrders;
        this.offices = offices;
        this.regions = regions;
        this.calendar = calendar;
        this.idempotency = idempotency;
    }

    /**
     * Records a call for the operator's hotline. Retrying with the same idempotency key returns the
     * first work order; the key, the order and its outreach task commit together or not at all.
     */
    public Uni<WorkOrder> open(Actor operator, WorkOrderInput input, String idempotencyKey) {
        return Uni.createFrom().item(() -> {
            operator.requireRole(Role.HOTLINE_OPERATOR, "openWorkOrder");
            IdempotencyStore.requireValidKey(idempotencyKey);
            return Call.of(input);
        }).flatMap(call -> routeOf(call).flatMap(route -> idempotency.once(operator.subject(), idempotencyKey, OPEN_OPERATION,
                this::require, (connection, id) -> insert(connection, id, operator, call, route)))
                .onFailure(WorkOrderService::unknownCase).transform(failure -> new ApiException(ErrorCode.CASE_NOT_FOUND,
                        Map.of("caseId", String.valueOf(call.caseId())))));
    }

    /** The township office answers a work order routed to it. */
    public Uni<WorkOrder> answer(Actor actor, UUID id, String answer, int expectedVersion) {
        return Uni.createFrom().item(() -> WorkOrderRules.requiredText("answer", "答复内容", answer, WorkOrderRules.MAX_TEXT_LENGTH))
                .flatMap(text -> step(actor, id, WorkOrderStep.ANSWER, expectedVersion,
                        (connection, order) -> workOrders.answer(connection, id, text, actor.subject())));
    }

    /**
     * The township records a real-name report routed to it as the objection to a case of its own in publicity, named by
     * its case number (→ OBJECTION_RECORDED): the report's summary becomes the objection, received on the day of the
     * call, and the order waits for the objection's answer. The order and the objection commit together; the reporter's
     * name and number stay on the order.
     */
    public Uni<WorkOrder> recordAsObjection(Actor actor, UUID id, String caseNumber, int expectedVersion) {
        return Uni.createFrom().item(() -> WorkOrderRules.requiredText("caseNumber", "救助事项编号", caseNumber, MAX_CASE_NUMBER))
                .flatMap(number -> step(actor, id, WorkOrderStep.RECORD_AS_OBJECTION, expectedVersion, (connection, order) -> appraisals
                        .recordReport(connection, actor, number, order.id(), order.summary(),
                                order.createdAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDate())
                        .flatMap(c -> workOrders.recordAsObjection(connection, id, c.id()))));
    }

    /** The hotline closes a work order: at once for what it settles itself, after calling back for a routed one. */
    public Uni<WorkOrder> close(Actor actor, UUID id, String outcome, CallerSatisfaction satisfaction, boolean feedbackGiven,
            String feedback, int expectedVersion) {
        return Uni.createFrom().item(() -> WorkOrderRules.requiredText("outcome", "办理结果", outcome, WorkOrderRules.MAX_TEXT_LENGTH))
                .flatMap(text -> {
                    String feedbackText = WorkOrderRules.optionalText("feedback", feedback, WorkOrderRules.MAX_TEXT_LENGTH);
                    return step(actor, id, WorkOrderStep.CLOSE, expectedVersion, (connection, order) -> {
                        WorkOrderRules.checkClosing(order, satisfaction, feedbackGiven, feedbackText);
                        return workOrders.close(connection, id, text, satisfaction, feedbackGiven, feedbackText);
                    });
                });
    }

    /** The operator's own work orders not yet closed, oldest first. */
    public Uni<WorkOrderConnection> myOpen(Actor actor, PageRequest page) {
        return Uni.createFrom().item(() -> {
            actor.requireRole(Role.HOTLINE_OPERATOR, "myOpenWorkOrders");
            return page.after(OffsetDateTime::parse, UUID::fromString);
        }).flatMap(after -> workOrders.openOf(actor.subject(), after.key(), after.id(), page.fetchSize()))
                .map(found -> connection(page, found, w -> PageRequest.keyset(w.createdAt(), w.id())));
    }

    /** The hotline's routed work orders still unanswered after their due date, most overdue first. */
    public Uni<WorkOrderConnection> overdue(Actor actor, PageRequest page) {
        return Uni.createFrom().item(() -> {
            actor.requireRole(Role.HOTLINE_OPERATOR, "overdueWorkOrders");
            return page.after(LocalDate::parse, UUID::fromString);
        }).flatMap(after -> workOrders.overdueOf(actor.officeCode(), calendar.today(), after.key(), after.id(), page.fetchSize()))
                .map(found -> connection(page, found, w -> PageRequest.keyset(w.dueOn(), w.id())));
    }

    /** Work orders routed to the caseworker's office and waiting for its answer, due first. */
    public Uni<WorkOrderConnection> ofOffice(Actor actor, PageRequest page) {
        return Uni.createFrom().item(() -> {
            actor.requireRole(Role.CASEWORKER, "officeWorkOrders");
            return page.after(LocalDate::parse, UUID::fromString);
        }).flatMap(after -> workOrders.waitingAt(actor.officeCode(), after.key(), after.id(), page.fetchSize()))
                .map(found -> connection(page, found, w -> PageRequest.keyset(w.dueOn(), w.id())));
    }

    /** Calls per day and category taken by the operator's hotline, both days included (China time). */
    public Uni<List<CallCount>> callsPerCategory(Actor actor, LocalDate from, LocalDate to) {
        return Uni.createFrom().item(() -> {
            actor.requireRole(Role.HOTLINE_OPERATOR, "callsPerCategory");
            if (to.isBefore(from)) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", "to", "reason", "BEFORE_FROM"));
            }
            return actor.officeCode();
        }).flatMap(hotline -> workOrders.callsPerCategory(hotline, from, to));
    }

    /** The caseworker's office's outreach tasks still to visit, due first. */
    public Uni<OutreachTaskConnection> myOutreachTasks(Actor actor, PageRequest page) {
        return Uni.createFrom().item(() -> {
            actor.requireRole(Role.CASEWORKER, "myOutreachTasks");
            return page.after(LocalDate::parse, UUID::fromString);
        }).flatMap(after -> workOrders.openOutreachTasks(actor.officeCode(), after.key(), after.id(), page.fetchSize()))
                .map(found -> {
                    var p = page.toPage(found, t -> PageRequest.keyset(t.dueOn(), t.id()));
                    return new OutreachTaskConnection(p.items(), p.pageInfo());
                });
    }

    /** The township records what its visit found. Another office finds no task. */
    public Uni<OutreachTask> completeOutreachTask(Actor actor, UUID id, String result) {
        return Uni.createFrom().item(() -> {
            actor.requireRole(Role.CASEWORKER, "completeOutreachTask");
            return WorkOrderRules.requiredText("result", "走访情况", result, WorkOrderRules.MAX_TEXT_LENGTH);
        }).flatMap(text -> client.withTransaction(connection -> workOrders.lockOutreachTask(connection, id)
                .map(found -> found.filter(t -> t.officeCode().equals(actor.officeCode()))
                        .orElseThrow(() -> new ApiException(ErrorCode.OUTREACH_TASK_NOT_FOUND, Map.of("outreachTaskId", id))))
                .flatMap(task -> {
                    if (task.status() != OutreachTaskStatus.OPEN) {
                        throw new ApiException(ErrorCode.OUTREACH_TASK_VISITED, Map.of("outreachTaskId", id));
                    }
                    return workOrders.completeOutreachTask(connection, id, text, actor.subject());
                })));
    }

    public boolean overdue(WorkOrder order) {
        return WorkOrderRules.overdue(order, calendar.today());
    }

    private Uni<WorkOrder> require(UUID id) {
        return workOrders.find(id).map(found -> found.orElseThrow(() -> new ApiException(ErrorCode.WORK_ORDER_NOT_FOUND,
                Map.of("workOrderId", id))));
    }

    /** Where a lead, complaint or report goes: the office of the township where the person concerned lives. */
    private Uni<Route> routeOf(Call call) {
        if (!call.category().routed()) {
            return Uni.createFrom().item(Route.NONE);
        }
        return regions.find(call.regionCode()).flatMap(region -> {
            checkTownshipOrVillage(call.regionCode(), region);
            String township = WorkOrderRules.townshipOf(region.code());
            return offices.findResponsible(township, OfficeKind.TOWNSHIP_OFFICE, null).map(found -> found
                    .map(office -> new Route(region.code(), office))
                    .orElseThrow(() -> new ApiException(ErrorCode.NO_RESPONSIBLE_OFFICE, Map.of("regionCode", township,
                            "officeKind", OfficeKind.TOWNSHIP_OFFICE.name()))));
        });
    }

    private static void checkTownshipOrVillage(String code, Region region) {
        if (region == null) {
            throw new ApiException(ErrorCode.REGION_NOT_FOUND, Map.of("field", "regionCode", "code", code));
        }
        if (!region.level().isTownshipOrVillage()) {
            throw new ApiException(ErrorCode.REGION_LEVEL_MISMATCH, Map.of("field", "regionCode", "code", code,
                    "expectedLevelName", RegionLevel.TOWNSHIP_OR_VILLAGE_NAME, "actualLevel", region.level().name()));
        }
    }

    private Uni<WorkOrder> insert(SqlConnection connection, UUID id, Actor operator, Call call, Route route) {
        LocalDate today = calendar.today();
        boolean routed = route != Route.NONE;
        NewWorkOrder order = new NewWorkOrder(id, operator.officeCode(), operator.subject(), call.callerName(), call.mobile(),
                call.idNumber(), call.category(), call.summary(), routed ? route.regionCode() : null, call.caseId(),
                WorkOrderRules.initialStatus(call.category()), routed ? route.office().code() : null,
                routed ? route.office().name() : null, routed ? WorkOrderRules.answerDueOn(today, calendar.calendar()) : null,
                today);
        return workOrders.insert(connection, order).call(inserted -> call.category() != WorkOrderCategory.LEAD
                ? Uni.createFrom().voidItem()
                : workOrders.insertOutreachTask(connection, UUID.randomUUID(), id, route.office().code(), route.regionCode(),
                        call.personConcerned(), WorkOrderRules.visitDueOn(today, calendar.calendar())));
    }

    /** A step by the office or the hotline: the order is locked, checked, changed, in one transaction. */
    private Uni<WorkOrder> step(Actor actor, UUID id, WorkOrderStep step, int expectedVersion,
            BiFunction<SqlConnection, WorkOrder, Uni<WorkOrder>> change) {
        return client.withTransaction(connection -> workOrders.lock(connection, id)
                .map(found -> found.orElseThrow(() -> new ApiException(ErrorCode.WORK_ORDER_NOT_FOUND, Map.of("workOrderId", id))))
                .flatMap(order -> {
                    WorkOrderRules.checkStep(step, order, actor, expectedVersion);
                    return change.apply(connection, order);
                }));
    }

    private static WorkOrderConnection connection(PageRequest page, List<WorkOrder> found,
            Function<WorkOrder, String> key) {
        var p = page.toPage(found, key);
        return new WorkOrderConnection(p.items(), p.pageInfo());
    }

    private static boolean unknownCase(Throwable failure) {
        return failure instanceof PgException pg && FOREIGN_KEY_VIOLATION.equals(pg.getSqlState())
                && String.valueOf(pg.getConstraint()).contains("case_id");
    }

    /** The call as validated from the operator's input. */
    record Call(String callerName, MobileNumber mobile, IdNumber idNumber, WorkOrderCategory category, String summary,
            String regionCode, UUID caseId, String personConcerned) {

        static Call of(WorkOrderInput input) {
            String name = WorkOrderRules.requiredName("callerName", "来电人姓名", input.callerName(), WorkOrderRules.MAX_NAME_LENGTH);
            MobileNumber mobile = MobileNumber.parse(input.callerMobileNumber());
            String idInput = WorkOrderRules.optionalText("callerIdNumber", input.callerIdNumber(), 30);
            IdNumber idNumber = idInput == null ? null : IdNumber.parse(idInput);
            String summary = WorkOrderRules.requiredText("summary", "来电内容", input.summary(), WorkOrderRules.MAX_TEXT_LENGTH);
            String regionCode = null;
            if (input.category().routed()) {
                regionCode = WorkOrderRules.requiredText("regionCode", "当事人所在地区", input.regionCode(), 12);
            }
            String caseIdInput = WorkOrderRules.optionalText("caseId", input.caseId(), 40);
            UUID caseId = caseIdInput == null ? null : Ids.parse(caseIdInput, ErrorCode.CASE_NOT_FOUND);
            String person = WorkOrderRules.optionalText("personConcerned", input.personConcerned(), WorkOrderRules.MAX_TEXT_LENGTH);
            return new Call(name, mobile, idNumber, input.category(), summary, regionCode, caseId, person == null ? summary : person);
        }
    }

    private record Route(String regionCode, OfficeView office) {
        static final Route NONE = new Route(null, null);
    }
}
