package cn.jiuzhu.programme;

import org.eclipse.microprofile.graphql.Description;

@Description("How a question is answered, i.e. which input to show. MONEY answers are yuan as a string with two decimals (\"1200.00\"), DATE answers ISO dates (\"2026-11-22\"), CHOICE answers one of the question's choice values.")
public enum QuestionType {
    BOOLEAN, // 是/否
    TEXT, // 文字
    NUMBER, // 数字
    MONEY, // 金额（元）
    DATE, // 日期
    CHOICE // 单选，选项见 choices
}
