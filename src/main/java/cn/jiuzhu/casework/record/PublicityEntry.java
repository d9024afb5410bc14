package cn.jiuzhu.casework.record;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * One line of the village noticeboard. Only these three facts are published, and only in the
 * village or community [DB 24; ZX 61]: no ID number, address, case number or anything else.
 */
@Description("公示: one household in publicity as the village or community noticeboard shows it; nothing else is public")
public record PublicityEntry(
        @NonNull @Description("申请人姓名") String applicantName,
        @NonNull @Description("家庭人口") int householdSize,
        @Description("拟保障金额 per month for the household, yuan, e.g. \"669.00\"; null where the programme pays no monthly amount") String monthlyAmount) {
}
