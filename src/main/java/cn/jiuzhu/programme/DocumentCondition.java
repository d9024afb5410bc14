package cn.jiuzhu.programme;

import org.eclipse.microprofile.graphql.Description;

/** When a document is required, in terms of facts the application form already collects ({@link HouseholdFacts}). */
@Description("When a document is required. OPTIONAL documents may be added but are never required.")
public enum DocumentCondition {
    ALWAYS, // 必须提供
    ANY_MEMBER_DISABLED, // 家庭成员中有残疾人
    ANY_MEMBER_SERIOUSLY_ILL, // 家庭成员中有重病患者
    HAS_MEDICAL_EXPENDITURE, // 有医疗支出
    HAS_EDUCATION_EXPENDITURE, // 有教育支出
    HAS_REHABILITATION_EXPENDITURE, // 有残疾康复支出
    ANY_MEMBER_STUDENT, // 家庭成员中有在校学生
    ANY_MEMBER_UNEMPLOYED, // 家庭成员中有失业人员
    VIA_AGENT, // 委托他人代为申请
    AT_USUAL_RESIDENCE, // 在经常居住地（非户籍地）申请
    OPTIONAL // 可选
}
