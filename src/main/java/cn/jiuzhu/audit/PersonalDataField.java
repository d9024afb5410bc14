package cn.jiuzhu.audit;

import org.eclipse.microprofile.graphql.Description;

@Description("A piece of personal data shown in full")
public enum PersonalDataField {
    ID_NUMBER, // 身份证号码
    MOBILE_NUMBER // 联系电话
}
