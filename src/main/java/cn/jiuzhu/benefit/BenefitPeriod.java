package cn.jiuzhu.benefit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.standard.StandardVersion;

/** What a case is paid each month from a month on, with the standard version used and how it was reached. */
@Description("从某月起每月发放的金额，以及所用的标准版本和计算过程")
public record BenefitPeriod(
        @NonNull @Description("First month it is paid for, e.g. \"2026-12\"") String fromMonth,
        @NonNull @Description("Yuan per month for the whole household") String monthlyAmount,
        @NonNull @Description("DECISION: set by the approval; STANDARD_CHANGE: recomputed when a new standard took effect; REVIEW: set by a periodic review (0.00 after a stop)") Reason reason,
        @NonNull @Description("The standard version the amount was computed with") StandardVersion standard,
        @NonNull @Description("How the amount was reached, step by step") List<@NonNull BenefitStep> trace) {

    @Name("BenefitPeriodReason")
    @Description("为什么从这个月起是这个金额")
    public enum Reason {
        DECISION, // 审核确认
        STANDARD_CHANGE, // 标准调整后重新计算
        REVIEW // 定期核查后调整
    }
}
