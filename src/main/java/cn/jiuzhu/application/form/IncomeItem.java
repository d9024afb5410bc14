package cn.jiuzhu.application.form;

import org.eclipse.microprofile.graphql.Description;

@Description("一项收入: average per month over the last 12 months")
public record IncomeItem(
        IncomeCategory category,
        @Description("ID number of the member who earns it; null for the household as a whole") String memberIdNumber,
        @Description("近12个月月平均金额, yuan, decimal string e.g. \"1200.00\"") String monthlyAmount,
        @Description("必要的就业成本, deducted from wages or business income; yuan per month") String monthlyEmploymentCost,
        @Description("说明, e.g. 在超市做收银员") String description) {
}
