package cn.jiuzhu.office;

import org.eclipse.microprofile.graphql.Description;

@Description("Department running a special-assistance programme (专项救助)")
public enum Department {
    EDUCATION, // 教育
    HOUSING, // 住房和城乡建设
    MEDICAL_INSURANCE, // 医疗保障
    HUMAN_RESOURCES, // 人力资源和社会保障
    HEALTH, // 卫生健康
    DISABLED_PERSONS_FEDERATION, // 残疾人联合会
    TRADE_UNION, // 工会
    CHARITY // 慈善组织
}
