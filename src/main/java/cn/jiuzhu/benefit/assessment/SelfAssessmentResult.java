package cn.jiuzhu.benefit.assessment;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.benefit.BenefitStep;
import cn.jiuzhu.programme.Programme;

@Description("一个救助项目的测算结果")
public record SelfAssessmentResult(
        @NonNull Programme programme,
        @NonNull @Description("e.g. 最低生活保障") String programmeName,
        @NonNull SelfAssessmentOutcome outcome,
        @Description("Estimated yuan per month for the household (dibao, extreme-poverty support); null where not monthly") String estimatedMonthlyAmount,
        @Description("Temporary aid: the most that may be given once, yuan") String maxOneOffAmount,
        @NonNull @Description("Why, in Chinese, one sentence per rule applied") List<@NonNull String> reasons,
        @NonNull @Description("The same steps with their figures") List<@NonNull BenefitStep> trace) {
}
