package cn.jiuzhu.benefit;

import org.eclipse.microprofile.graphql.Description;

/** The six activities of the extreme-poverty self-care assessment (生活自理能力评估) [TK 20–22]. */
@Description("生活自理能力评估的一项")
public enum SelfCareItem {
    EATING, // 自主吃饭
    DRESSING, // 自主穿衣
    TRANSFERRING, // 自主上下床
    TOILETING, // 自主如厕
    WALKING_INDOORS, // 室内自主行走
    BATHING // 自主洗澡
}
