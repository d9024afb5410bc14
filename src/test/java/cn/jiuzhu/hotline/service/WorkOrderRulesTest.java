package cn.jiuzhu.hotline.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.hotline.CallerSatisfaction;
import cn.jiuzhu.hotline.WorkOrder;
import cn.jiuzhu.hotline.WorkOrderCategory;
import cn.jiuzhu.hotline.WorkOrderStatus;
import cn.jiuzhu.hotline.WorkOrderStep;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.identity.Role;

class WorkOrderRulesTest {

    private static final Actor OPERATOR = new Actor(Role.HOTLINE_OPERATOR, "op", null, "4103-12345");
    private static final Actor HUBEILU = new Actor(Role.CASEWORKER, "cw", null, "410305001");
    private static final LocalDate DUE = LocalDate.of(2026, 3, 10);

    @Test
    void leadsComplaintsAndReportsStartRoutedTheRestOpen() {
        assertThat(WorkOrderRules.initialStatus(WorkOrderCategory.COMPLAINT)).isEqualTo(WorkOrderStatus.ROUTED);
        assertThat(WorkOrderRules.initialStatus(WorkOrderCategory.LEAD)).isEqualTo(WorkOrderStatus.ROUTED);
        assertThat(WorkOrderRules.initialStatus(WorkOrderCategory.REAL_NAME_REPORT)).isEqualTo(WorkOrderStatus.ROUTED);
        assertThat(WorkOrderRules.initialStatus(WorkOrderCategory.POLICY_QUESTION)).isEqualTo(WorkOrderStatus.OPEN);
        assertThat(WorkOrderRules.initialStatus(WorkOrderCategory.PROGRESS_ENQUIRY)).isEqualTo(WorkOrderStatus.OPEN);
    }

    @Test
    void aVillageIsAnsweredForByItsTownship() {
        assertThat(WorkOrderRules.townshipOf("410305001001")).isEqualTo("410305001");
        assertThat(WorkOrderRules.townshipOf("410305001")).isEqualTo("410305001");
    }

    @Test
    void aRoutedOrderIsClosedOnlyOnceAnswered() {
        assertThat(code(() -> WorkOrderRules.checkStep(WorkOrderStep.CLOSE, order(WorkOrderCategory.COMPLAINT,
                WorkOrderStatus.ROUTED), OPERATOR, 1))).isEqualTo(ErrorCode.WORK_ORDER_NOT_ANSWERED);
        WorkOrderRules.checkStep(WorkOrderStep.CLOSE, order(WorkOrderCategory.COMPLAINT, WorkOrderStatus.ANSWERED), OPERATOR, 1);
    }

    @Test
    void onlyTheOfficeItWasRoutedToAnswersAndOnTheVersionItSaw() {
        WorkOrder routed = order(WorkOrderCategory.COMPLAINT, WorkOrderStatus.ROUTED);
        Actor tianjinlu = new Actor(Role.CASEWORKER, "cw2", null, "410305002");
        assertThat(code(() -> WorkOrderRules.checkStep(WorkOrderStep.ANSWER, routed, tianjinlu, 1)))
                .isEqualTo(ErrorCode.WORK_ORDER_NOT_FOUND);
        assertThat(code(() -> WorkOrderRules.checkStep(WorkOrderStep.ANSWER, routed, HUBEILU, 2))).isEqualTo(ErrorCode.WORK_ORDER_CHANGED);
        assertThat(code(() -> WorkOrderRules.checkStep(WorkOrderStep.ANSWER, routed, OPERATOR, 1))).isEqualTo(ErrorCode.FORBIDDEN);
        WorkOrderRules.checkStep(WorkOrderStep.ANSWER, routed, HUBEILU, 1);
    }

    @Test
    void onlyARealNameReportBecomesAnObjectionAndThenWaitsForItsAnswer() {
        WorkOrderRules.checkStep(WorkOrderStep.RECORD_AS_OBJECTION, order(WorkOrderCategory.REAL_NAME_REPORT, WorkOrderStatus.ROUTED),
                HUBEILU, 1);
        assertThat(code(() -> WorkOrderRules.checkStep(WorkOrderStep.RECORD_AS_OBJECTION,
                order(WorkOrderCategory.COMPLAINT, WorkOrderStatus.ROUTED), HUBEILU, 1))).isEqualTo(ErrorCode.WORK_ORDER_CATEGORY_NOT_ALLOWED);
        WorkOrder recorded = order(WorkOrderCategory.REAL_NAME_REPORT, WorkOrderStatus.OBJECTION_RECORDED);
        assertThat(code(() -> WorkOrderRules.checkStep(WorkOrderStep.ANSWER, recorded, HUBEILU, 1)))
                .as("answered by the objection's answer, not by hand").isEqualTo(ErrorCode.WORK_ORDER_ACTION_NOT_ALLOWED);
        assertThat(code(() -> WorkOrderRules.checkStep(WorkOrderStep.CLOSE, recorded, OPERATOR, 1)))
                .isEqualTo(ErrorCode.WORK_ORDER_NOT_ANSWERED);
        assertThat(WorkOrderStep.TABLE.find(WorkOrderStep.ANSWER_WITH_OBJECTION_RESULT, WorkOrderStatus.OBJECTION_RECORDED)
                .map(WorkOrderStep::to)).contains(WorkOrderStatus.ANSWERED);
    }

    @Test
    void aRealNameReportClosesOnlyWithTheFeedbackGivenToTheReporter() {
        WorkOrder report = order(WorkOrderCategory.REAL_NAME_REPORT, WorkOrderStatus.ANSWERED);
        assertThat(code(() -> WorkOrderRules.checkClosing(report, CallerSatisfaction.SATISFIED, false, null)))
                .isEqualTo(ErrorCode.REPORT_FEEDBACK_REQUIRED);
        assertThat(code(() -> WorkOrderRules.checkClosing(report, CallerSatisfaction.SATISFIED, true, null)))
                .isEqualTo(ErrorCode.REPORT_FEEDBACK_REQUIRED);
        WorkOrderRules.checkClosing(report, CallerSatisfaction.SATISFIED, true, "已告知举报人核查结果");
        WorkOrderRules.checkClosing(order(WorkOrderCategory.POLICY_QUESTION, WorkOrderStatus.OPEN), null, false, null);
    }

    @Test
    void overdueMeansStillWaitingForTheOfficeAfterTheDueDate() {
        assertThat(WorkOrderRules.overdue(order(WorkOrderCategory.LEAD, WorkOrderStatus.ROUTED), DUE.plusDays(1))).isTrue();
        assertThat(WorkOrderRules.overdue(order(WorkOrderCategory.LEAD, WorkOrderStatus.ROUTED), DUE)).isFalse();
        assertThat(WorkOrderRules.overdue(order(WorkOrderCategory.LEAD, WorkOrderStatus.ANSWERED), DUE.plusDays(9))).isFalse();
    }

    private static WorkOrder order(WorkOrderCategory category, WorkOrderStatus status) {
        boolean routed = category.routed();
        return new WorkOrder(UUID.randomUUID(), "4103-12345", "刘女士", "138****5678", null, category, category.label(), "摘要",
                routed ? "410305001" : null, null, status, status.label(), routed ? "410305001" : null,
                routed ? "涧西区湖北路街道办事处" : null, routed ? DUE : null, null, null, null, null, null, false, null,
                OffsetDateTime.now(), null, 1, "op");
    }

    private static ErrorCode code(Runnable check) {
        try {
            check.run();
        } catch (ApiException e) {
            return e.code();
        }
        throw new AssertionError("no rejection");
    }
}
