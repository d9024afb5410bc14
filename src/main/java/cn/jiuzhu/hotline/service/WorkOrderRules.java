package cn.jiuzhu.hotline.service;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.time.WorkingDayCalendar;
import cn.jiuzhu.common.validation.PlainText;
import cn.jiuzhu.common.validation.TextInput;
import cn.jiuzhu.hotline.CallerSatisfaction;
import cn.jiuzhu.hotline.WorkOrder;
import cn.jiuzhu.hotline.WorkOrderCategory;
import cn.jiuzhu.hotline.WorkOrderStatus;
import cn.jiuzhu.hotline.WorkOrderStep;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.region.RegionLevel;
import cn.jiuzhu.workflow.StepGuard;
import cn.jiuzhu.workflow.Workflow;

/** Who may answer and close a work order, when, with what, and by when: plain Java, no database. */
public final class WorkOrderRules {

    /**
     * Working days the township office has to answer a routed lead, complaint or report, counted
     * from the day after the call. No national rule sets one; this is the service's own target so
     * that the hotline can call back within a week, see docs/decisions/0011-hotline-work-orders.md.
     */
    public static final int ANSWER_WITHIN_WORKING_DAYS = 5;

    /** Working days the township has to visit a person a lead is about: the same service target. */
    public static final int VISIT_WITHIN_WORKING_DAYS = 5;

    /** Longest summary, answer, outcome or feedback accepted: a few paragraphs, not a file. */
    public static final int MAX_TEXT_LENGTH = 2000;

    public static final int MAX_NAME_LENGTH = 50;

    private WorkOrderRules() {
    }

    public static LocalDate answerDueOn(LocalDate calledOn, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(calledOn, ANSWER_WITHIN_WORKING_DAYS);
    }

    public static LocalDate visitDueOn(LocalDate calledOn, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(calledOn, VISIT_WITHIN_WORKING_DAYS);
    }

    /** The township of a township or village code: the office there answers for it. */
    public static String townshipOf(String regionCode) {
        return regionCode.substring(0, RegionLevel.TOWNSHIP.codeLength());
    }

    /** The status a new work order starts in. */
    public static WorkOrderStatus initialStatus(WorkOrderCategory category) {
        return category.routed() ? WorkOrderStatus.ROUTED : WorkOrderStatus.OPEN;
    }

    /**
     * A step on a work order, checked by the {@link StepGuard}: the role, the office (the one it was routed to
     * answers it, the hotline that took the call closes it; to any other office the order does not exist:
     * WORK_ORDER_NOT_FOUND, so the refusal says nothing about it), the version looked at (else
     * WORK_ORDER_CHANGED), then the status: a routed order not yet answered is WORK_ORDER_NOT_ANSWERED,
     * anything else out of place WORK_ORDER_ACTION_NOT_ALLOWED; last the category, where the row names the only ones
     * it is taken on (WORK_ORDER_CATEGORY_NOT_ALLOWED).
     */
    public static void checkStep(WorkOrderStep step, WorkOrder order, Actor actor, int expectedVersion) {
        StepGuard.check(new WorkOrderSteps(actor), step, order, expectedVersion);
        if (!step.takenOn(order.category())) {
            throw new ApiException(ErrorCode.WORK_ORDER_CATEGORY_NOT_ALLOWED, Map.of("step", step.name(), "stepName", step.label(),
                    "category", order.category().name(), "categoryLabel", order.category().label(),
                    "allowedLabels", String.join("、", step.categoryLabels())));
        }
    }

    /**
     * What closing needs besides an outcome: a routed order was called back, so the caller's
     * satisfaction is recorded; a real-name report is closed only once the result of the check was
     * fed back to the reporter [DB 36–37], with what they were told.
     */
    public static void checkClosing(WorkOrder order, CallerSatisfaction satisfaction, boolean feedbackGiven, String feedback) {
        if (order.category().routed() && satisfaction == null) {
            throw new ApiException(ErrorCode.FIELD_REQUIRED, Map.of("field", "satisfaction", "fieldName", "回访满意度"));
        }
        if (order.category() == WorkOrderCategory.REAL_NAME_REPORT && (!feedbackGiven || feedback == null)) {
            throw new ApiException(ErrorCode.REPORT_FEEDBACK_REQUIRED, Map.of("field", "feedback"));
        }
    }

    /** A required text (summary, answer, outcome), stripped; blank is FIELD_REQUIRED, too long VALIDATION_FAILED. */
    public static String requiredText(String field, String fieldName, String value, int maxLength) {
        return TextInput.required(field, fieldName, value, maxLength);
    }

    /** A person's name: a required text on one line, without tabs (TEXT_INVALID otherwise). */
    public static String requiredName(String field, String fieldName, String value, int maxLength) {
        PlainText.requireName(field, value);
        return requiredText(field, fieldName, value, maxLength);
    }

    /** An optional text, stripped; blank is absent. */
    public static String optionalText(String field, String value, int maxLength) {
        return TextInput.optional(field, value, maxLength);
    }

    /** Still waiting for the office's answer after its due date. */
    public static boolean overdue(WorkOrder order, LocalDate today) {
        return order.status() == WorkOrderStatus.ROUTED && today.isAfter(order.dueOn());
    }

    /** Work orders as the guard reads them, for one operator or caseworker. */
    private static final class WorkOrderSteps extends Workflow<WorkOrderStep, WorkOrderStatus, WorkOrderStep, WorkOrder> {

        private final Actor actor;

        WorkOrderSteps(Actor actor) {
            super(actor.role(), WorkOrderStep.TABLE, WorkOrder::status, WorkOrder::version);
            this.actor = actor;
        }

        @Override
        public boolean sees(WorkOrderStep step, WorkOrder order) {
            return actor.officeCode().equals(step.officeOf(order));
        }

        @Override
        public Optional<ApiException> refusalIn(WorkOrderStep step, WorkOrder order) {
            return step.waitsIn(order.status()) ? Optional.of(new ApiException(ErrorCode.WORK_ORDER_NOT_ANSWERED,
                    Map.of("officeName", order.routedOfficeName(), "dueOn", order.dueOn()))) : Optional.empty();
        }

        @Override
        public ApiException forbidden(WorkOrderStep step, WorkOrderStep row) {
            return new ApiException(ErrorCode.FORBIDDEN, Map.of("action", step.name()));
        }

        @Override
        public ApiException notFound(WorkOrder order) {
            return new ApiException(ErrorCode.WORK_ORDER_NOT_FOUND, Map.of("workOrderId", order.id()));
        }

        @Override
        public ApiException changed(WorkOrder order, int expectedVersion) {
            return new ApiException(ErrorCode.WORK_ORDER_CHANGED, Map.of("expectedVersion", expectedVersion,
                    "currentVersion", order.version(), "status", order.status().name()));
        }

        @Override
        public ApiException notAllowed(WorkOrderStep step, WorkOrder order) {
            return new ApiException(ErrorCode.WORK_ORDER_ACTION_NOT_ALLOWED, Map.of("stepName", step.label(), "step", step.name(),
                    "statusLabel", order.status().label(), "status", order.status().name()));
        }
    }
}
