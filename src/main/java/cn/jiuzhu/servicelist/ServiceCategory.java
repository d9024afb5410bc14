package cn.jiuzhu.servicelist;

import org.eclipse.microprofile.graphql.Description;

/**
 * The classes of a county's service list (服务清单). Counties name their own; these nine follow the service areas of the
 * 2020 reform opinion and the ministry's 2024 pilot (照料护理、康复、心理疏导、能力提升、社会融入、资源链接) and a city
 * list such as Hangzhou's nine classes, which also keeps daily-life services and safety apart. CARE, REHABILITATION,
 * COUNSELLING, CAPACITY_BUILDING and OTHER are the values the SERVICE application already asks the household about
 * (serviceNeeded), so what a household asked for and what is arranged read alike.
 */
@Description("服务类别: the class of a service on a county's list. CARE 照料护理, DAILY_LIVING 生活服务, REHABILITATION 康复护理, "
        + "COUNSELLING 心理疏导与精神慰藉, CAPACITY_BUILDING 能力提升与发展支持, SOCIAL_INTEGRATION 社会融入, RESOURCE_LINKING 资源链接, "
        + "SAFETY_PROTECTION 安全保护, OTHER 其他服务 (categoryLabel gives the label)")
public enum ServiceCategory {
    CARE("照料护理"), // 上门照料、助浴助洁、陪护
    DAILY_LIVING("生活服务"), // 助餐、代购代办、家政
    REHABILITATION("康复护理"),
    COUNSELLING("心理疏导与精神慰藉"),
    CAPACITY_BUILDING("能力提升与发展支持"), // 技能培训、学习辅导、就业指导
    SOCIAL_INTEGRATION("社会融入"),
    RESOURCE_LINKING("资源链接"), // 链接慈善、志愿服务和其他部门的帮助
    SAFETY_PROTECTION("安全保护"), // 探访关爱、紧急呼叫、临时监护
    OTHER("其他服务");

    private final String label;

    ServiceCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
