package cn.jiuzhu.benefit.assessment;

import org.eclipse.microprofile.graphql.Description;

@Description("测算结论")
public enum SelfAssessmentOutcome {
    MAY_QUALIFY, // 可能符合条件，建议申请
    UNLIKELY // 按填写的信息不太符合条件
}
