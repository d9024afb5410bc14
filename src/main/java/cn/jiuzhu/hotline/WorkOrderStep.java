package cn.jiuzhu.hotline;

import static cn.jiuzhu.hotline.WorkOrderStatus.ANSWERED;
import static cn.jiuzhu.hotline.WorkOrderStatus.CLOSED;
import static cn.jiuzhu.hotline.WorkOrderStatus.OPEN;
import static cn.jiuzhu.hotline.WorkOrderStatus.ROUTED;

import java.util.Set;

import cn.jiuzhu.identity.Role;

/**
 * What happens to a work order after the call, as a table: who takes each step and from which
 * status. Opening is the call itself (OPEN, or ROUTED with a due date for what the hotline cannot
 * settle alone). A routed order is closed only once the office has answered.
 */
public enum WorkOrderStep {
    ANSWER("答复", Role.CASEWORKER, Set.of(ROUTED), ANSWERED),
    CLOSE("办结", Role.HOTLINE_OPERATOR, Set.of(OPEN, ANSWERED), CLOSED);

    private final String label;
    private final Role role;
    private final Set<WorkOrderStatus> from;
    private final WorkOrderStatus to;

    WorkOrderStep(String label, Role role, Set<WorkOrderStatus> from, WorkOrderStatus to) {
        this.label = label;
        this.role = role;
        this.from = from;
        this.to = to;
    }

    public String label() {
        return label;
    }

    /** The role that takes the step: the township office answers, the hotline closes. */
    public Role role() {
        return role;
    }

    public WorkOrderStatus to() {
        return to;
    }

    public boolean allowedFrom(WorkOrderStatus status) {
        return from.contains(status);
    }
}
