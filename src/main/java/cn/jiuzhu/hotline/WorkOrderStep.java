package cn.jiuzhu.hotline;

import static cn.jiuzhu.hotline.WorkOrderStatus.ANSWERED;
import static cn.jiuzhu.hotline.WorkOrderStatus.CLOSED;
import static cn.jiuzhu.hotline.WorkOrderStatus.OBJECTION_RECORDED;
import static cn.jiuzhu.hotline.WorkOrderStatus.OPEN;
import static cn.jiuzhu.hotline.WorkOrderStatus.ROUTED;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import cn.jiuzhu.identity.Role;
import cn.jiuzhu.workflow.Step;
import cn.jiuzhu.workflow.StepTable;

/**
 * What happens to a work order after the call, as a table: who takes each step, at which office, from
 * which status, on which categories. Opening is the call itself (OPEN, or ROUTED with a due date for what the
 * hotline cannot settle alone). A routed order is closed only once the office has answered: closing waits in
 * ROUTED, and in OBJECTION_RECORDED, where a real-name report recorded as an objection to a case in publicity
 * waits for the objection's answer, which the step that ends the publicity gives (the office cannot answer it by
 * hand in between, so the reporter is told the result of the check [DB 36–37]).
 */
public enum WorkOrderStep implements Step<WorkOrderStep, WorkOrderStatus> {
    ANSWER("答复", Role.CASEWORKER, WorkOrder::routedOfficeCode, Set.of(ROUTED), ANSWERED, Set.of(), Set.of()),
    RECORD_AS_OBJECTION("登记为公示异议", Role.CASEWORKER, WorkOrder::routedOfficeCode, Set.of(ROUTED), OBJECTION_RECORDED,
            Set.of(), Set.of(WorkOrderCategory.REAL_NAME_REPORT)),
    ANSWER_WITH_OBJECTION_RESULT("答复公示异议处理结果", Role.CASEWORKER, WorkOrder::routedOfficeCode, Set.of(OBJECTION_RECORDED),
            ANSWERED, Set.of(), Set.of(WorkOrderCategory.REAL_NAME_REPORT)),
    CLOSE("办结", Role.HOTLINE_OPERATOR, WorkOrder::hotlineOfficeCode, Set.of(OPEN, ANSWERED), CLOSED, Set.of(ROUTED, OBJECTION_RECORDED),
            Set.of());

    public static final StepTable<WorkOrderStep, WorkOrderStatus, WorkOrderStep> TABLE = StepTable.of(List.of(values()));

    private final String label;
    private final Role role;
    private final Function<WorkOrder, String> office;
    private final Set<WorkOrderStatus> from;
    private final WorkOrderStatus to;
    private final Set<WorkOrderStatus> waitsIn;
    private final Set<WorkOrderCategory> categories;

    /** {@code categories}: the only categories the step is taken on; empty for every category. */
    WorkOrderStep(String label, Role role, Function<WorkOrder, String> office, Set<WorkOrderStatus> from, WorkOrderStatus to,
            Set<WorkOrderStatus> waitsIn, Set<WorkOrderCategory> categories) {
        this.label = label;
        this.role = role;
        this.office = office;
        this.from = from;
        this.to = to;
        this.waitsIn = waitsIn;
        this.categories = categories.isEmpty() ? EnumSet.allOf(WorkOrderCategory.class) : EnumSet.copyOf(categories);
    }

    @Override
    public WorkOrderStep key() {
        return this;
    }

    public String label() {
        return label;
    }

    /** The role that takes the step: the township office answers, the hotline closes. */
    @Override
    public Role role() {
        return role;
    }

    /** The office that takes the step on this order: the one it was routed to answers it, the hotline that took the call closes it. */
    public String officeOf(WorkOrder order) {
        return office.apply(order);
    }

    @Override
    public WorkOrderStatus to() {
        return to;
    }

    @Override
    public boolean allowedFrom(WorkOrderStatus status) {
        return from.contains(status);
    }

    /** Whether the step waits for someone else's in this status (closing a routed order waits for the office's answer). */
    public boolean waitsIn(WorkOrderStatus status) {
        return waitsIn.contains(status);
    }

    /** Whether the step is taken on orders of this category (only a real-name report becomes an objection). */
    public boolean takenOn(WorkOrderCategory category) {
        return categories.contains(category);
    }

    /** The categories it is taken on, in Chinese, for a refusal. */
    public List<String> categoryLabels() {
        return categories.stream().map(WorkOrderCategory::label).toList();
    }
}
