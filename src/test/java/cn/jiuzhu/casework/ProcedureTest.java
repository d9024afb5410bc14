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
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.jiuzhu.casework.Procedure.Transition;
import cn.jiuzhu.programme.Programme;

class ProcedureTest {

    private static final List<Procedure> ALL = Arrays.stream(Programme.values()).map(Procedure::of).distinct().toList();
    private static final Procedure DIBAO = Procedure.DIBAO;

    @Test
    void withdrawIsAllowedOnlyBeforeADecision() {
        assertThat(statesWhereHouseholdMay(DIBAO, WITHDRAW)).containsExactlyInAnyOrder(SUBMITTED, RETURNED_FOR_DOCUMENTS,
                ACCEPTED, INVESTIGATING, VERIFICATION_FAILED, VERIFICATION_OBJECTED, PUBLICITY, CONFIRMATION);
        for (CaseState decidedOrClosed : List.of(APPROVED, IN_PAYMENT, REFUSED, REFUSAL_OBJECTED, WITHDRAWN, TERMINATED,
                FIRST_AID_GRANTED, CLOSED)) {
            assertThat(DIBAO.householdMay(WITHDRAW, decidedOrClosed)).as(decidedOrClosed.name()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Programme.class)
    void everyOpenCaseNotYetDecidedCanBeWithdrawnInEveryProgramme(Programme programme) {
        for (CaseState state : CaseState.values()) {
            assertThat(Procedure.of(programme).householdMay(WITHDRAW, state)).as(state.name())
                    .isEqualTo(state.open() && !state.decided());
        }
    }

    @Test
    void objectionsOnlyAfterAFailedVerificationOrARefusal() {
        assertThat(statesWhereHouseholdMay(DIBAO, OBJECT_TO_VERIFICATION)).containsExactly(VERIFICATION_FAILED);
        assertThat(statesWhereHouseholdMay(DIBAO, OBJECT_TO_REFUSAL)).containsExactly(REFUSED);
        assertThat(DIBAO.transition(START_INVESTIGATION, VERIFICATION_OBJECTED).orElseThrow().to()).isEqualTo(INVESTIGATING);
    }

    @Test
    void aReviewOfARefusalEndsOneWayOrTheOther() {
        for (Procedure p : ALL) {
            if (p.transitions().stream().anyMatch(t -> t.to() == REFUSED)) {
                assertThat(p.transition(UPHOLD_REFUSAL, REFUSAL_OBJECTED)).as(p.name()).isPresent();
                assertThat(p.transition(REVERSE_REFUSAL, REFUSAL_OBJECTED)).as(p.name()).isPresent();
            }
        }
    }

    @Test
    void householdsTakeOnlyTheirOwnActions() {
        for (Procedure p : ALL) {
            assertThat(p.transitions().stream().filter(t -> t.responsible() == Responsible.HOUSEHOLD).map(Transition::action))
                    .as(p.name()).containsExactlyInAnyOrder(SUPPLEMENT_DOCUMENTS, WITHDRAW, OBJECT_TO_VERIFICATION, OBJECT_TO_REFUSAL,
                            CaseAction.OBJECT_TO_REVIEW);
        }
    }

    @Test
    void theTownshipAcceptsAndInvestigatesTheCountyVerifiesAndDecides() {
        assertThat(responsible(DIBAO, ACCEPT)).isEqualTo(Responsible.TOWNSHIP);
        assertThat(responsible(DIBAO, START_INVESTIGATION)).isEqualTo(Responsible.TOWNSHIP);
        assertThat(responsible(DIBAO, START_PUBLICITY)).isEqualTo(Responsible.TOWNSHIP);
        assertThat(responsible(DIBAO, FAIL_VERIFICATION)).isEqualTo(Responsible.COUNTY);
        assertThat(responsible(DIBAO, APPROVE)).isEqualTo(Responsible.COUNTY);
        assertThat(responsible(DIBAO, REFUSE)).isEqualTo(Responsible.COUNTY);
        assertThat(responsible(Procedure.SPECIAL, APPROVE)).isEqualTo(Responsible.DEPARTMENT);
    }

    @Test
    void urgentAidHelpsFirstWithoutVerificationOrPublicity() {
        Procedure urgent = Procedure.LINSHI_URGENT;
        assertThat(urgent.transition(GRANT_FIRST_AID, SUBMITTED).orElseThrow().to()).isEqualTo(FIRST_AID_GRANTED);
        assertThat(urgent.transition(COMPLETE_FILE, FIRST_AID_GRANTED).orElseThrow().to()).isEqualTo(CLOSED);
        assertThat(urgent.transitions()).noneMatch(t -> t.to() == PUBLICITY || t.to() == VERIFICATION_FAILED);
    }

    @Test
    void expenditureAidIsApprovedOnceAndPaidInStages() {
        Procedure expense = Procedure.LINSHI_EXPENSE;
        assertThat(expense.transition(PAY_STAGE, IN_PAYMENT).orElseThrow().to()).isEqualTo(IN_PAYMENT);
        assertThat(expense.transitions().stream().filter(t -> t.action() == APPROVE)).hasSize(1);
    }

    @Test
    void aPublicityObjectionReopensTheInvestigation() {
        assertThat(DIBAO.transition(REOPEN_INVESTIGATION, PUBLICITY).orElseThrow().to()).isEqualTo(INVESTIGATING);
    }

    @Test
    void eachProgrammeRunsItsOwnLegalTimeLimits() {
        assertThat(DIBAO.limitStepIn(SUBMITTED)).contains(LimitStep.ACCEPTANCE);
        assertThat(DIBAO.limitStepIn(ACCEPTED)).contains(LimitStep.INVESTIGATION_START);
        assertThat(DIBAO.limitStepIn(INVESTIGATING)).contains(LimitStep.VERIFICATION_START);
        assertThat(DIBAO.limitStepIn(PUBLICITY)).contains(LimitStep.PUBLICITY);
        assertThat(DIBAO.limitStepIn(CONFIRMATION)).contains(LimitStep.CONFIRMATION);
        assertThat(DIBAO.limitStepIn(REFUSED)).contains(LimitStep.REFUSAL_REASONS);
        assertThat(Procedure.TEKUN.limitStepIn(INVESTIGATING)).contains(LimitStep.TOWNSHIP_REVIEW);
        assertThat(Procedure.TEKUN.limitStepIn(CONFIRMATION)).contains(LimitStep.COUNTY_DECISION);
        assertThat(Procedure.GANGXING.limitStepIn(CONFIRMATION)).contains(LimitStep.COUNTY_DECISION);
        assertThat(Procedure.LINSHI_URGENT.limitStepIn(SUBMITTED)).contains(LimitStep.FIRST_AID);
        assertThat(Procedure.SPECIAL.limitStepIn(SUBMITTED)).contains(LimitStep.REFERRAL);
    }

    @Test
    void noOfficeTimeLimitRunsWhileItIsTheHouseholdsTurnOrTheCaseIsOver() {
        assertThat(DIBAO.limitStepIn(RETURNED_FOR_DOCUMENTS)).isEmpty();
        assertThat(DIBAO.limitStepIn(WITHDRAWN)).isEmpty();
        assertThat(DIBAO.limitStepIn(TERMINATED)).isEmpty();
    }

    @Test
    void everyStateIsReachableInSomeProcedure() {
        Set<CaseState> reached = EnumSet.of(SUBMITTED);
        for (Procedure p : ALL) {
            Deque<CaseState> toVisit = new ArrayDeque<>(List.of(SUBMITTED));
            Set<CaseState> seen = EnumSet.of(SUBMITTED);
            while (!toVisit.isEmpty()) {
                CaseState from = toVisit.pop();
                p.transitions().stream().filter(t -> t.from().contains(from)).map(Transition::to).filter(seen::add)
                        .forEach(toVisit::push);
            }
            reached.addAll(seen);
        }
        assertThat(reached).containsExactlyInAnyOrder(CaseState.values());
    }

    @Test
    void aFinishedCaseNeverMovesAgainExceptOnAnObjectionToTheReviewThatStoppedIt() {
        assertThat(ALL.stream().flatMap(p -> p.transitions().stream()))
                .noneMatch(t -> t.from().contains(WITHDRAWN) || t.from().contains(CLOSED));
        assertThat(ALL.stream().flatMap(p -> p.transitions().stream()).filter(t -> t.from().contains(TERMINATED)))
                .allSatisfy(t -> {
                    assertThat(t.action()).isEqualTo(CaseAction.OBJECT_TO_REVIEW);
                    assertThat(t.needs()).containsExactly(cn.jiuzhu.casework.record.Requirement.REVIEW_DECIDED);
                });
    }

    @Test
    void anActionMovesACaseFromAStateInOnlyOneWay() {
        for (Procedure p : ALL) {
            List<Transition> rows = p.transitions();
            for (int i = 0; i < rows.size(); i++) {
                for (int j = i + 1; j < rows.size(); j++) {
                    if (rows.get(i).action() == rows.get(j).action()) {
                        assertThat(Collections.disjoint(rows.get(i).from(), rows.get(j).from()))
                                .as("%s: %s rows %d and %d", p.name(), rows.get(i).action(), i, j).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void documentsCanBeAddedWhileTheOfficeStillWorksOnTheFile() {
        assertThat(Stream.of(CaseState.values()).filter(Procedure::acceptsDocuments)).containsExactlyInAnyOrder(
                SUBMITTED, RETURNED_FOR_DOCUMENTS, ACCEPTED, INVESTIGATING, VERIFICATION_FAILED, VERIFICATION_OBJECTED,
                PUBLICITY, CONFIRMATION, REFUSAL_OBJECTED, FIRST_AID_GRANTED);
    }

    private static List<CaseState> statesWhereHouseholdMay(Procedure p, CaseAction action) {
        return Arrays.stream(CaseState.values()).filter(s -> p.householdMay(action, s)).toList();
    }

    private static Responsible responsible(Procedure p, CaseAction action) {
        return p.transitions().stream().filter(t -> t.action() == action).findFirst().orElseThrow().responsible();
    }
}
