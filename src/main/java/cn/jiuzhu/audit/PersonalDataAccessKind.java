package cn.jiuzhu.audit;

import org.eclipse.microprofile.graphql.Description;

@Description("How full personal data was asked for; values will be added (e.g. exports), show an unknown one by its name")
public enum PersonalDataAccessKind {
    CASE_CONTACT, // 热线查看申请人完整身份证号和联系电话 (unmaskCaseContact)
    DOCUMENT // 查看申请材料原件 (GET /api/attachments/{id}/content)
}
