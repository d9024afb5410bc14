package cn.jiuzhu.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.programme.Programme;

class CaseActionTest {

    @Test
    void notesAreNeverAStepOfAProcedure() {
        assertThat(Arrays.stream(CaseAction.values()).filter(CaseAction::note)).containsExactlyInAnyOrder(CaseAction.REFER,
                CaseAction.REFERRAL_ACCEPTED, CaseAction.REFERRAL_ANSWERED, CaseAction.REFERRAL_DECLINED,
                CaseAction.OBJECTION_RECEIVED, CaseAction.REVIEW_RECORDED, CaseAction.DUE_DATE_MOVED,
                CaseAction.CHARITY_REFERRED, CaseAction.CHARITY_ANSWERED, CaseAction.SERVICES_ARRANGED,
                CaseAction.SERVICE_ENDED);
        for (Programme programme : Programme.values()) {
            assertThat(Procedure.of(programme).transitions()).as(programme.name())
                    .noneMatch(t -> t.action().note());
        }
    }
}
