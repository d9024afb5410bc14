package cn.jiuzhu.benefit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.standard.StandardVersion;

/** What the rules give today for a household's declared figures: not a decision. */
@Description("按申报信息和今天适用的标准测算的金额，仅供参考，以审核确认为准")
public record BenefitEstimate(
        @NonNull @Description("Yuan per month for the whole household; \"0.00\" when income reaches the standard") String monthlyAmount,
        @NonNull StandardVersion standard,
        @NonNull List<@NonNull BenefitStep> trace) {
}
