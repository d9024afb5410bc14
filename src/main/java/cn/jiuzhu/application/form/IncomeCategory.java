package cn.jiuzhu.application.form;

import org.eclipse.microprofile.graphql.Description;

/**
 * Kinds of household income [DB]. The last four are not counted as family income (不计入家庭收入):
 * the procedure still records them, so the office sees the whole picture.
 */
@Description("收入类别; PREFERENTIAL_OR_REWARD, SOCIAL_ASSISTANCE, BASIC_PENSION_BASE and LOCALLY_EXCLUDED are recorded but not counted")
public enum IncomeCategory {
    WAGES(true), // 工资性收入
    BUSINESS(true), // 经营净收入
    PROPERTY(true), // 财产净收入
    TRANSFER(true), // 转移净收入（养老金、赡养费等）
    OTHER(true), // 其他收入
    PREFERENTIAL_OR_REWARD(false), // 优待抚恤金、计划生育奖励与扶助金、奖励性补助、见义勇为奖金
    SOCIAL_ASSISTANCE(false), // 政府发放的各类社会救助款物
    BASIC_PENSION_BASE(false), // 城乡居民基本养老保险基础养老金
    LOCALLY_EXCLUDED(false); // 当地政府规定不计入的其他收入

    private final boolean counted;

    IncomeCategory(boolean counted) {
        this.counted = counted;
    }

    public boolean counted() {
        return counted;
    }
}
