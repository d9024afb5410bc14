package cn.jiuzhu.benefit.assessment;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.application.form.IncomeCategory;
import cn.jiuzhu.casework.record.SelfCareItem;

/** A few figures a household gives to see what it may qualify for, without logging in; nothing is stored. */
@Input("SelfAssessmentInput")
@Description("自助测算：几项家庭信息，不需要登录，不会保存")
public record SelfAssessmentInput(
        @NonNull @Description("Where the household lives: township (9 digits) or village/community (12 digits); sets the standard, urban or rural") String regionCode,
        @NonNull @Description("Everyone who lives together (共同生活的家庭成员), 1 to 20") List<@NonNull Member> members,
        @Description("Monthly income by category, averaged over the last 12 months") List<Income> incomes,
        @Description("近12个月医疗、教育、康复等刚性支出合计, yuan") String rigidExpenditureLast12Months,
        @Description("有赡养、抚养、扶养能力的法定义务人 (for extreme-poverty support); default true") Boolean hasAbleSupporter,
        @Description("Self-care items the person cannot do alone (for extreme-poverty care support)") List<SelfCareItem> selfCareItemsFailed,
        @Description("遇到火灾、交通事故、重病、灾害等突发困难") Boolean suddenHardship) {

    @Input("SelfAssessmentMemberInput")
    @Description("一位家庭成员")
    public record Member(
            @NonNull @Description("年龄, 0-120") int age,
            @Description("残疾等级 1-4 (一级最重); null when not disabled") Integer disabilityGrade,
            @Description("患有重特大疾病") Boolean seriousIllness) {
    }

    @Input("SelfAssessmentIncomeInput")
    @Description("一项月收入")
    public record Income(
            @NonNull IncomeCategory category,
            @NonNull @Description("yuan per month, e.g. \"600.00\"") String monthlyAmount,
            @Description("必要的就业成本, yuan per month") String monthlyEmploymentCost) {
    }
}
