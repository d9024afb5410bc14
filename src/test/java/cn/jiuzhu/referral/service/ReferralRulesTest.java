package cn.jiuzhu.referral.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.casework.CaseState;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.identity.Role;
import cn.jiuzhu.office.Department;
import cn.jiuzhu.programme.Programme;
import cn.jiuzhu.referral.Referral;
import cn.jiuzhu.referral.ReferralStatus;
import cn.jiuzhu.referral.ReferralStep;
import cn.jiuzhu.testsupport.Calendar2026;

class ReferralRulesTest {

    private static final Actor MEDICAL_OFFICER = new Actor(Role.DEPARTMENT_OFFICER, "officer", null, "410305-YB");

    @Test
    void aDepartmentHasTenWorkingDaysCountedOverHolidaysAndAdjustedWeekends() {
        assertThat(ReferralRules.ANSWER_WITHIN_WORKING_DAYS).isEqualTo(10);
        // Referred on Thursday 24 September 2026: 中秋 and 国庆 close the offices, Saturday 10 October is worked.
        assertThat(ReferralRules.dueOn(LocalDate.of(2026, 9, 24), Calendar2026.load())).isEqualTo(LocalDate.of(2026, 10, 15));
        // An ordinary fortnight: referred Monday 9 November, due Monday 23 November.
        assertThat(ReferralRules.dueOn(LocalDate.of(2026, 11, 9), Calendar2026.load())).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void theStepsReadAsATable() {
        assertThat(ReferralStep.ACCEPT.from()).isEqualTo(ReferralStatus.OPEN);
        assertThat(ReferralStep.ACCEPT.to()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(ReferralStep.ANSWER.from()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(ReferralStep.ANSWER.to()).isEqualTo(ReferralStatus.ANSWERED);
        assertThat(ReferralStep.DECLINE.from()).isEqualTo(ReferralStatus.OPEN);
        assertThat(ReferralStep.DECLINE.to()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(Arrays.stream(ReferralStep.values())).allMatch(s -> s.note().note());
        assertThat(Arrays.stream(ReferralStatus.values()).filter(ReferralStatus::pending))
                .containsExactly(ReferralStatus.OPEN, ReferralStatus.ACCEPTED);
    }

    @Test
    void toAnotherOfficeTheReferralDoesNotExistWhateverItsState() {
        Referral answered = referral(ReferralStatus.ANSWERED, 3);
        Actor otherCounty = new Actor(Role.DEPARTMENT_OFFICER, "officer", null, "410302-YB");
        assertThat(codeOf(() -> ReferralRules.checkStep(ReferralStep.ANSWER, answered, otherCounty, 1)))
                .isEqualTo(ErrorCode.REFERRAL_NOT_FOUND);
        Actor caseworker = new Actor(Role.CASEWORKER, "cw", null, "410305-YB");
        assertThat(codeOf(() -> ReferralRules.checkStep(ReferralStep.ACCEPT, referral(ReferralStatus.OPEN, 1), caseworker, 1)))
                .isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void aStaleVersionIsAConflictEvenWhenTheStatusHasMovedOn() {
        assertThat(codeOf(() -> ReferralRules.checkStep(ReferralStep.ANSWER, referral(ReferralStatus.ANSWERED, 3), MEDICAL_OFFICER, 2)))
                .isEqualTo(ErrorCode.REFERRAL_CHANGED);
        assertThat(codeOf(() -> ReferralRules.checkStep(ReferralStep.ANSWER, referral(ReferralStatus.OPEN, 1), MEDICAL_OFFICER, 1)))
                .isEqualTo(ErrorCode.REFERRAL_ACTION_NOT_ALLOWED);
        ReferralRules.checkStep(ReferralStep.ANSWER, referral(ReferralStatus.ACCEPTED, 2), MEDICAL_OFFICER, 2);
    }

    @Test
    void onlyTownshipAndCountyStaffReferAndOnlyOpenCases() {
        ReferralRules.checkMayRefer(new Actor(Role.CASEWORKER, "cw", null, "410305001"));
        ReferralRules.checkMayRefer(new Actor(Role.COUNTY_OFFICER, "co", null, "410305-MZ"));
        assertThat(codeOf(() -> ReferralRules.checkMayRefer(MEDICAL_OFFICER))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(codeOf(() -> ReferralRules.checkMayRefer(Actor.resident("r", "11010519491231002X")))).isEqualTo(ErrorCode.FORBIDDEN);
        ReferralRules.checkReferable(CaseState.IN_PAYMENT);
        for (CaseState closed : new CaseState[] { CaseState.WITHDRAWN, CaseState.REFUSED, CaseState.TERMINATED, CaseState.CLOSED }) {
            assertThat(codeOf(() -> ReferralRules.checkReferable(closed))).as(closed.name()).isEqualTo(ErrorCode.CASE_ACTION_NOT_ALLOWED);
        }
    }

    @Test
    void textsAreRequiredStrippedAndBounded() {
        assertThat(ReferralRules.requiredText("need", "  需要医疗救助 ")).isEqualTo("需要医疗救助");
        assertThat(codeOf(() -> ReferralRules.requiredText("need", " \n"))).isEqualTo(ErrorCode.REASON_REQUIRED);
        assertThat(codeOf(() -> ReferralRules.requiredText("need", null))).isEqualTo(ErrorCode.REASON_REQUIRED);
        assertThat(codeOf(() -> ReferralRules.requiredText("need", "病".repeat(ReferralRules.MAX_TEXT_LENGTH + 1))))
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void overdueMeansStillWaitingAfterTheDueDate() {
        LocalDate due = LocalDate.of(2026, 6, 29);
        assertThat(ReferralRules.overdue(referral(ReferralStatus.OPEN, 1, due), due)).isFalse();
        assertThat(ReferralRules.overdue(referral(ReferralStatus.ACCEPTED, 2, due), due.plusDays(1))).isTrue();
        assertThat(ReferralRules.overdue(referral(ReferralStatus.ANSWERED, 3, due), due.plusDays(1))).isFalse();
    }

    private static Referral referral(ReferralStatus status, int version) {
        return referral(status, version, LocalDate.of(2026, 6, 29));
    }

    private static Referral referral(ReferralStatus status, int version, LocalDate dueOn) {
        return new Referral(UUID.randomUUID(), UUID.randomUUID(), "DB-410305-2026-00001", "王建国", Programme.DIBAO,
                Department.MEDICAL_INSURANCE, "410305-YB", "涧西区医疗保障局", "医疗救助", status, status.label(), null, null,
                null, null, "涧西区湖北路街道办事处", OffsetDateTime.now(), dueOn, null, null, null, version, "cw");
    }

    private static ErrorCode codeOf(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e.code();
        }
        throw new AssertionError("expected a rejection");
    }
}
