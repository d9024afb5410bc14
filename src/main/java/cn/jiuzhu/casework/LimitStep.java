package cn.jiuzhu.casework;

/**
 * The catalogue's name for a legal time limit that a step of a procedure starts ({@code TimeLimit.step} in
 * {@code catalogue/programmes.json}). Every key a procedure names is checked against the catalogue at start-up; a
 * programme whose catalogue entry does not list a key has no such limit (tekun has no acceptance limit of its own).
 */
public enum LimitStep {
    ACCEPTANCE, // 受理
    INVESTIGATION_START, // 入户调查
    VERIFICATION_START, // 家庭经济状况核对
    PUBLICITY, // 公示
    CONFIRMATION, // 审核确认
    REFUSAL_REASONS, // 不予确认的书面理由
    TOWNSHIP_REVIEW, // 乡镇审核 [TK]
    COUNTY_DECISION, // 县级审批
    FIRST_AID, // 先行救助
    REFERRAL // 转介办理
}
