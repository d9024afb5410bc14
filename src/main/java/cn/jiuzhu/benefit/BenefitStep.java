package cn.jiuzhu.benefit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One step of a trace as the API shows it. */
@Description("计算过程的一步：适用的规则、用到的数字和得出的结果，用中文说明")
public record BenefitStep(
        @NonNull @Description("Stable rule key, e.g. dibao.gap, income.excluded, standard.applied") String rule,
        @NonNull @Description("What happened, in Chinese, for the resident and the hotline") String description,
        @NonNull @Description("The figures the rule used, as shown") List<@NonNull NamedValue> inputs,
        @NonNull @Description("The step's result as shown, e.g. \"1407.00\" or 是") String result) {

    @Description("A named figure used by a rule")
    public record NamedValue(@NonNull String name, @NonNull String value) {
    }

    public static List<BenefitStep> of(Trace trace) {
        return trace.steps().stream().map(s -> new BenefitStep(s.rule(), s.description(),
                s.inputs().entrySet().stream().map(e -> new NamedValue(e.getKey(), e.getValue())).toList(), s.result())).toList();
    }
}
