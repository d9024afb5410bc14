package cn.jiuzhu.hotline;

import static cn.jiuzhu.hotline.WorkOrderStatus.ANSWERED;
import static cn.jiuzhu.hotline.WorkOrderStatus.CLOSED;
import static cn.jiuzhu.hotline.WorkOrderStatus.OPEN;
import static cn.jiuzhu.hotline.WorkOrderStatus.ROUTED;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import cn.jiuzhu.identity.Role;
import cn.jiuzhu.workflow.Step;
import cn.jiuzhu.workflow.StepTable;

/**
 * What happens to a work order after the call, as a table: who takes each step, at which office, from
 * which status. Opening is the call itself (OPEN, or ROUTED with a due date for what the hotline cannot
 * settle alone). A routed order is closed only once the office has answered: closing waits in ROUTED.
 */
public enum WorkOrderStep implements Step<WorkOrderStep, WorkOrderStatus> {
    ANSWER("答复", Role.CASEWORKER, WorkOrder::routedOfficeCode, Set.of(ROUTED), ANSWERED, Set.of()),
    CLOSE("办结", Role.HOTLINE_OPERATOR, WorkOrder::hotlineOfficeCode, Set.of(OPEN, ANSWERED), CLOSED, Set.of(ROUTED));

    public static final StepTable<WorkOrderStep, WorkOrderStatus, WorkOrderStep> TABLE = StepTable.of(List.of(values()));

    private final String label;
    private final Role role;
    private final Function<WorkOrder, String> office;
    private final Set<WorkOrderStatus> from;
    private final WorkOrderStatus to;
    private final Set<WorkOrderStatus> waitsIn;

    WorkOrderStep(String label, Role role, Function<WorkOrder, String> office, Set<WorkOrderStatus> from, WorkOrderStatus to,
            Set<WorkOrderStatus> waitsIn) {
        this.label = label;
        this.role = role;
        this.office = office;
        this.from = from;
        this.to = to;
        this.waitsIn = waitsIn;
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
}
