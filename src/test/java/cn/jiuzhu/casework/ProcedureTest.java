package cn.jiuzhu.casework;

import static cn.jiuzhu.casework.CaseAction.*;
import static cn.jiuzhu.casework.CaseState.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.casework.Procedure.Transition;
import cn.jiuzhu.identity.Role;

class ProcedureTest {

    private static final Set<CaseAction> STAFF_ACTIONS = EnumSet.of(ACCEPT, RETURN_FOR_DOCUMENTS, START_INVESTIGATION,
            FAIL_VERIFICATION, START_PUBLICITY, SEND_FOR_CONFIRMATION, APPROVE, REFUSE, START_PAYMENT, TERMINATE);

    @Test
    void withdrawIsAllowedOnlyBeforeADecision() {
        assertThat(statesWhereHouseholdMay(WITHDRAW)).containsExactlyInAnyOrder(SUBMITTED, RETURNED_FOR_DOCUMENTS,
                ACCEPTED, INVESTIGATING, VERIFICATION_FAILED, VERIFICATION_OBJECTED, PUBLICITY, CONFIRMATION);
        for (CaseState decidedOrClosed : List.of(APPROVED, IN_PAYMENT, REFUSED, REFUSAL_OBJECTED, WITHDRAWN, TERMINATED)) {
            assertThat(Procedure.householdMay(WITHDRAW, decidedOrClosed)).as(decidedOrClosed.name()).isFalse();
        }
    }

    @Test
    void everyOpenCaseNotYetDecidedCanBeWithdrawn() {
        for (CaseState state : CaseState.values()) {
            assertThat(Procedure.householdMay(WITHDRAW, state)).as(state.name()).isEqualTo(state.open() && !state.decided());
        }
    }

    @Test
    void withdrawingClosesTheCase() {
        CaseState to = Procedure.transition(WITHDRAW, INVESTIGATING).orElseThrow().to();

        assertThat(to).isEqualTo(WITHDRAWN);
        assertThat(to.open()).isFalse();
    }

    @Test
    void anObjectionToVerificationIsOnlyPossibleAfterItFailedAndLeadsToReinvestigation() {
        assertThat(statesWhereHouseholdMay(OBJECT_TO_VERIFICATION)).containsExactly(VERIFICATION_FAILED);
        assertThat(Procedure.transition(OBJECT_TO_VERIFICATION, VERIFICATION_FAILED).orElseThrow().to())
                .isEqualTo(VERIFICATION_OBJECTED);
        assertThat(Procedure.transition(START_INVESTIGATION, VERIFICATION_OBJECTED).orElseThrow().to())
                .isEqualTo(INVESTIGATING);
    }

    @Test
    void anObjectionToARefusalIsOnlyPossibleAfterARefusal() {
        assertThat(statesWhereHouseholdMay(OBJECT_TO_REFUSAL)).containsExactly(REFUSED);
        assertThat(Procedure.transition(OBJECT_TO_REFUSAL, REFUSED).orElseThrow().to()).isEqualTo(REFUSAL_OBJECTED);
    }

    @Test
    void residentsMayNotTakeStaffActions() {
        for (CaseAction action : STAFF_ACTIONS) {
            assertThat(statesWhereHouseholdMay(action)).as(action.name()).isEmpty();
        }
        assertThat(Procedure.TRANSITIONS.stream().filter(t -> t.roles().contains(Role.RESIDENT)).map(Transition::action))
                .containsExactlyInAnyOrder(SUBMIT, SUPPLEMENT_DOCUMENTS, WITHDRAW, OBJECT_TO_VERIFICATION, OBJECT_TO_REFUSAL);
    }

    @Test
    void onlyTheCountyDecidesAndOnlyTheTownshipAccepts() {
        assertThat(roles(APPROVE)).containsExactly(Role.COUNTY_OFFICER);
        assertThat(roles(REFUSE)).containsExactly(Role.COUNTY_OFFICER);
        assertThat(roles(FAIL_VERIFICATION)).containsExactly(Role.COUNTY_OFFICER);
        assertThat(roles(ACCEPT)).containsExactly(Role.CASEWORKER);
        assertThat(roles(RETURN_FOR_DOCUMENTS)).containsExactly(Role.CASEWORKER);
    }

    @Test
    void aHotlineOperatorOrCaseworkerMayFileOnACallersBehalf() {
        assertThat(roles(SUBMIT)).containsExactlyInAnyOrder(Role.RESIDENT, Role.HOTLINE_OPERATOR, Role.CASEWORKER);
    }

    @Test
    void submittingStartsACaseRatherThanMovingOne() {
        for (CaseState state : CaseState.values()) {
            assertThat(Procedure.transition(SUBMIT, state)).as(state.name()).isEmpty();
        }
    }

    @Test
    void suppliedDocumentsSendAReturnedCaseBackForAcceptance() {
        assertThat(Procedure.transition(SUPPLEMENT_DOCUMENTS, RETURNED_FOR_DOCUMENTS).orElseThrow().to()).isEqualTo(SUBMITTED);
        assertThat(Procedure.transition(SUPPLEMENT_DOCUMENTS, ACCEPTED)).isEmpty();
    }

    @Test
    void everyStateCanBeReachedFromSubmission() {
        Set<CaseState> reached = EnumSet.of(SUBMITTED);
        Deque<CaseState> toVisit = new ArrayDeque<>(reached);
        while (!toVisit.isEmpty()) {
            CaseState from = toVisit.pop();
            Procedure.TRANSITIONS.stream().filter(t -> t.from().contains(from)).map(Transition::to)
                    .filter(reached::add).forEach(toVisit::push);
        }

        assertThat(reached).containsExactlyInAnyOrder(CaseState.values());
    }

    @Test
    void aWithdrawnOrTerminatedCaseNeverMovesAgain() {
        assertThat(Procedure.TRANSITIONS).noneMatch(t -> t.from().contains(WITHDRAWN) || t.from().contains(TERMINATED));
    }

    @Test
    void anActionMovesACaseFromAStateInOnlyOneWay() {
        // transition(action, from) takes the first matching row, so two matching rows would hide one.
        List<Transition> rows = Procedure.TRANSITIONS;
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                if (rows.get(i).action() == rows.get(j).action()) {
                    assertThat(Collections.disjoint(rows.get(i).from(), rows.get(j).from()))
                            .as("%s rows %d and %d", rows.get(i).action(), i, j).isTrue();
                }
            }
        }
    }

    @Test
    void eachStepOfTheOfficeRunsItsLegalTimeLimit() {
        assertThat(Procedure.limitStepIn(SUBMITTED)).contains("ACCEPTANCE");
        assertThat(Procedure.limitStepIn(ACCEPTED)).contains("INVESTIGATION_START");
        assertThat(Procedure.limitStepIn(INVESTIGATING)).contains("VERIFICATION_START");
        assertThat(Procedure.limitStepIn(VERIFICATION_OBJECTED)).contains("INVESTIGATION_START");
        assertThat(Procedure.limitStepIn(PUBLICITY)).contains("PUBLICITY");
        assertThat(Procedure.limitStepIn(CONFIRMATION)).contains("CONFIRMATION");
        assertThat(Procedure.limitStepIn(REFUSED)).contains("REFUSAL_REASONS");
    }

    @Test
    void noOfficeTimeLimitRunsWhileItIsTheHouseholdsTurnOrTheCaseIsOver() {
        assertThat(Procedure.limitStepIn(RETURNED_FOR_DOCUMENTS)).isEmpty();
        assertThat(Procedure.limitStepIn(WITHDRAWN)).isEmpty();
        assertThat(Procedure.limitStepIn(TERMINATED)).isEmpty();
    }

    @Test
    void documentsCanBeAddedWhileTheOfficeStillWorksOnTheFile() {
        assertThat(Arrays.stream(CaseState.values()).filter(Procedure::acceptsDocuments)).containsExactlyInAnyOrder(
                SUBMITTED, RETURNED_FOR_DOCUMENTS, ACCEPTED, INVESTIGATING, VERIFICATION_FAILED, VERIFICATION_OBJECTED,
                PUBLICITY, CONFIRMATION, REFUSAL_OBJECTED);
    }

    private static List<CaseState> statesWhereHouseholdMay(CaseAction action) {
        return Arrays.stream(CaseState.values()).filter(s -> Procedure.householdMay(action, s)).toList();
    }

    private static Set<Role> roles(CaseAction action) {
        return Procedure.TRANSITIONS.stream().filter(t -> t.action() == action).findFirst().orElseThrow().roles();
    }
}
