package cn.jiuzhu.benefit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A case's amounts over time: the one paid this month and each period since the decision. */
@Description("救助金：本月金额和历次金额（每次都附有计算依据）")
public record CaseBenefit(
        @Description("Paid for the current month (China time); null before the first payment month") String currentMonthlyAmount,
        @NonNull @Description("Oldest first; each applies from its month until the next one's") List<@NonNull BenefitPeriod> periods) {
}
