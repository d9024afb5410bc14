package cn.jiuzhu.casework;

import static cn.jiuzhu.casework.CaseAction.*;
import static cn.jiuzhu.casework.CaseState.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.jiuzhu.identity.Role;

/**
 * The dibao procedure [DB] (domain §4) as a table: which action moves a case from which states to
 * which state, who may take it, and which legal time limit runs in the state it leads to. Read it
 * top to bottom as the procedure; services look transitions up here and nowhere else.
 *
 * <p>Resident actions are wired in this issue; staff actions are listed so the whole procedure is in
 * one place, and are carried out by the casework issue.
 */
public final class Procedure {

    /** Before a decision a household may withdraw [DB]. */
    static final Set<CaseState> WITHDRAWABLE = EnumSet.of(SUBMITTED, RETURNED_FOR_DOCUMENTS, ACCEPTED, INVESTIGATING,
            VERIFICATION_FAILED, VERIFICATION_OBJECTED, PUBLICITY, CONFIRMATION);

    /** While the office still works on the file, documents can be added (补充材料). */
    static final Set<CaseState> ACCEPTS_DOCUMENTS = EnumSet.of(SUBMITTED, RETURNED_FOR_DOCUMENTS, ACCEPTED,
            INVESTIGATING, VERIFICATION_FAILED, VERIFICATION_OBJECTED, PUBLICITY, CONFIRMATION, REFUSAL_OBJECTED);

    private static final Set<Role> HOUSEHOLD = EnumSet.of(Role.RESIDENT);

    public static final List<Transition> TRANSITIONS = List.of(
            //          action                    from                                   to                      who                                         time limit in the new state
            new Transition(SUBMIT, EnumSet.noneOf(CaseState.class), SUBMITTED, EnumSet.of(Role.RESIDENT, Role.HOTLINE_OPERATOR, Role.CASEWORKER), "ACCEPTANCE"),
            new Transition(SUPPLEMENT_DOCUMENTS, EnumSet.of(RETURNED_FOR_DOCUMENTS), SUBMITTED, HOUSEHOLD, "ACCEPTANCE"),
            new Transition(WITHDRAW, WITHDRAWABLE, WITHDRAWN, HOUSEHOLD, null),
            new Transition(OBJECT_TO_VERIFICATION, EnumSet.of(VERIFICATION_FAILED), VERIFICATION_OBJECTED, HOUSEHOLD, "INVESTIGATION_START"),
            new Transition(OBJECT_TO_REFUSAL, EnumSet.of(REFUSED), REFUSAL_OBJECTED, HOUSEHOLD, null),
            new Transition(ACCEPT, EnumSet.of(SUBMITTED), ACCEPTED, EnumSet.of(Role.CASEWORKER), "INVESTIGATION_START"),
            new Transition(RETURN_FOR_DOCUMENTS, EnumSet.of(SUBMITTED), RETURNED_FOR_DOCUMENTS, EnumSet.of(Role.CASEWORKER), null),
            new Transition(START_INVESTIGATION, EnumSet.of(ACCEPTED, VERIFICATION_OBJECTED), INVESTIGATING, EnumSet.of(Role.CASEWORKER), "VERIFICATION_START"),
            new Transition(FAIL_VERIFICATION, EnumSet.of(INVESTIGATING), VERIFICATION_FAILED, EnumSet.of(Role.COUNTY_OFFICER), null),
            new Transition(START_PUBLICITY, EnumSet.of(INVESTIGATING), PUBLICITY, EnumSet.of(Role.CASEWORKER), "PUBLICITY"),
            new Transition(SEND_FOR_CONFIRMATION, EnumSet.of(PUBLICITY), CONFIRMATION, EnumSet.of(Role.CASEWORKER), "CONFIRMATION"),
            new Transition(APPROVE, EnumSet.of(CONFIRMATION), APPROVED, EnumSet.of(Role.COUNTY_OFFICER), null),
            new Transition(REFUSE, EnumSet.of(CONFIRMATION), REFUSED, EnumSet.of(Role.COUNTY_OFFICER), "REFUSAL_REASONS"),
            new Transition(START_PAYMENT, EnumSet.of(APPROVED), IN_PAYMENT, EnumSet.of(Role.COUNTY_OFFICER), null),
            new Transition(TERMINATE, EnumSet.of(SUBMITTED, ACCEPTED, INVESTIGATING, PUBLICITY, CONFIRMATION, IN_PAYMENT), TERMINATED,
                    EnumSet.of(Role.COUNTY_OFFICER, Role.CASEWORKER), null));

    private Procedure() {
    }

    public static Optional<Transition> transition(CaseAction action, CaseState from) {
        return TRANSITIONS.stream().filter(t -> t.action() == action && t.from().contains(from)).findFirst();
    }

    /** The time limit step that runs while a case is in {@code state}, if any (catalogue step key). */
    public static Optional<String> limitStepIn(CaseState state) {
        if (state == SUBMITTED) {
            return Optional.of("ACCEPTANCE");
        }
        return TRANSITIONS.stream().filter(t -> t.to() == state && t.limitStep() != null).map(Transition::limitStep).findFirst();
    }

    public static boolean acceptsDocuments(CaseState state) {
        return ACCEPTS_DOCUMENTS.contains(state);
    }

    public static boolean householdMay(CaseAction action, CaseState state) {
        return transition(action, state).map(t -> t.roles().contains(Role.RESIDENT)).orElse(false);
    }

    /** One row of the table. {@code limitStep} names the catalogue time limit that starts in {@code to}. */
    public record Transition(CaseAction action, Set<CaseState> from, CaseState to, Set<Role> roles, String limitStep) {
    }
}
