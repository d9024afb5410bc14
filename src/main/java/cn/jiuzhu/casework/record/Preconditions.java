package cn.jiuzhu.casework.record;

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
import cn.jiuzhu.casework.Procedure;
import cn.jiuzhu.casework.Procedure.Transition;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.programme.Programme;

/**
 * Whether what a step needs on file (its row's {@link Transition#needs()}) is there, and how long
 * publicity lasts. Plain Java: the service reads the records, this class decides.
 *
 * <p>Before the first review goes up on the noticeboard (初审并公示) the township must have visited
 * the household with at least two staff and the county must have verified its finances with a
 * passing result [DB][TK]. Dibao and extreme-poverty support pay a monthly amount, which is
 * published, so it must be proposed first; the low-income-margin and rigid-expenditure
 * programmes recognise a household (认定) and publish no amount. Extreme-poverty support also needs every
 * member's self-care assessment, before publicity and at approval, since the care support is computed from
 * it [TK 20–22]. Before the county decides, it
 * visits the household itself when the case was drawn for the tekun spot check [TK] or is registered
 * separately because a member is a close relative of staff [DB 11].
 */
public final class Preconditions {

    /** 公示期: seven calendar days from the day the case enters publicity [DB][TK]. */
    public static final int PUBLICITY_DAYS = 7;

    private Preconditions() {
    }

    /** What a step of a programme needs on file of every case; empty for most steps. */
    public static Set<Requirement> requirements(Programme programme, CaseAction action) {
        Set<Requirement> needed = EnumSet.noneOf(Requirement.class);
        Procedure.of(programme).table().rowsOf(action)
                .forEach(t -> t.needs().stream().filter(Requirement::ofEveryCase).forEach(needed::add));
        return needed;
    }

    /** What this step of this case needs on file. */
    public static Set<Requirement> requirements(AssistanceCase c, Transition step) {
        Set<Requirement> needed = EnumSet.noneOf(Requirement.class);
        step.needs().stream().filter(r -> r.askedOf(c)).forEach(needed::add);
        return needed;
    }

    /** PRECONDITION_MISSING for this case's step, naming everything missing at once. */
    public static void check(AssistanceCase c, Transition step, RecordsOnFile records) {
        List<Requirement> missing = requirements(c, step).stream().filter(r -> !records.meets(r)).toList();
        if (!missing.isEmpty()) {
            throw missingFor(step.action(), missing);
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
}
