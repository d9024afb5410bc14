package cn.jiuzhu.programme;

import org.eclipse.microprofile.graphql.Description;

@Description("How a legal time limit counts days: working days (工作日) or calendar days (自然日)")
public enum DayKind {
    WORKING_DAYS, // 工作日
    CALENDAR_DAYS // 自然日
}
