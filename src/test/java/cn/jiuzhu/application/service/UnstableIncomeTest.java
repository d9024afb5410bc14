package cn.jiuzhu.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.application.form.ApplicationForm;
import cn.jiuzhu.application.form.Employment;
import cn.jiuzhu.application.form.HouseholdMember;
import cn.jiuzhu.application.form.IncomeCategory;
import cn.jiuzhu.application.form.IncomeItem;
import cn.jiuzhu.application.form.Relation;
import cn.jiuzhu.testsupport.TestIds;

/** 收入不稳定: decides whether an approved household is reviewed every six months instead of every year. */
class UnstableIncomeTest {

    private static final String APPLICANT = "11010519491231002X";
    private static final String SPOUSE = TestIds.withCheck("11010519520303004");

    @Test
    void oddJobsOrFlexibleWorkOfAMemberWhoCanWorkAreUnstable() {
        assertThat(ApplicationRules.unstableIncome(form(Employment.UNEMPLOYED, IncomeCategory.WAGES, APPLICANT, "800.00"))).isTrue();
        assertThat(ApplicationRules.unstableIncome(form(Employment.FLEXIBLE, IncomeCategory.BUSINESS, APPLICANT, "1200"))).isTrue();
        assertThat(ApplicationRules.unstableIncome(form(Employment.FLEXIBLE, IncomeCategory.WAGES,
                APPLICANT.toLowerCase(java.util.Locale.ROOT), "300.00"))).as("the member's ID typed with a small x").isTrue();
    }

    @Test
    void aSteadyJobPensionsOrNoEarningsAreNot() {
        assertThat(ApplicationRules.unstableIncome(form(Employment.EMPLOYED, IncomeCategory.WAGES, APPLICANT, "2000.00"))).isFalse();
        assertThat(ApplicationRules.unstableIncome(form(Employment.UNEMPLOYED, IncomeCategory.TRANSFER, APPLICANT, "600.00"))).isFalse();
        assertThat(ApplicationRules.unstableIncome(form(Employment.UNEMPLOYED, IncomeCategory.WAGES, APPLICANT, "0.00"))).isFalse();
        assertThat(ApplicationRules.unstableIncome(form(Employment.FLEXIBLE, IncomeCategory.WAGES, SPOUSE, "900.00")))
                .as("the spouse who earns it has a steady job").isFalse();
        assertThat(ApplicationRules.unstableIncome(form(Employment.FLEXIBLE, IncomeCategory.WAGES, null, "900.00")))
                .as("household income names no member").isFalse();
        assertThat(ApplicationRules.unstableIncome(ApplicationForm.empty())).isFalse();
    }

    private static ApplicationForm form(Employment applicantEmployment, IncomeCategory category, String earner, String amount) {
        var members = List.of(
                new HouseholdMember("王建国", APPLICANT, Relation.SELF, null, null, false, applicantEmployment, false),
                new HouseholdMember("李秀英", SPOUSE, Relation.SPOUSE, null, null, false, Employment.EMPLOYED, false));
        var incomes = List.of(new IncomeItem(category, earner, amount, null, "收入"));
        return new ApplicationForm("410305001", false, null, null, "13812345678", members, incomes, List.of(), List.of(),
                List.of(), null, null);
    }
}
