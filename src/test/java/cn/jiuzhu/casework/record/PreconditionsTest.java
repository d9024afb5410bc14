package cn.jiuzhu.casework.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.casework.CaseState;
import cn.jiuzhu.casework.Procedure;
import cn.jiuzhu.casework.record.Requirement;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.programme.Programme;

class PreconditionsTest {

    private static final RecordsOnFile NOTHING = new RecordsOnFile(false, false, false, false, false, false, false);
    private static final RecordsOnFile EVERYTHING = new RecordsOnFile(true, true, true, true, true, true, true);

    @Test
    void dibaoPublicityNeedsAVisitAndAPassedVerificationAndPublishesTheComputedAmount() {
        assertThat(Preconditions.missing(Programme.DIBAO, CaseAction.START_PUBLICITY, NOTHING)).containsExactly(
                Requirement.HOME_VISIT_BY_TWO_STAFF, Requirement.VERIFICATION_PASSED);
        assertThat(cn.jiuzhu.casework.Procedure.DIBAO.publishesComputedAmount()).isTrue();
        assertThat(cn.jiuzhu.casework.Procedure.BIANYUAN.publishesComputedAmount()).isFalse();
        assertThat(Preconditions.missing(Programme.TEKUN, CaseAction.START_PUBLICITY, new RecordsOnFile(true, false, true, false, true, false, true)))
                .containsExactly(Requirement.VERIFICATION_PASSED);
        assertThat(Preconditions.missing(Programme.DIBAO, CaseAction.START_PUBLICITY, EVERYTHING)).isEmpty();
    }

    @Test
    void tekunPublicityAndApprovalNeedEveryMembersSelfCareAssessmentAndDibaoNeedsNone() {
        RecordsOnFile notAssessed = new RecordsOnFile(true, true, true, true, false, false, true);
        assertThat(Preconditions.missing(Programme.TEKUN, CaseAction.START_PUBLICITY, notAssessed))
                .containsExactly(Requirement.SELF_CARE_ASSESSMENT);
        assertThat(Preconditions.missing(Programme.TEKUN, CaseAction.APPROVE, notAssessed))
                .containsExactly(Requirement.SELF_CARE_ASSESSMENT);
        assertThat(Preconditions.missing(Programme.DIBAO, CaseAction.START_PUBLICITY, notAssessed)).isEmpty();
        assertThat(Preconditions.missing(Programme.DIBAO, CaseAction.APPROVE, notAssessed)).isEmpty();
        assertThatThrownBy(() -> Preconditions.check(Programme.TEKUN, CaseAction.APPROVE, notAssessed))
                .hasMessage("还不能确认同意，缺少：每位成员的生活自理能力评估。");
    }

    @Test
    void recognitionsPublishNoAmountSoNeedNone() {
        assertThat(Preconditions.missing(Programme.BIANYUAN, CaseAction.START_PUBLICITY, new RecordsOnFile(true, true, false, false, false, false, true))).isEmpty();
        assertThat(Preconditions.missing(Programme.GANGXING, CaseAction.START_PUBLICITY, NOTHING))
                .containsExactly(Requirement.HOME_VISIT_BY_TWO_STAFF, Requirement.VERIFICATION_PASSED);
    }

    @Test
    void aServiceCaseIsApprovedOnlyWithAServiceArrangedWhichOnlyServiceDibaoAndTekunCasesHave() {
        RecordsOnFile arranged = new RecordsOnFile(false, false, false, false, false, false, true, true, RecordsOnFile.Review.NONE);
        assertThat(Preconditions.missing(Programme.SERVICE, CaseAction.APPROVE, NOTHING)).containsExactly(Requirement.SERVICES_ARRANGED);
        assertThat(Preconditions.missing(Programme.SERVICE, CaseAction.APPROVE, arranged)).isEmpty();
        assertThat(Preconditions.missing(Programme.SERVICE, CaseAction.REFUSE, NOTHING)).as("a refusal arranges nothing").isEmpty();
        assertThat(Preconditions.missing(Programme.DIBAO, CaseAction.APPROVE, NOTHING)).as("money first, services beside it").isEmpty();
        assertThat(Procedure.SERVICE.servicesArrangedIn()).containsExactlyInAnyOrder(CaseState.INVESTIGATING, CaseState.APPROVED);
        assertThat(Procedure.DIBAO.servicesArrangedIn()).containsExactlyInAnyOrder(CaseState.APPROVED, CaseState.IN_PAYMENT);
        assertThat(Procedure.TEKUN.servicesArrangedIn()).containsExactlyInAnyOrder(CaseState.APPROVED, CaseState.IN_PAYMENT);
        for (Procedure none : List.of(Procedure.BIANYUAN, Procedure.GANGXING, Procedure.LINSHI_URGENT, Procedure.LINSHI_EXPENSE,
                Procedure.SPECIAL)) {
            assertThat(none.arrangesServices()).as(none.name()).isFalse();
        }
    }

    @Test
    void otherStepsAndProgrammesNeedNothingOnFile() {
        assertThat(Preconditions.requirements(Programme.DIBAO, CaseAction.ACCEPT)).isEmpty();
        assertThat(Preconditions.requirements(Programme.LINSHI_URGENT, CaseAction.START_PUBLICITY)).isEmpty();
        assertThatCode(() -> Preconditions.check(Programme.DIBAO, CaseAction.APPROVE, NOTHING)).doesNotThrowAnyException();
    }

    @Test
    void aCaseWithAnOpenObjectionIsNotSentForConfirmationInAnyProgrammeWithPublicity() {
        RecordsOnFile objectionOpen = new RecordsOnFile(true, true, true, false, true, false, false);
        for (Programme programme : java.util.List.of(Programme.DIBAO, Programme.TEKUN, Programme.BIANYUAN, Programme.GANGXING)) {
            assertThat(Preconditions.missing(programme, CaseAction.SEND_FOR_CONFIRMATION, objectionOpen)).as(programme.name())
                    .containsExactly(Requirement.NO_UNRESOLVED_OBJECTION);
        }
        assertThat(Preconditions.requirements(Programme.LINSHI_URGENT, CaseAction.SEND_FOR_CONFIRMATION))
                .as("urgent aid has no publicity, so no objection to it").isEmpty();
        assertThatThrownBy(() -> Preconditions.check(Programme.DIBAO, CaseAction.SEND_FOR_CONFIRMATION, objectionOpen))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("还不能报送审核确认，缺少：对公示期间异议的处理（民主评议或重新调查）。"));
    }

    @Test
    void anAppraisalStepNeedsItsOwnRecord() {
        assertThat(Preconditions.missing(Programme.DIBAO, CaseAction.HOLD_APPRAISAL, EVERYTHING)).isEmpty();
        assertThat(Preconditions.missing(Programme.TEKUN, CaseAction.HOLD_APPRAISAL, new RecordsOnFile(true, true, true, true, true, false, true)))
                .containsExactly(Requirement.APPRAISAL_RECORD);
    }

    @Test
    void theRefusalNamesEverythingMissingInWords() {
        assertThatThrownBy(() -> Preconditions.check(Programme.TEKUN, CaseAction.START_PUBLICITY, new RecordsOnFile(false, true, false, false, false, false, true)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PRECONDITION_MISSING);
                    assertThat(e.details().get("missing")).isEqualTo(java.util.List.of("HOME_VISIT_BY_TWO_STAFF", "SELF_CARE_ASSESSMENT"));
                    assertThat(e.getMessage()).isEqualTo("还不能初审并公示，缺少：两名以上工作人员的入户调查记录、每位成员的生活自理能力评估。");
                });
    }

    @Test
    void publicityLastsSevenCalendarDays() {
        LocalDate started = LocalDate.of(2026, 9, 30);
        assertThat(Preconditions.publicityOverOn(started)).isEqualTo(LocalDate.of(2026, 10, 7)).as("holidays count");
        assertThatThrownBy(() -> Preconditions.checkPublicityOver(CaseState.PUBLICITY, CaseAction.SEND_FOR_CONFIRMATION, started,
                LocalDate.of(2026, 10, 6)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PUBLICITY_NOT_OVER);
                    assertThat(e.details()).containsEntry("sendableFrom", "2026-10-07");
                });
        assertThatCode(() -> Preconditions.checkPublicityOver(CaseState.PUBLICITY, CaseAction.SEND_FOR_CONFIRMATION, started,
                LocalDate.of(2026, 10, 7))).doesNotThrowAnyException();
    }

    @Test
    void anObjectionMayReopenTheInvestigationDuringPublicity() {
        assertThatCode(() -> Preconditions.checkPublicityOver(CaseState.PUBLICITY, CaseAction.REOPEN_INVESTIGATION,
                LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30))).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.checkPublicityOver(CaseState.ACCEPTED, CaseAction.SEND_FOR_CONFIRMATION,
                LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30))).as("urgent aid goes to the county without publicity")
                .doesNotThrowAnyException();
    }
}
