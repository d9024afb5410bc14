package cn.jiuzhu.casework.record;

import org.eclipse.microprofile.graphql.Description;

@Description("审核确认结果")
public enum DecisionOutcome {
    APPROVED, // 确认同意
    REFUSED // 不予确认
}
