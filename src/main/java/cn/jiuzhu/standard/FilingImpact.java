package cn.jiuzhu.standard;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What a proposed standard would do to today's cases, computed when it is filed: the households in payment of
 * the county and area, each computed by the rules with the standard it is paid by now and with the new one.
 */
@Description("新标准对现有保障对象的影响：现在和按新标准覆盖的户数、人数与每月资金总额")
public record FilingImpact(
        @NonNull @Description("Households in payment assessed (approved or in payment, this county and area)") int casesAssessed,
        @NonNull @Description("现在保障的户数 (amount above 0 this month)") int householdsCoveredNow,
        @NonNull @Description("现在保障的人数") int peopleCoveredNow,
        @NonNull @Description("现在每月资金总额, yuan") String monthlyTotalNow,
        @NonNull @Description("按新标准保障的户数") int householdsCoveredNew,
        @NonNull @Description("按新标准保障的人数") int peopleCoveredNew,
        @NonNull @Description("按新标准每月资金总额, yuan") String monthlyTotalNew,
        @NonNull @Description("Covered now but not under the new standard") int householdsNoLongerCovered,
        @Description("The dibao standard the area has now (yuan per person per month); null where none is set") String standardNow,
        @NonNull @Description("The proposed dibao standard") String standardNew,
        @NonNull @Description("提标减人: the standard goes up while fewer households are covered") boolean reducesCoverage,
        @NonNull @Description("The impact in one Chinese sentence, for the filing and the province's review") String summary) {
}
