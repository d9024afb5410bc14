package cn.jiuzhu.programme;

import org.eclipse.microprofile.graphql.Description;

/** A kind of document a resident uploads. Its Chinese name is in the catalogue ({@code typeName}). */
@Description("材料类别: a kind of document a resident uploads; `typeName` gives its Chinese name")
public enum DocumentType {
    ID_CARD, // 身份证
    HUKOU_BOOKLET, // 户口簿
    INCOME_PROOF, // 收入证明
    PROPERTY_PROOF, // 财产证明
    DISABILITY_CERTIFICATE, // 残疾证
    MEDICAL_RECORDS, // 病历/诊断证明
    MEDICAL_BILLS, // 医疗费用票据
    EDUCATION_PROOF, // 学籍或学费证明
    UNEMPLOYMENT_PROOF, // 失业登记证明
    EMERGENCY_PROOF, // 火灾、事故等突发事件证明
    RESIDENCE_PERMIT, // 居住证
    AGENT_AUTHORISATION, // 委托书
    OTHER // 其他材料
}
