package cn.jiuzhu.application.form;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;

/**
 * Everything a household tells the office. Any part may be missing while it is a draft; the
 * application service checks formats on every save and completeness on submission.
 */
@Description("申请表 (draft or submitted)")
public record ApplicationForm(
        @Description("户籍地: township (9 digits) or village/community (12 digits) code of the registered residence") String residenceRegionCode,
        @Description("Apply at the usual residence (经常居住地) instead, where local rules allow, e.g. with a 居住证") Boolean applyAtUsualResidence,
        @Description("经常居住地 region code, when applyAtUsualResidence") String usualResidenceRegionCode,
        @Description("Urgent temporary aid: where the emergency happened (急难发生地)") String emergencyRegionCode,
        @Description("联系电话 (mainland mobile)") String mobileNumber,
        List<HouseholdMember> members,
        List<IncomeItem> incomes,
        List<PropertyItem> properties,
        List<ExpenditureItem> expenditures,
        List<Answer> answers,
        Declarations declarations,
        @Description("委托代理人; null when a household member applies") Agent agent) {

    public static ApplicationForm empty() {
        return new ApplicationForm(null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null);
    }

    public List<HouseholdMember> membersOrEmpty() {
        return members == null ? List.of() : members;
    }

    public List<IncomeItem> incomesOrEmpty() {
        return incomes == null ? List.of() : incomes;
    }

    public List<PropertyItem> propertiesOrEmpty() {
        return properties == null ? List.of() : properties;
    }

    public List<ExpenditureItem> expendituresOrEmpty() {
        return expenditures == null ? List.of() : expenditures;
    }

    public List<Answer> answersOrEmpty() {
        return answers == null ? List.of() : answers;
    }
}
