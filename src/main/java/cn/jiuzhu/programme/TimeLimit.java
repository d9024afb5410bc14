package cn.jiuzhu.programme;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A legal time limit of one step of a programme's procedure. {@code days} is null where no national
 * rule sets one (special assistance, service-type aid): inventing a number there would promise the
 * resident something the law does not, so {@code note} says whose rules apply instead.
 */
@Description("法定时限: how long one step of the procedure may take")
public record TimeLimit(
        @NonNull @Description("Stable step name, e.g. ACCEPTANCE, INVESTIGATION_START, PUBLICITY, CONFIRMATION, WHOLE_PROCEDURE, REFERRAL") String step,
        @NonNull @Description("The step in Chinese, as shown to the resident") String label,
        @Description("Days allowed; null when no national rule sets a limit (then `note` says whose rules apply)") Integer days,
        @Description("How `days` and `maxDays` are counted; null when `days` is null") DayKind dayKind,
        @Description("Longest extension allowed in special cases, e.g. 45 working days for the whole dibao procedure; null when none") Integer maxDays,
        @Description("Where the limit comes from, e.g. 《最低生活保障审核确认办法》（民发〔2021〕57号）; null when it is local practice (see `note`)") String legalReference,
        @Description("Chinese explanation, e.g. that local rules apply; null when there is nothing to add") String note) {
}
