package cn.jiuzhu.programme;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A document a programme asks for, and when")
public record DocumentRequirement(
        @NonNull DocumentType type,
        @NonNull @Description("Chinese name of the document type, e.g. 身份证") String typeName,
        @NonNull DocumentCondition condition,
        @NonNull @Description("What exactly to provide, in Chinese, e.g. 申请人和全体共同生活家庭成员的身份证") String note) {
}
