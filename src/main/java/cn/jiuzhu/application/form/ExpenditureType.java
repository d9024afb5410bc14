package cn.jiuzhu.application.form;

import org.eclipse.microprofile.graphql.Description;

@Description("刚性支出类别")
public enum ExpenditureType {
    MEDICAL, // 医疗（自付部分）
    EDUCATION, // 教育
    REHABILITATION // 残疾康复
}
