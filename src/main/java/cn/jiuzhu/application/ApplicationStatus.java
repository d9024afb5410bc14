package cn.jiuzhu.application;

import org.eclipse.microprofile.graphql.Description;

@Description("申请状态")
public enum ApplicationStatus {
    DRAFT, // 暂存
    SUBMITTED, // 已提交（成为一个救助事项）
    DISCARDED // 已放弃
}
