package cn.jiuzhu.casework;

import static cn.jiuzhu.casework.CaseAction.*;
import static cn.jiuzhu.casework.CaseState.*;
import static cn.jiuzhu.casework.LimitStep.ACCEPTANCE;
import static cn.jiuzhu.casework.LimitStep.COUNTY_DECISION;
import static cn.jiuzhu.casework.LimitStep.FIRST_AID;
import static cn.jiuzhu.casework.LimitStep.INVESTIGATION_START;
import static cn.jiuzhu.casework.LimitStep.REFERRAL;
import static cn.jiuzhu.casework.LimitStep.REFUSAL_REASONS;
import static cn.jiuzhu.casework.LimitStep.TOWNSHIP_REVIEW;
import static cn.jiuzhu.casework.LimitStep.VERIFICATION_START;
import static cn.jiuzhu.casework.Responsible.COUNTY;
import static cn.jiuzhu.casework.Responsible.DEPARTMENT;
import static cn.jiuzhu.casework.Responsible.HOUSEHOLD;
import static cn.jiuzhu.casework.Responsible.TOWNSHIP;
import static cn.jiuzhu.casework.record.LeavesOnFile.APPROVAL;
import static cn.jiuzhu.casework.record.LeavesOnFile.REVIEW_DECISION;
import static cn.jiuzhu.casework.record.LeavesOnFile.REVIEW_OBJECTION;
import static cn.jiuzhu.casework.record.LeavesOnFile.REVIEW_REVOKED;
import static cn.jiuzhu.casework.record.LeavesOnFile.REVIEW_UPHELD;
import static cn.jiuzhu.casework.record.LeavesOnFile.PAYMENT_SCHEDULE;
import static cn.jiuzhu.casework.record.LeavesOnFile.PUBLISHED_AMOUNT;
import static cn.jiuzhu.casework.record.LeavesOnFile.REFUSAL;
import static cn.jiuzhu.casework.record.LeavesOnFile.REFUSAL_REVOKED;
import static cn.jiuzhu.casework.record.Requirement.APPRAISAL_RECORD;
import static cn.jiuzhu.casework.record.Requirement.COUNTY_VISIT;
import static cn.jiuzhu.casework.record.Requirement.HOME_VISIT_BY_TWO_STAFF;
import static cn.jiuzhu.casework.record.Requirement.NO_UNRESOLVED_OBJECTION;
import static cn.jiuzhu.casework.record.Requirement.PROPOSED_AMOUNT;
import static cn.jiuzhu.casework.record.Requirement.REVIEW_CONTINUING;
import static cn.jiuzhu.casework.record.Requirement.REVIEW_DECIDED;
import static cn.jiuzhu.casework.record.Requirement.REVIEW_NOT_STOPPING;
import static cn.jiuzhu.casework.record.Requirement.REVIEW_STOPPING;
import static cn.jiuzhu.casework.record.Requirement.SELF_CARE_ASSESSMENT;
import static cn.jiuzhu.casework.record.Requirement.SERVICES_ARRANGED;
import static cn.jiuzhu.casework.record.Requirement.VERIFICATION_PASSED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import cn.jiuzhu.casework.record.LeavesOnFile;
import cn.jiuzhu.casework.record.Requirement;
import cn.jiuzhu.identity.Role;
import cn.jiuzhu.programme.Programme;
import cn.jiuzhu.workflow.Step;
import cn.jiuzhu.workflow.StepTable;

/**
 * The procedures as tables. Each row is one step: the action, the states it moves a case from and the state it
 * leads to, who is responsible for it, and then what else the step says: the legal time limit (a catalogue step)
 * it starts in the state it leads to, whether it needs a reason, the records it needs on file, what it leaves on
 * file, whether the county may delegate it, whether it draws the spot check. Read each table top to bottom as the
 * procedure of domain.md §4; services look steps up here and nowhere else.
 */
public final class Procedure {

    /** Before a decision a household may withdraw [DB]. */
    static final Set<CaseState> WITHDRAWABLE = EnumSet.of(SUBMITTED, RETURNED_FOR_DOCUMENTS, ACCEPTED, INVESTIGATING,
            VERIFICATION_FAILED, VERIFICATION_OBJECTED, PUBLICITY, CONFIRMATION);

    /** While the office still works on the file, documents can be added (补充材料). */
    static final Set<CaseState> ACCEPTS_DOCUMENTS = EnumSet.of(SUBMITTED, RETURNED_FOR_DOCUMENTS, ACCEPTED,
            INVESTIGATING, VERIFICATION_FAILED, VERIFICATION_OBJECTED, PUBLICITY, CONFIRMATION, REFUSAL_OBJECTED,
            FIRST_AID_GRANTED);

    /** What a household may object to; an objection out of place is refused as one to the verification, listed first. */
    private static final List<CaseAction> OBJECTIONS = List.of(OBJECT_TO_VERIFICATION, OBJECT_TO_REFUSAL, OBJECT_TO_REVIEW);

    /** What every household may do, whatever the programme; supplied documents restart the limit on receipt. */
    private static List<Transition> householdActions(LimitStep onReceipt) {
        return List.of(
                row(SUPPLEMENT_DOCUMENTS, from(RETURNED_FOR_DOCUMENTS), SUBMITTED, HOUSEHOLD).starts(onReceipt),
                row(WITHDRAW, WITHDRAWABLE, WITHDRAWN, HOUSEHOLD),
                row(OBJECT_TO_VERIFICATION, from(VERIFICATION_FAILED), VERIFICATION_OBJECTED, HOUSEHOLD).starts(INVESTIGATION_START),
                row(OBJECT_TO_REFUSAL, from(REFUSED), REFUSAL_OBJECTED, HOUSEHOLD),
                row(OBJECT_TO_REVIEW, from(IN_PAYMENT, TERMINATED), REVIEW_OBJECTED, HOUSEHOLD).needs(REVIEW_DECIDED)
                        .leaves(REVIEW_OBJECTION));
    }

    /** Acceptance at the one door (一门受理), common to the township-handled programmes; a transfer starts it again. */
    private static List<Transition> oneDoor(LimitStep onReceipt) {
        return List.of(
                row(ACCEPT, from(SUBMITTED), ACCEPTED, TOWNSHIP).starts(INVESTIGATION_START),
                row(RETURN_FOR_DOCUMENTS, from(SUBMITTED), RETURNED_FOR_DOCUMENTS, TOWNSHIP).withReason(),
                row(TRANSFER, from(SUBMITTED, RETURNED_FOR_DOCUMENTS, ACCEPTED), SUBMITTED, TOWNSHIP).starts(onReceipt));
    }

    /**
     * 最低生活保障 [DB]: investigation and verification, first review and publicity in the village,
     * confirmation by the county (or the township by delegation), payment from the next month.
     */
    public static final Procedure DIBAO = new Procedure("DIBAO", ACCEPTANCE, join(oneDoor(ACCEPTANCE), List.of(
            row(START_INVESTIGATION, from(ACCEPTED, VERIFICATION_OBJECTED), INVESTIGATING, TOWNSHIP).starts(VERIFICATION_START),
            row(FAIL_VERIFICATION, from(INVESTIGATING), VERIFICATION_FAILED, COUNTY).withReason(),
            row(START_PUBLICITY, from(INVESTIGATING), PUBLICITY, TOWNSHIP).starts(LimitStep.PUBLICITY)
                    .needs(HOME_VISIT_BY_TWO_STAFF, VERIFICATION_PASSED).leaves(PUBLISHED_AMOUNT),
            // An objection during publicity is answered by re-investigating or by a democratic appraisal (民主评议, also
            // held when the township judges the facts unclear); either way the township reviews the case again and a
            // new publicity follows. Whatever step ends a publicity answers its open objections (StepRecords).
            row(REOPEN_INVESTIGATION, from(PUBLICITY), INVESTIGATING, TOWNSHIP).starts(VERIFICATION_START).withReason(),
            row(HOLD_APPRAISAL, from(PUBLICITY, INVESTIGATING), INVESTIGATING, TOWNSHIP).withReason().needs(APPRAISAL_RECORD),
            row(SEND_FOR_CONFIRMATION, from(PUBLICITY), CONFIRMATION, TOWNSHIP).starts(LimitStep.CONFIRMATION)
                    .needs(NO_UNRESOLVED_OBJECTION),
            row(APPROVE, from(CONFIRMATION), APPROVED, COUNTY).needs(COUNTY_VISIT).leaves(APPROVAL).delegable(),
            row(REFUSE, from(CONFIRMATION), REFUSED, COUNTY).starts(REFUSAL_REASONS).withReason().needs(COUNTY_VISIT)
                    .leaves(REFUSAL).delegable(),
            row(UPHOLD_REFUSAL, from(REFUSAL_OBJECTED), REFUSED, COUNTY).withReason().leaves(REFUSAL),
            row(REVERSE_REFUSAL, from(REFUSAL_OBJECTED), CONFIRMATION, COUNTY).starts(LimitStep.CONFIRMATION).withReason()
                    .leaves(REFUSAL_REVOKED),
            row(START_PAYMENT, from(APPROVED), IN_PAYMENT, COUNTY).leaves(PAYMENT_SCHEDULE),
            // 定期核查: the township records the review (work, not a step); the county decides it, or stops payment.
            row(REVIEW, from(IN_PAYMENT), IN_PAYMENT, COUNTY).needs(REVIEW_CONTINUING).leaves(REVIEW_DECISION).delegable(),
            row(STOP_PAYMENT, from(IN_PAYMENT), TERMINATED, COUNTY).withReason().needs(REVIEW_STOPPING).leaves(REVIEW_DECISION)
                    .delegable(),
            row(UPHOLD_REVIEW, from(REVIEW_OBJECTED), IN_PAYMENT, COUNTY).withReason().needs(REVIEW_NOT_STOPPING).leaves(REVIEW_UPHELD),
            row(REVERSE_REVIEW, from(REVIEW_OBJECTED), IN_PAYMENT, COUNTY).withReason().leaves(REVIEW_REVOKED),
            row(TERMINATE, from(ACCEPTED, INVESTIGATING, PUBLICITY, CONFIRMATION, IN_PAYMENT, REVIEW_OBJECTED), TERMINATED, COUNTY)
                    .withReason().leaves(REVIEW_UPHELD)))).arrangesServicesIn(APPROVED, IN_PAYMENT);

    /**
     * 特困人员 [TK]: as dibao, with the township's 15-day review and the county's 15-day decision; the county
     * spot-checks at least 30% of what it decides, drawn when the file is sent. Every member's self-care assessment
     * is on file before the notice goes up and again when the county approves, since the care support it decides
     * is computed from them [TK 20–22].
     */
    public static final Procedure TEKUN = DIBAO.followedBy("TEKUN")
            .with(START_PUBLICITY, t -> t.needs(HOME_VISIT_BY_TWO_STAFF, VERIFICATION_PASSED, SELF_CARE_ASSESSMENT))
            .with(START_INVESTIGATION, t -> t.starts(TOWNSHIP_REVIEW)).with(REOPEN_INVESTIGATION, t -> t.starts(TOWNSHIP_REVIEW))
            .with(SEND_FOR_CONFIRMATION, t -> t.starts(COUNTY_DECISION).drawsSpotCheck())
            .with(APPROVE, t -> t.needs(COUNTY_VISIT, SELF_CARE_ASSESSMENT))
            .with(REVERSE_REFUSAL, t -> t.starts(COUNTY_DECISION)).arrangesServicesIn(APPROVED, IN_PAYMENT);

    /** 刚性支出困难家庭 [GX]: as dibao, decided by the county within 30 working days; a recognition publishes no amount. */
    public static final Procedure GANGXING = DIBAO.followedBy("GANGXING")
            .with(START_PUBLICITY, t -> t.leaves(LeavesOnFile.NOTHING))
            .with(SEND_FOR_CONFIRMATION, t -> t.starts(COUNTY_DECISION)).with(REVERSE_REFUSAL, t -> t.starts(COUNTY_DECISION));

    /** 低保边缘家庭: dibao's procedure; a recognition publishes no amount. */
    public static final Procedure BIANYUAN = DIBAO.followedBy("BIANYUAN")
            .with(START_PUBLICITY, t -> t.leaves(LeavesOnFile.NOTHING));

    /**
     * 急难型临时救助 [LS]: help first (先行救助) by the township from its reserve, paperwork after; no
     * verification, appraisal or publicity. Above the township's limit the county decides.
     */
    public static final Procedure LINSHI_URGENT = new Procedure("LINSHI_URGENT", FIRST_AID, join(oneDoor(FIRST_AID), List.of(
            row(GRANT_FIRST_AID, from(SUBMITTED, ACCEPTED), FIRST_AID_GRANTED, TOWNSHIP),
            row(COMPLETE_FILE, from(FIRST_AID_GRANTED), CLOSED, TOWNSHIP),
            row(SEND_FOR_CONFIRMATION, from(ACCEPTED, FIRST_AID_GRANTED), CONFIRMATION, TOWNSHIP).starts(FIRST_AID),
            row(APPROVE, from(CONFIRMATION), APPROVED, COUNTY).needs(COUNTY_VISIT).leaves(APPROVAL),
            row(REFUSE, from(CONFIRMATION), REFUSED, COUNTY).withReason().needs(COUNTY_VISIT).leaves(REFUSAL),
            row(UPHOLD_REFUSAL, from(REFUSAL_OBJECTED), REFUSED, COUNTY).withReason().leaves(REFUSAL),
            row(REVERSE_REFUSAL, from(REFUSAL_OBJECTED), CONFIRMATION, COUNTY).withReason().leaves(REFUSAL_REVOKED),
            row(CLOSE, from(APPROVED), CLOSED, TOWNSHIP))));

    /** 支出型临时救助 [LS]: investigated, decided once by the county, paid in stages (一次审批、分阶段救助). */
    public static final Procedure LINSHI_EXPENSE = new Procedure("LINSHI_EXPENSE", ACCEPTANCE, join(oneDoor(ACCEPTANCE), List.of(
            row(START_INVESTIGATION, from(ACCEPTED), INVESTIGATING, TOWNSHIP),
            row(SEND_FOR_CONFIRMATION, from(INVESTIGATING), CONFIRMATION, TOWNSHIP).starts(COUNTY_DECISION),
            row(APPROVE, from(CONFIRMATION), APPROVED, COUNTY).needs(COUNTY_VISIT).leaves(APPROVAL),
            row(REFUSE, from(CONFIRMATION), REFUSED, COUNTY).withReason().needs(COUNTY_VISIT).leaves(REFUSAL),
            row(UPHOLD_REFUSAL, from(REFUSAL_OBJECTED), REFUSED, COUNTY).withReason().leaves(REFUSAL),
            row(REVERSE_REFUSAL, from(REFUSAL_OBJECTED), CONFIRMATION, COUNTY).starts(COUNTY_DECISION).withReason()
                    .leaves(REFUSAL_REVOKED),
            row(START_PAYMENT, from(APPROVED), IN_PAYMENT, COUNTY).leaves(PAYMENT_SCHEDULE),
            row(PAY_STAGE, from(IN_PAYMENT), IN_PAYMENT, COUNTY),
            row(CLOSE, from(IN_PAYMENT), CLOSED, COUNTY))));

    /**
     * 服务类社会救助: the township assesses the need and arranges services from its county's list while it investigates;
     * its approval is the decision to provide them, so at least one must be arranged. More may be arranged once approved.
     */
    public static final Procedure SERVICE = new Procedure("SERVICE", ACCEPTANCE, join(oneDoor(ACCEPTANCE), List.of(
            row(START_INVESTIGATION, from(ACCEPTED), INVESTIGATING, TOWNSHIP),
            row(APPROVE, from(INVESTIGATING), APPROVED, TOWNSHIP).needs(COUNTY_VISIT, SERVICES_ARRANGED).leaves(APPROVAL),
            row(REFUSE, from(INVESTIGATING), REFUSED, TOWNSHIP).withReason().needs(COUNTY_VISIT).leaves(REFUSAL),
            row(UPHOLD_REFUSAL, from(REFUSAL_OBJECTED), REFUSED, TOWNSHIP).withReason().leaves(REFUSAL),
            row(REVERSE_REFUSAL, from(REFUSAL_OBJECTED), INVESTIGATING, TOWNSHIP).withReason().leaves(REFUSAL_REVOKED),
            row(CLOSE, from(APPROVED), CLOSED, TOWNSHIP)))).arrangesServicesIn(INVESTIGATING, APPROVED);

    /** 专项救助: handled by the county department that runs it. */
    public static final Procedure SPECIAL = new Procedure("SPECIAL", REFERRAL, List.of(
            row(ACCEPT, from(SUBMITTED), ACCEPTED, DEPARTMENT).starts(REFERRAL),
            row(RETURN_FOR_DOCUMENTS, from(SUBMITTED), RETURNED_FOR_DOCUMENTS, DEPARTMENT).withReason(),
            row(APPROVE, from(ACCEPTED), APPROVED, DEPARTMENT).needs(COUNTY_VISIT).leaves(APPROVAL),
            row(REFUSE, from(ACCEPTED), REFUSED, DEPARTMENT).withReason().needs(COUNTY_VISIT).leaves(REFUSAL),
            row(UPHOLD_REFUSAL, from(REFUSAL_OBJECTED), REFUSED, DEPARTMENT).withReason().leaves(REFUSAL),
            row(REVERSE_REFUSAL, from(REFUSAL_OBJECTED), ACCEPTED, DEPARTMENT).withReason().leaves(REFUSAL_REVOKED),
            row(CLOSE, from(APPROVED), CLOSED, DEPARTMENT)));

    private final String name;
    private final LimitStep onReceipt;
    private final StepTable<CaseAction, CaseState, Transition> table;
    private final Set<CaseState> servicesArrangedIn;

    /** {@code onReceipt}: the limit that runs while the case waits to be accepted, from submission or a new start. */
    private Procedure(String name, LimitStep onReceipt, List<Transition> staffTransitions) {
        this(name, onReceipt, staffTransitions, EnumSet.noneOf(CaseState.class));
    }

    private Procedure(String name, LimitStep onReceipt, List<Transition> staffTransitions, Set<CaseState> servicesArrangedIn) {
        this.name = name;
        this.onReceipt = onReceipt;
        this.table = StepTable.of(join(householdActions(onReceipt), staffTransitions));
        this.servicesArrangedIn = Collections.unmodifiableSet(servicesArrangedIn.isEmpty() ? EnumSet.noneOf(CaseState.class)
                : EnumSet.copyOf(servicesArrangedIn));
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

    /** Every procedure, once. */
    public static List<Procedure> all() {
        return Arrays.stream(Programme.values()).map(Procedure::of).distinct().toList();
    }

    public String name() {
        return name;
    }

    public StepTable<CaseAction, CaseState, Transition> table() {
        return table;
    }

    public List<Transition> transitions() {
        return table.rows();
    }

    public Optional<Transition> transition(CaseAction action, CaseState from) {
        return table.find(action, from);
    }

    /** The actions open to the responsible party in a state: what a worklist offers as buttons. */
    public List<Transition> available(CaseState from, Responsible who) {
        return table.from(from).stream().filter(t -> t.responsible() == who).toList();
    }

    /**
     * The time limit that runs while a case is in {@code state}, if any: the one the steps into it start. A case
     * waiting to be accepted runs the procedure's limit on receipt, which every step into SUBMITTED starts.
     */
    public Optional<LimitStep> limitStepIn(CaseState state) {
        return transitions().stream().filter(t -> t.to() == state && t.limit() != null).map(Transition::limit).findFirst();
    }

    public boolean householdMay(CaseAction action, CaseState state) {
        return transition(action, state).map(t -> t.responsible() == HOUSEHOLD).orElse(false);
    }

    /** The objection a household makes in a state: the one it may make there, or the one it already made. */
    public CaseAction objectionIn(CaseState state) {
        return OBJECTIONS.stream().filter(o -> transition(o, state).isPresent() || leadsTo(o, state)).findFirst()
                .orElse(OBJECTIONS.get(0));
    }

    /** Whether an action that ends in {@code state} was already taken (a retried request). */
    public boolean leadsTo(CaseAction action, CaseState state) {
        return table.leadsTo(action, state);
    }

    /** Whether the programme publishes an amount the rules compute, so the township proposes none (拟保障金额按规则计算). */
    public boolean publishesComputedAmount() {
        return table.rowsOf(START_PUBLICITY).stream().anyMatch(t -> t.leaves() == PUBLISHED_AMOUNT);
    }

    /** Whether some step of this procedure needs the requirement on file: what an office may record for it. */
    public boolean asks(Requirement requirement) {
        return transitions().stream().anyMatch(t -> t.needs().contains(requirement));
    }

    public static boolean acceptsDocuments(CaseState state) {
        return ACCEPTS_DOCUMENTS.contains(state);
    }

    /**
     * The states in which the township handling a case arranges services from its county's list (服务类社会救助): a service
     * case while it is investigated and once approved; a dibao or tekun case once approved, beside its money (物质+服务).
     * Empty for programmes that arrange none.
     */
    public Set<CaseState> servicesArrangedIn() {
        return servicesArrangedIn;
    }

    /** Whether cases of this procedure have services arranged at all. */
    public boolean arrangesServices() {
        return !servicesArrangedIn.isEmpty();
    }

    /** A programme that follows this procedure's steps: without its delegation, which the law gives dibao alone [DB]. */
    private Procedure followedBy(String newName) {
        return new Procedure(newName, onReceipt, staffTransitions().stream().map(Transition::undelegated).toList());
    }

    /** The same procedure with one step's row changed, e.g. to start another programme's time limit. */
    private Procedure with(CaseAction action, UnaryOperator<Transition> change) {
        return new Procedure(name, onReceipt, staffTransitions().stream().map(t -> t.action() == action ? change.apply(t) : t).toList(),
                servicesArrangedIn);
    }

    /** The same procedure, arranging services in these states; a programme that follows it arranges none unless it says so. */
    private Procedure arrangesServicesIn(CaseState first, CaseState... rest) {
        return new Procedure(name, onReceipt, staffTransitions(), EnumSet.of(first, rest));
    }

    private List<Transition> staffTransitions() {
        return transitions().stream().filter(t -> t.responsible() != HOUSEHOLD).toList();
    }

    private static Transition row(CaseAction action, Set<CaseState> from, CaseState to, Responsible responsible) {
        return new Transition(action, from, to, responsible, null, false, EnumSet.noneOf(Requirement.class), LeavesOnFile.NOTHING,
                false, false);
    }

    private static Set<CaseState> from(CaseState first, CaseState... rest) {
        return EnumSet.of(first, rest);
    }

    private static List<Transition> join(List<Transition> a, List<Transition> b) {
        List<Transition> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /**
     * One row of a table.
     *
     * @param limit the catalogue time limit that starts in {@code to}; null when none does
     * @param reasonRequired the person taking the step must say why (the household reads it)
     * @param needs what must be on file before the step (a county visit only of the cases that require one)
     * @param leaves what the step leaves on file in its transaction
     * @param delegation the county may delegate the step to the township handling the case (委托审核确认)
     * @param spotCheck taking the step draws whether the county must visit the household before deciding
     */
    public record Transition(CaseAction action, Set<CaseState> from, CaseState to, Responsible responsible, LimitStep limit,
            boolean reasonRequired, Set<Requirement> needs, LeavesOnFile leaves, boolean delegation, boolean spotCheck)
            implements Step<CaseAction, CaseState> {

        public Transition {
            from = Set.copyOf(from);
            needs = Collections.unmodifiableSet(needs.isEmpty() ? EnumSet.noneOf(Requirement.class) : EnumSet.copyOf(needs));
        }

        @Override
        public CaseAction key() {
            return action;
        }

        @Override
        public boolean allowedFrom(CaseState state) {
            return from.contains(state);
        }

        @Override
        public Role role() {
            return responsible.role();
        }

        /** Whether someone of {@code role} takes the step by the county's delegation rather than as its own. */
        public boolean byDelegation(Role role) {
            return delegation && role == TOWNSHIP.role() && role != responsible.role();
        }

        /** The party someone of {@code role} acts as when taking the step. */
        public Responsible partyOf(Role role) {
            return byDelegation(role) ? TOWNSHIP : responsible;
        }

        Transition starts(LimitStep step) {
            return new Transition(action, from, to, responsible, step, reasonRequired, needs, leaves, delegation, spotCheck);
        }

        Transition withReason() {
            return new Transition(action, from, to, responsible, limit, true, needs, leaves, delegation, spotCheck);
        }

        Transition needs(Requirement first, Requirement... rest) {
            return new Transition(action, from, to, responsible, limit, reasonRequired, EnumSet.of(first, rest), leaves, delegation,
                    spotCheck);
        }

        Transition leaves(LeavesOnFile kept) {
            return new Transition(action, from, to, responsible, limit, reasonRequired, needs, kept, delegation, spotCheck);
        }

        Transition delegable() {
            return new Transition(action, from, to, responsible, limit, reasonRequired, needs, leaves, true, spotCheck);
        }

        Transition undelegated() {
            return new Transition(action, from, to, responsible, limit, reasonRequired, needs, leaves, false, spotCheck);
        }

        Transition drawsSpotCheck() {
            return new Transition(action, from, to, responsible, limit, reasonRequired, needs, leaves, delegation, true);
        }
    }
}
