package cn.jiuzhu.application.form;

import org.eclipse.microprofile.graphql.Description;

@Description("一项刚性支出 over the last 12 months")
public record ExpenditureItem(
        ExpenditureType type,
        @Description("ID number of the member it is for") String memberIdNumber,
        @Description("近12个月金额, yuan, decimal string") String amountLast12Months,
        String description) {
}
