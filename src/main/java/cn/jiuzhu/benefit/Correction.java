package cn.jiuzhu.benefit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** One figure found different from the one declared, with where the finding came from. */
@Description("核实更正: one figure the office found different from what was declared (申报 → 核实), and its source")
public record Correction(
        @NonNull @Description("The figure, in Chinese, e.g. 工资性收入（王建国）") String figure,
        @NonNull @Description("As declared, e.g. \"800.00\"; 无 where nothing was declared") String declared,
        @NonNull @Description("As found, e.g. \"1200.00\"; 无 where the office found none") String verified,
        @NonNull FindingSource source,
        @NonNull @Description("The source in Chinese, e.g. 家庭经济状况核对") String sourceLabel,
        @Description("What the correction rests on, as staff wrote it, e.g. 社保缴费记录显示月工资1200元") String evidence,
        @Ignore String key) {
}
