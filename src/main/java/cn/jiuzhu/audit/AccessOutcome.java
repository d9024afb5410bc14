package cn.jiuzhu.audit;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether the data was shown, or the request refused (refusalCode says with which error)")
public enum AccessOutcome {
    SHOWN, // 已显示
    REFUSED // 已拒绝
}
