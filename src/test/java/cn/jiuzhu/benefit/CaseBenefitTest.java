package cn.jiuzhu.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.identity.Role;
import cn.jiuzhu.testsupport.Casework;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Payments;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A dibao case's amount is the rules' amount, recorded with the standard version it used and the steps that gave
 * it, and both the resident and the hotline can read why. The test household lives in 涧西区湖北路街道 (a street,
 * so urban: 669 yuan from 2026) and declares wages of 800 less 100 employment cost and a disability allowance.
 */
@QuarkusTest
class CaseBenefitTest {

    private static final String HOTLINE = "4103-12345";

    @Test
    void anApprovedDibaoCaseIsPaidTheRulesAmountWithTheStandardVersionItUsedAndWhy() {
        Household h = new Household();
        String caseId = Payments.inPayment(h, h.form(), Casework.TOWNSHIP_OFFICE, Casework.COUNTY_BUREAU);

        JsonPath mine = Operations.miniapp("CaseBenefit", h.applicantToken(), Map.of("id", caseId));

        String period = "data.case.benefit.periods[0].";
        assertThat(mine.getList("data.case.benefit.periods")).hasSize(1);
        assertThat(mine.getString(period + "fromMonth")).isEqualTo(YearMonth.now(Casework.CHINA).plusMonths(1).toString());
        assertThat(mine.getString(period + "monthlyAmount")).isEqualTo("1307.00"); // (669 − 700 / 3) × 3
        assertThat(mine.getString(period + "reason")).isEqualTo("DECISION");
        assertThat(mine.getString(period + "standard.dibaoMonthly")).isEqualTo("669.00");
        assertThat(mine.getString(period + "standard.area")).isEqualTo("URBAN");
        assertThat(mine.getString(period + "standard.reference")).isEqualTo("涧西区城乡低保标准（演示数据，2026年）");
        assertThat(mine.getList(period + "trace.rule", String.class)).containsSubsequence("income.counted", "income.excluded",
                "income.total", "standard.applied", "dibao.gap", "amount.rounded");
        assertThat(mine.getList(period + "trace.description", String.class))
                .contains("按补差计算：（低保标准669.00元 − 人均月收入约233.33元）× 3人 = 1307.00元。");
        assertThat(mine.getString("data.case.benefit.currentMonthlyAmount")).as("paid from next month").isNull();
        assertThat(mine.getString("data.case.benefitEstimate")).as("decided: no estimate").isNull();

        String standardId = mine.getString(period + "standard.id");
        assertThat(Sql.text("SELECT standard_id || ' ' || monthly_amount FROM case_decision WHERE case_id = '" + caseId + "'"))
                .as("the decision records the version it used").isEqualTo(standardId + " 1307.00");
        assertThat(Operations.casework("CaseRecords", Casework.county(), Map.of("id", caseId))
                .getString("data.officeCase.decision.monthlyAmount")).isEqualTo("1307.00");
    }

    @Test
    void beforeTheDecisionTheHouseholdSeesTheEstimateTheDecisionWillGive() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);

        JsonPath mine = Operations.miniapp("CaseBenefit", h.applicantToken(), Map.of("id", caseId));

        assertThat(mine.getString("data.case.benefit")).isNull();
        assertThat(mine.getString("data.case.benefitEstimate.monthlyAmount")).isEqualTo("1307.00");
        assertThat(mine.getString("data.case.benefitEstimate.standard.reference")).contains("涧西区");
        assertThat(mine.getList("data.case.benefitEstimate.trace.rule", String.class)).contains("dibao.gap");
    }

    @Test
    void theHotlineReadsTheAmountAndWhyForTheCaller() {
        Household h = new Household();
        String caseId = Payments.inPayment(h, h.form(), Casework.TOWNSHIP_OFFICE, Casework.COUNTY_BUREAU);
        String caseNumber = Sql.text("SELECT case_number FROM assistance_case WHERE id = '" + caseId + "'");

        JsonPath call = Operations.hotline("CallerBenefit", Tokens.staff(Role.HOTLINE_OPERATOR, HOTLINE), Map.of("caseNumber", caseNumber));

        assertThat(call.getList("errors")).isNull();
        assertThat(call.getString("data.identifyCaller.cases[0].benefit.periods[0].monthlyAmount")).isEqualTo("1307.00");
        List<String> said = call.getList("data.identifyCaller.cases[0].benefit.periods[0].trace.description", String.class);
        assertThat(said).anySatisfy(s -> assertThat(s).contains("适用城市低保标准每人每月669.00元", "涧西区城乡低保标准（演示数据，2026年）"));
    }
}
