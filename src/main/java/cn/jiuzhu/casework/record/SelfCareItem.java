package cn.jiuzhu.casework.record;

import org.eclipse.microprofile.graphql.Description;

/**
 * The six activities of the extreme-poverty self-care assessment (生活自理能力评估) [TK 20–22]. The township records
 * which of them a member cannot do on their own while it investigates; benefit turns them into a care tier.
 */
@Description("生活自理能力评估的一项")
public enum SelfCareItem {
    EATING, // 自主吃饭
    DRESSING, // 自主穿衣
    TRANSFERRING, // 自主上下床
    TOILETING, // 自主如厕
    WALKING_INDOORS, // 室内自主行走
    BATHING // 自主洗澡
}
