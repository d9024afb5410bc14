package cn.jiuzhu.casework.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.casework.CaseState;
import cn.jiuzhu.casework.Procedure;
import cn.jiuzhu.casework.Responsible;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;

class AppraisalRulesTest {

    @Test
    void anAppraisalNeedsTenParticipants() {
        assertThatThrownBy(() -> AppraisalRules.checkParticipants(9)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.APPRAISAL_PARTICIPANTS_TOO_FEW);
            assertThat(e.details()).containsEntry("minimum", 10).containsEntry("participants", 9);
            assertThat(e.getMessage()).isEqualTo("民主评议参加人数应不少于10人，这次记录的是9人。人数不够的，请重新组织评议。");
        });
        assertThatCode(() -> AppraisalRules.checkParticipants(10)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AppraisalRules.checkParticipants(1000)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void theTimelineTellsTheDayTheNumberAndTheOpinion() {
        assertThat(AppraisalRules.summary(LocalDate.of(2026, 12, 10), 23, "该户有一辆营运货车，收入未申报，应重新核实。"))
                .isEqualTo("2026年12月10日召开民主评议会，23人参加。评议意见：该户有一辆营运货车，收入未申报，应重新核实。");
    }

    /** Every step that may end a publicity, in every procedure, tells whoever objected something (sending needs none open). */
    @Test
    void everyStepThatEndsAPublicityAnswersItsObjections() {
        Procedure.all().stream().flatMap(p -> p.transitions().stream())
                .filter(t -> t.from().contains(CaseState.PUBLICITY) && t.action() != CaseAction.SEND_FOR_CONFIRMATION)
                .forEach(t -> assertThat(AppraisalRules.answer(t.action(), "依据")).as(t.action().name()).isNotBlank());
        assertThat(AppraisalRules.answer(CaseAction.WITHDRAW, "家里有事，不想让人议论")).as("never the household's own reasons")
                .isEqualTo("申请人已撤回申请，不再审核。");
    }

    @Test
    void theTownshipHoldsAnAppraisalOnAnObjectionOrOnUnclearFactsAndReviewsAgain() {
        for (CaseState from : new CaseState[] { CaseState.PUBLICITY, CaseState.INVESTIGATING }) {
            Procedure.Transition t = Procedure.DIBAO.transition(CaseAction.HOLD_APPRAISAL, from).orElseThrow();
            assertThat(t.to()).isEqualTo(CaseState.INVESTIGATING);
            assertThat(t.responsible()).isEqualTo(Responsible.TOWNSHIP);
            assertThat(t.needs()).containsExactly(Requirement.APPRAISAL_RECORD);
        }
        assertThat(Procedure.TEKUN.transition(CaseAction.HOLD_APPRAISAL, CaseState.PUBLICITY)).isPresent();
        assertThat(Procedure.LINSHI_URGENT.transitions()).as("urgent aid skips appraisal [LS]")
                .noneMatch(t -> t.action() == CaseAction.HOLD_APPRAISAL);
    }
}
