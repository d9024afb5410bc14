package cn.jiuzhu.casework;

import static cn.jiuzhu.casework.CaseAction.*;
import static cn.jiuzhu.casework.CaseState.*;
import static cn.jiuzhu.casework.Responsible.COUNTY;
import static cn.jiuzhu.casework.Responsible.DEPARTMENT;
import static cn.jiuzhu.casework.Responsible.HOUSEHOLD;
import static cn.jiuzhu.casework.Responsible.TOWNSHIP;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.jiuzhu.programme.Programme;

/**
 * The procedures as tables: which action moves a case from which states to which state, who is
 * responsible for it, and which legal time limit (a catalogue step) runs in the state it leads to.
 * Read each table top to bottom as the procedure of domain.md §4; services look transitions up
 * here and nowhere else.
 */
public final class Procedure {

    /** Before a decision a household may withdraw [DB]. */
    static final Set<CaseState> WITHDRAWABLE = EnumSet.of(SUBMITTED, RETURNED_FOR_DOCUMENTS, ACCEPTED, INVESTIGATING,
            VERIFICATION_FAILED, VERIFICATION_OBJECTED, PUBLICITY, CONFIRMATION);

    /** While the office still works on the file, documents can be added (补充材料). */
    static final Set<CaseState> ACCEPTS_DOCUMENTS = EnumSet.of(SUBMITTED, RETURNED_FOR_DOCUMENTS, ACCEPTED,
            INVESTIGATING, VERIFICATION_FAILED, VERIFICATION_OBJECTED, PUBLICITY, CONFIRMATION, REFUSAL_OBJECTED,
            FIRST_AID_GRANTED);

    /** What every household may do, whatever the programme. */
    private static final List<Transition> HOUSEHOLD_ACTIONS = List.of(
            new Transition(SUPPLEMENT_DOCUMENTS, EnumSet.of(RETURNED_FOR_DOCUMENTS), SUBMITTED, HOUSEHOLD, "ACCEPTANCE"),
            new Transition(WITHDRAW, WITHDRAWABLE, WITHDRAWN, HOUSEHOLD, null),
            new Transition(OBJECT_TO_VERIFICATION, EnumSet.of(VERIFICATION_FAILED), VERIFICATION_OBJECTED, HOUSEHOLD, "INVESTIGATION_START"),
            new Transition(OBJECT_TO_REFUSAL, EnumSet.of(REFUSED), REFUSAL_OBJECTED, HOUSEHOLD, null));

    /** Acceptance at the one door (一门受理), common to the township-handled programmes. */
    private static final List<Transition> ACCEPTANCE = List.of(
            new Transition(ACCEPT, EnumSet.of(SUBMITTED), ACCEPTED, TOWNSHIP, "INVESTIGATION_START"),
            new Transition(RETURN_FOR_DOCUMENTS, EnumSet.of(SUBMITTED), RETURNED_FOR_DOCUMENTS, TOWNSHIP, null),
            new Transition(TRANSFER, EnumSet.of(SUBMITTED, RETURNED_FOR_DOCUMENTS, ACCEPTED), SUBMITTED, TOWNSHIP, "ACCEPTANCE"));

    /**
     * 最低生活保障 [DB]: investigation and verification, first review and publicity in the village,
     * confirmation by the county (or the township by delegation), payment from the next month.
     */
    public static final Procedure DIBAO = new Procedure("DIBAO", "CONFIRMATION", join(ACCEPTANCE, List.of(
            new Transition(START_INVESTIGATION, EnumSet.of(ACCEPTED, VERIFICATION_OBJECTED), INVESTIGATING, TOWNSHIP, "VERIFICATION_START"),
            new Transition(FAIL_VERIFICATION, EnumSet.of(INVESTIGATING), VERIFICATION_FAILED, COUNTY, null),
            new Transition(START_PUBLICITY, EnumSet.of(INVESTIGATING), PUBLICITY, TOWNSHIP, "PUBLICITY"),
            new Transition(REOPEN_INVESTIGATION, EnumSet.of(PUBLICITY), INVESTIGATING, TOWNSHIP, "VERIFICATION_START"),
            new Transition(SEND_FOR_CONFIRMATION, EnumSet.of(PUBLICITY), CONFIRMATION, TOWNSHIP, "CONFIRMATION"),
            new Transition(APPROVE, EnumSet.of(CONFIRMATION), APPROVED, COUNTY, null),
            new Transition(REFUSE, EnumSet.of(CONFIRMATION), REFUSED, COUNTY, "REFUSAL_REASONS"),
            new Transition(UPHOLD_REFUSAL, EnumSet.of(REFUSAL_OBJECTED), REFUSED, COUNTY, null),
            new Transition(REVERSE_REFUSAL, EnumSet.of(REFUSAL_OBJECTED), CONFIRMATION, COUNTY, "CONFIRMATION"),
            new Transition(START_PAYMENT, EnumSet.of(APPROVED), IN_PAYMENT, COUNTY, null),
            new Transition(REVIEW, EnumSet.of(IN_PAYMENT), IN_PAYMENT, TOWNSHIP, null),
            new Transition(TERMINATE, EnumSet.of(ACCEPTED, INVESTIGATING, PUBLICITY, CONFIRMATION, IN_PAYMENT), TERMINATED, COUNTY, null))));

    /** 特困人员 [TK]: as dibao, with the township's 15-day review and the county's 15-day decision and spot check. */
    public static final Procedure TEKUN = DIBAO.renamed("TEKUN", "COUNTY_DECISION")
            .withLimit(START_INVESTIGATION, "TOWNSHIP_REVIEW").withLimit(REOPEN_INVESTIGATION, "TOWNSHIP_REVIEW")
            .withLimit(SEND_FOR_CONFIRMATION, "COUNTY_DECISION").withLimit(REVERSE_REFUSAL, "COUNTY_DECISION");

    /** 刚性支出困难家庭 [GX]: as dibao, decided by the county within 30 working days. */
    public static final Procedure GANGXING = DIBAO.renamed("GANGXING", "COUNTY_DECISION")
            .withLimit(SEND_FOR_CONFIRMATION, "COUNTY_DECISION").withLimit(REVERSE_REFUSAL, "COUNTY_DECISION");

    /** 低保边缘家庭: dibao's procedure. */
    public static final Procedure BIANYUAN = DIBAO.renamed("BIANYUAN", "CONFIRMATION");

    /**
     * 急难型临时救助 [LS]: help first (先行救助) by the township from its reserve, paperwork after; no
     * verification, appraisal or publicity. Above the township's limit the county decides.
     */
    public static final Procedure LINSHI_URGENT = new Procedure("LINSHI_URGENT", "FIRST_AID", join(ACCEPTANCE, List.of(
            new Transition(GRANT_FIRST_AID, EnumSet.of(SUBMITTED, ACCEPTED), FIRST_AID_GRANTED, TOWNSHIP, null),
            new Transition(COMPLETE_FILE, EnumSet.of(FIRST_AID_GRANTED), CLOSED, TOWNSHIP, null),
            new Transition(SEND_FOR_CONFIRMATION, EnumSet.of(ACCEPTED, FIRST_AID_GRANTED), CONFIRMATION, TOWNSHIP, "FIRST_AID"),
            new Transition(APPROVE, EnumSet.of(CONFIRMATION), APPROVED, COUNTY, null),
            new Transition(REFUSE, EnumSet.of(CONFIRMATION), REFUSED, COUNTY, null),
            new Transition(UPHOLD_REFUSAL, EnumSet.of(REFUSAL_OBJECTED), REFUSED, COUNTY, null),
            new Transition(REVERSE_REFUSAL, EnumSet.of(REFUSAL_OBJECTED), CONFIRMATION, COUNTY, null),
            new Transition(CLOSE, EnumSet.of(APPROVED), CLOSED, TOWNSHIP, null))));

    /** 支出型临时救助 [LS]: investigated, decided once by the county, paid in stages (一次审批、分阶段救助). */
    public static final Procedure LINSHI_EXPENSE = new Procedure("LINSHI_EXPENSE", "COUNTY_DECISION", join(ACCEPTANCE, List.of(
            new Transition(START_INVESTIGATION, EnumSet.of(ACCEPTED), INVESTIGATING, TOWNSHIP, null),
            new Transition(SEND_FOR_CONFIRMATION, EnumSet.of(INVESTIGATING), CONFIRMATION, TOWNSHIP, "COUNTY_DECISION"),
            new Transition(APPROVE, EnumSet.of(CONFIRMATION), APPROVED, COUNTY, null),
            new Transition(REFUSE, EnumSet.of(CONFIRMATION), REFUSED, COUNTY, null),
            new Transition(UPHOLD_REFUSAL, EnumSet.of(REFUSAL_OBJECTED), REFUSED, COUNTY, null),
            new Transition(REVERSE_REFUSAL, EnumSet.of(REFUSAL_OBJECTED), CONFIRMATION, COUNTY, "COUNTY_DECISION"),
            new Transition(START_PAYMENT, EnumSet.of(APPROVED), IN_PAYMENT, COUNTY, null),
            new Transition(PAY_STAGE, EnumSet.of(IN_PAYMENT), IN_PAYMENT, COUNTY, null),
            new Transition(CLOSE, EnumSet.of(IN_PAYMENT), CLOSED, COUNTY, null))));

    /** 服务类社会救助: the township assesses the need and arranges services from the local list. */
    public static final Procedure SERVICE = new Procedure("SERVICE", null, join(ACCEPTANCE, List.of(
            new Transition(START_INVESTIGATION, EnumSet.of(ACCEPTED), INVESTIGATING, TOWNSHIP, null),
            new Transition(APPROVE, EnumSet.of(INVESTIGATING), APPROVED, TOWNSHIP, null),
            new Transition(REFUSE, EnumSet.of(INVESTIGATING), REFUSED, TOWNSHIP, null),
            new Transition(UPHOLD_REFUSAL, EnumSet.of(REFUSAL_OBJECTED), REFUSED, TOWNSHIP, null),
            new Transition(REVERSE_REFUSAL, EnumSet.of(REFUSAL_OBJECTED), INVESTIGATING, TOWNSHIP, null),
            new Transition(CLOSE, EnumSet.of(APPROVED), CLOSED, TOWNSHIP, null))));

    /** 专项救助: handled by the county department that runs it. */
    public static final Procedure SPECIAL = new Procedure("SPECIAL", null, List.of(
            new Transition(ACCEPT, EnumSet.of(SUBMITTED), ACCEPTED, DEPARTMENT, "REFERRAL"),
            new Transition(RETURN_FOR_DOCUMENTS, EnumSet.of(SUBMITTED), RETURNED_FOR_DOCUMENTS, DEPARTMENT, null),
            new Transition(APPROVE, EnumSet.of(ACCEPTED), APPROVED, DEPARTMENT, null),
            new Transition(REFUSE, EnumSet.of(ACCEPTED), REFUSED, DEPARTMENT, null),
            new Transition(UPHOLD_REFUSAL, EnumSet.of(REFUSAL_OBJECTED), REFUSED, DEPARTMENT, null),
            new Transition(REVERSE_REFUSAL, EnumSet.of(REFUSAL_OBJECTED), ACCEPTED, DEPARTMENT, null),
            new Transition(CLOSE, EnumSet.of(APPROVED), CLOSED, DEPARTMENT, null)));

    private final String name;
    private final String decisionStep;
    private final List<Transition> transitions;

    private Procedure(String name, String decisionStep, List<Transition> staffTransitions) {
        this.name = name;
        this.decisionStep = decisionStep;
        this.transitions = join(HOUSEHOLD_ACTIONS, staffTransitions);
    }

    public static Procedure of(Programme programme) {
        return switch (programme) {
            case DIBAO -> DIBAO;
            case TEKUN -> TEKUN;
            case BIANYUAN -> BIANYUAN;
            case GANGXING -> GANGXING;
            case LINSHI_URGENT -> LINSHI_URGENT;
            case LINSHI_EXPENSE -> LINSHI_EXPENSE;
            case SERVICE -> SERVICE;
            case SPECIAL_MEDICAL, SPECIAL_EDUCATION, SPECIAL_HOUSING, SPECIAL_EMPLOYMENT -> SPECIAL;
        };
    }

    public String name() {
        return name;
    }

    public List<Transition> transitions() {
        return transitions;
    }

    public Optional<Transition> transition(CaseAction action, CaseState from) {
        return transitions.stream().filter(t -> t.action() == action && t.from().contains(from)).findFirst();
    }

    /** The actions open to the responsible party in a state: what a worklist offers as buttons. */
    public List<Transition> available(CaseState from, Responsible who) {
        return transitions.stream().filter(t -> t.from().contains(from) && t.responsible() == who).toList();
    }

    /** The time limit step that runs while a case is in {@code state}, if any (catalogue step key). */
    public Optional<String> limitStepIn(CaseState state) {
        if (state == SUBMITTED) {
            return Optional.of(name.equals("SPECIAL") ? "REFERRAL" : name.equals("LINSHI_URGENT") ? "FIRST_AID" : "ACCEPTANCE");
        }
        return transitions.stream().filter(t -> t.to() == state && t.limitStep() != null).map(Transition::limitStep).findFirst();
    }

    public boolean householdMay(CaseAction action, CaseState state) {
        return transition(action, state).map(t -> t.responsible() == HOUSEHOLD).orElse(false);
    }

    /** Whether an action that ends in {@code state} was already taken (a retried request). */
    public boolean leadsTo(CaseAction action, CaseState state) {
        return transitions.stream().anyMatch(t -> t.action() == action && t.to() == state);
    }

    public static boolean acceptsDocuments(CaseState state) {
        return ACCEPTS_DOCUMENTS.contains(state);
    }

    /** The step key of the county's decision, where delegation may apply. */
    public String decisionStep() {
        return decisionStep;
    }

    private Procedure renamed(String newName, String newDecisionStep) {
        return new Procedure(newName, newDecisionStep, transitions.subList(HOUSEHOLD_ACTIONS.size(), transitions.size()));
    }

    private Procedure withLimit(CaseAction action, String step) {
        List<Transition> staff = new ArrayList<>();
        for (Transition t : transitions.subList(HOUSEHOLD_ACTIONS.size(), transitions.size())) {
            staff.add(t.action() == action ? new Transition(t.action(), t.from(), t.to(), t.responsible(), step) : t);
        }
        return new Procedure(name, decisionStep, staff);
    }

    private static List<Transition> join(List<Transition> a, List<Transition> b) {
        List<Transition> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** One row of a table. {@code limitStep} names the catalogue time limit that starts in {@code to}. */
    public record Transition(CaseAction action, Set<CaseState> from, CaseState to, Responsible responsible, String limitStep) {
    }
}
