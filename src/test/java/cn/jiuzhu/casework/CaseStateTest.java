package cn.jiuzhu.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CaseStateTest {

    @Test
    void everyStateReadsInChineseForTheResident() {
        for (CaseState state : CaseState.values()) {
            assertThat(state.label()).as(state.name()).containsPattern("^\\p{IsHan}");
            assertThat(state.residentDescription()).as(state.name()).containsPattern("\\p{IsHan}").endsWith("。");
        }
    }

    @Test
    void onlyAWithdrawnRefusedTerminatedOrClosedCaseReleasesTheHouseholdsClaim() {
        // An open case blocks a second application for the same programme; a closed one does not.
        assertThat(Arrays.stream(CaseState.values()).filter(s -> !s.open()))
                .containsExactlyInAnyOrder(CaseState.WITHDRAWN, CaseState.REFUSED, CaseState.TERMINATED, CaseState.CLOSED);
    }

    @Test
    void anObjectionToARefusalHoldsTheClaimAgain() {
        assertThat(CaseState.REFUSED.open()).isFalse();
        assertThat(CaseState.REFUSAL_OBJECTED.open()).isTrue();
    }

    @Test
    void aCaseIsDecidedOnceHelpedApprovedRefusedOrTerminatedButNotWhenWithdrawn() {
        assertThat(Arrays.stream(CaseState.values()).filter(CaseState::decided)).containsExactlyInAnyOrder(
                CaseState.APPROVED, CaseState.IN_PAYMENT, CaseState.REFUSED, CaseState.REFUSAL_OBJECTED, CaseState.REVIEW_OBJECTED,
                CaseState.TERMINATED, CaseState.FIRST_AID_GRANTED, CaseState.CLOSED);
        assertThat(CaseState.WITHDRAWN.decided()).isFalse();
    }
}
