package cn.jiuzhu.casework.record;

import static cn.jiuzhu.casework.CaseAction.APPROVE;
import static cn.jiuzhu.casework.CaseAction.REFUSE;
import static cn.jiuzhu.casework.CaseAction.START_PUBLICITY;
import static cn.jiuzhu.casework.record.Preconditions.Requirement.HOME_VISIT_BY_TWO_STAFF;
import static cn.jiuzhu.casework.record.Preconditions.Requirement.PROPOSED_AMOUNT;
import static cn.jiuzhu.casework.record.Preconditions.Requirement.VERIFICATION_PASSED;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.casework.CaseState;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.programme.Programme;

/**
 * What must be on file before a step, as a table, and how long publicity lasts. Plain Java: the
 * service reads the records, this class decides.
 *
 * <p>Before the first review goes up on the noticeboard (初审并公示) the township must have visited
 * the household with at least two staff and the county must have verified its finances with a
 * passing result [DB][TK]. Dibao and extreme-poverty support pay a monthly amount, which is
 * published, so it must be proposed first; the low-income-margin and rigid-expenditure
 * programmes recognise a household (认定) and publish no amount.
 */
public final class Preconditions {

    /** 公示期: seven calendar days from the day the case enters publicity [DB][TK]. */
    public static final int PUBLICITY_DAYS = 7;

    private static final List<Rule> RULES = List.of(
            new Rule(START_PUBLICITY, EnumSet.of(Programme.DIBAO, Programme.TEKUN),
                    EnumSet.of(HOME_VISIT_BY_TWO_STAFF, VERIFICATION_PASSED, PROPOSED_AMOUNT)),
            new Rule(START_PUBLICITY, EnumSet.of(Programme.BIANYUAN, Programme.GANGXING),
                    EnumSet.of(HOME_VISIT_BY_TWO_STAFF, VERIFICATION_PASSED)));

    private Preconditions() {
    }

    /** Something a step needs on file, with the words staff read. */
    public enum Requirement {
        HOME_VISIT_BY_TWO_STAFF("两名以上工作人员的入户调查记录"),
        VERIFICATION_PASSED("通过的家庭经济状况核对结果"),
        PROPOSED_AMOUNT("拟保障金额"),
        COUNTY_VISIT("县级民政部门的入户核实记录");

        private final String label;

        Requirement(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What a step of a programme needs on file; empty for most steps. */
    public static Set<Requirement> requirements(Programme programme, CaseAction action) {
        Set<Requirement> needed = EnumSet.noneOf(Requirement.class);
        RULES.stream().filter(r -> r.action() == action && r.programmes().contains(programme))
                .forEach(r -> needed.addAll(r.requirements()));
        return needed;
    }

    /**
     * What a step of this case needs on file: the programme's rules, and before the county decides, its
     * own home visit when the case was drawn for the tekun spot check [TK] or is registered separately
     * because a member is a close relative of staff [DB 11].
     */
    public static Set<Requirement> requirements(AssistanceCase c, CaseAction action) {
        Set<Requirement> needed = requirements(c.programme(), action);
        if ((action == APPROVE || action == REFUSE) && countyVisitRequired(c)) {
            needed.add(Requirement.COUNTY_VISIT);
        }
        return needed;
    }

    public static boolean countyVisitRequired(AssistanceCase c) {
        return (c.programme() == Programme.TEKUN && c.spotCheckRequired()) || c.nearRelativeFlag();
    }

    /** PRECONDITION_MISSING for this case's step, naming everything missing at once. */
    public static void check(AssistanceCase c, CaseAction action, RecordsOnFile records) {
        List<Requirement> missing = requirements(c, action).stream().filter(r -> !records.meets(r)).toList();
        if (!missing.isEmpty()) {
            throw missingFor(action, missing);
        }
    }

    /** The requirements of the step that the records on file do not meet, in the table's order. */
    public static List<Requirement> missing(Programme programme, CaseAction action, RecordsOnFile records) {
        return requirements(programme, action).stream().filter(r -> !records.meets(r)).toList();
    }

    /** PRECONDITION_MISSING naming everything missing at once, so the office fixes it in one go. */
    public static void check(Programme programme, CaseAction action, RecordsOnFile records) {
        List<Requirement> missing = missing(programme, action, records);
        if (!missing.isEmpty()) {
            throw missingFor(action, missing);
        }
    }

    /** The coded refusal for a step whose records are not on file. */
    public static ApiException missingFor(CaseAction action, List<Requirement> missing) {
        return missingFor(action, missing.stream().map(Requirement::name).toList(),
                missing.stream().map(Requirement::label).collect(Collectors.joining("、")));
    }

    /** Payment cannot start without the approval it pays (only data from before decisions were kept lacks one). */
    public static ApiException noApprovalOnFile() {
        return missingFor(CaseAction.START_PAYMENT, List.of("APPROVAL_ON_FILE"), "审核确认同意的决定");
    }

    private static ApiException missingFor(CaseAction action, List<String> missing, String missingNames) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("action", action.name());
        details.put("actionName", action.label());
        details.put("missing", missing);
        details.put("missingNames", missingNames);
        return new ApiException(ErrorCode.PRECONDITION_MISSING, details);
    }

    /** The first day a case that entered publicity on {@code startedOn} may be sent for confirmation. */
    public static LocalDate publicityOverOn(LocalDate startedOn) {
        return startedOn.plusDays(PUBLICITY_DAYS);
    }

    /** Leaving publicity for confirmation waits for the full seven days; reopening the investigation on an objection need not. */
    public static void checkPublicityOver(CaseState from, CaseAction action, LocalDate startedOn, LocalDate today) {
        if (from != CaseState.PUBLICITY || action != CaseAction.SEND_FOR_CONFIRMATION) {
            return;
        }
        LocalDate overOn = publicityOverOn(startedOn);
        if (today.isBefore(overOn)) {
            throw new ApiException(ErrorCode.PUBLICITY_NOT_OVER, Map.of("publicityDays", PUBLICITY_DAYS,
                    "publicityStartedOn", startedOn.toString(), "sendableFrom", overOn.toString()));
        }
    }

    private record Rule(CaseAction action, Set<Programme> programmes, Set<Requirement> requirements) {
    }
}
