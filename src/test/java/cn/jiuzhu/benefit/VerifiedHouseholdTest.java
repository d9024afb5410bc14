package cn.jiuzhu.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.identity.Role;
import cn.jiuzhu.testsupport.Casework;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Decisions on verified figures. The test household (涧西区湖北路街道, urban standard 669) declares wages of 800 less 100
 * employment cost: (669 × 3 − 700) = 1,307.00 on the declaration. The township's visit finds the spouse's rehabilitation
 * cost 6,000 not 5,600 (receipts); the county's verification finds the wages are 1,000 (social insurance record): counted
 * 900, so (2,007 − 900) = 1,107.00 is published, decided and paid, and every trace starts with the corrections.
 */
@QuarkusTest
class VerifiedHouseholdTest {

    private static final String WAGES_EVIDENCE = "社保缴费记录显示王建国月工资1000元";

    @Test
    void theDecisionThePublicityAndTheTraceUseTheVerifiedHousehold() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        Casework.underInvestigation(caseId);
        Casework.recordHomeVisit(caseId, List.of("李娜", "赵强"));

        // The township's visit: one correction, with the receipts it saw.
        Map<String, Object> visit = found(h, "800.00", "6000.00");
        JsonPath byTownship = Casework.recordVerifiedHousehold(Casework.township(), caseId, visit, "查看了康复机构的收费收据");
        assertThat(byTownship.getList("errors")).as(byTownship.prettify()).isNull();
        assertThat(byTownship.getString("data.recordVerifiedHousehold.verifiedHousehold.source")).isEqualTo("HOME_VISIT");
        assertThat(byTownship.getList("data.recordVerifiedHousehold.verifiedHousehold.corrections.figure"))
                .containsExactly("残疾康复支出（李秀英）近12个月");
        assertThat(byTownship.getString("data.recordVerifiedHousehold.benefitEstimate.monthlyAmount"))
                .as("spending is not income: still 1307.00").isEqualTo("1307.00");

        // The county's verification keeps the township's correction and adds its own.
        Map<String, Object> verified = found(h, "1000.00", "6000.00");
        JsonPath byCounty = Casework.recordVerifiedHousehold(Casework.county(), caseId, verified, WAGES_EVIDENCE);
        assertThat(byCounty.getList("errors")).as(byCounty.prettify()).isNull();
        String v = "data.recordVerifiedHousehold.verifiedHousehold.";
        assertThat(byCounty.getString(v + "source")).isEqualTo("ECONOMIC_VERIFICATION");
        assertThat(byCounty.getString(v + "recordedBy")).isEqualTo("洛阳市涧西区民政局");
        assertThat(byCounty.getList(v + "corrections", Map.class)).containsExactly(
                Map.of("figure", "工资性收入（王建国）", "declared", "800.00", "verified", "1000.00", "source", "ECONOMIC_VERIFICATION",
                        "sourceLabel", "家庭经济状况核对", "evidence", WAGES_EVIDENCE),
                Map.of("figure", "残疾康复支出（李秀英）近12个月", "declared", "5600.00", "verified", "6000.00", "source", "HOME_VISIT",
                        "sourceLabel", "入户调查", "evidence", "查看了康复机构的收费收据"));
        assertThat(byCounty.getString("data.recordVerifiedHousehold.benefitEstimate.monthlyAmount")).isEqualTo("1107.00");

        // Publicity publishes the verified amount; the county decides it.
        Casework.recordVerification(Casework.county(), caseId, true, "收入、财产核对结果符合条件");
        Casework.step(Casework.township(), caseId, "START_PUBLICITY");
        assertThat(Operations.casework("Publicity", null, Map.of("villageOrTownshipCode", "410305001")).getList("data.publicity", Map.class))
                .contains(Map.of("applicantName", "王建国", "householdSize", 3, "monthlyAmount", "1107.00"));
        Casework.publicityStartedAWeekAgo(caseId);
        Casework.step(Casework.township(), caseId, "SEND_FOR_CONFIRMATION");
        Casework.step(Casework.county(), caseId, "APPROVE");
        assertThat(Sql.text("SELECT monthly_amount FROM case_decision WHERE case_id = '" + caseId + "'")).isEqualTo("1107.00");

        // The household reads the decision, the figures it used and why each differs from what it declared.
        JsonPath mine = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));
        assertThat(mine.getString("data.case.decision.monthlyAmount")).isEqualTo("1107.00");
        assertThat(mine.getString("data.case.proposedMonthlyAmount")).isEqualTo("1107.00");
        assertThat(mine.getInt("data.case.verifiedHousehold.householdSize")).isEqualTo(3);
        assertThat(mine.getList("data.case.verifiedHousehold.incomes.monthlyAmount")).containsExactly("1000.00", "200.00");
        assertThat(mine.getList("data.case.verifiedHousehold.corrections.verified")).containsExactly("1000.00", "6000.00");
        assertThat(mine.getString("data.case.verifiedHousehold.members[0].maskedIdNumber")).contains("*").doesNotContain(h.applicant);

        JsonPath benefit = Operations.miniapp("CaseBenefit", h.applicantToken(), Map.of("id", caseId));
        String period = "data.case.benefit.periods[0].";
        assertThat(benefit.getString(period + "monthlyAmount")).isEqualTo("1107.00");
        assertThat(benefit.getList(period + "trace.rule", String.class)).startsWith("household.corrected", "household.corrected",
                "income.counted");
        assertThat(benefit.getList(period + "trace.description", String.class)).contains(
                "核实更正：工资性收入（王建国）申报为800.00，经家庭经济状况核对核实为1000.00（依据：" + WAGES_EVIDENCE + "）。",
                "按补差计算：（低保标准669.00元 − 人均月收入300.00元）× 3人 = 1107.00元。");
    }

    @Test
    void aNewCorrectionNeedsItsEvidenceAndNothingIsWrittenWithout() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        Casework.underInvestigation(caseId);

        JsonPath bare = Casework.recordVerifiedHousehold(Casework.county(), caseId, found(h, "1000.00", "5600.00"), " ");
        assertThat(bare.getString("errors[0].extensions.code")).isEqualTo("CORRECTION_EVIDENCE_REQUIRED");
        assertThat(bare.getString("errors[0].message")).contains("依据");
        assertThat(bare.getList("errors[0].extensions.details.corrections")).containsExactly("工资性收入（王建国）");
        assertThat(Sql.count("SELECT count(*) FROM household_finding WHERE case_id = '" + caseId + "'")).isZero();

        // Found as declared: no evidence needed, and the trace says the declaration was checked.
        JsonPath asDeclared = Casework.recordVerifiedHousehold(Casework.township(), caseId, found(h, "800.00", "5600.00"), null);
        assertThat(asDeclared.getList("data.recordVerifiedHousehold.verifiedHousehold.corrections")).isEmpty();
        assertThat(asDeclared.getList("data.recordVerifiedHousehold.benefitEstimate.trace.rule", String.class))
                .startsWith("household.verified");
        assertThat(asDeclared.getString("data.recordVerifiedHousehold.benefitEstimate.monthlyAmount")).isEqualTo("1307.00");
    }

    @Test
    void aMemberFoundNotLivingThereLeavesTheHouseholdAndTheAmountFollows() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        Casework.underInvestigation(caseId);
        Map<String, Object> household = found(h, "800.00", "5600.00");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members = (List<Map<String, Object>>) household.get("members");
        members.remove(2); // 王小明 lives with his grandparents
        JsonPath answer = Casework.recordVerifiedHousehold(Casework.township(), caseId, household, "入户时孩子常住祖父母家");
        assertThat(answer.getList("data.recordVerifiedHousehold.verifiedHousehold.corrections", Map.class)).contains(
                Map.of("figure", "家庭成员王小明", "declared", "共同生活", "verified", "无", "source", "HOME_VISIT",
                        "sourceLabel", "入户调查", "evidence", "入户时孩子常住祖父母家"));
        // (669 × 2 − 700) = 638.00
        assertThat(answer.getString("data.recordVerifiedHousehold.benefitEstimate.monthlyAmount")).isEqualTo("638.00");
    }

    @Test
    void onlyTheOfficesOfTheCaseRecordAndOnlyDuringTheInvestigation() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        Map<String, Object> household = found(h, "800.00", "5600.00");

        assertThat(Casework.recordVerifiedHousehold(Casework.township(), caseId, household, null).getString("errors[0].extensions.code"))
                .as("not under investigation yet").isEqualTo("CASE_ACTION_NOT_ALLOWED");
        Casework.underInvestigation(caseId);
        assertThat(Casework.recordVerifiedHousehold(Tokens.staff(Role.CASEWORKER, "410305002"), caseId, household, null)
                .getString("errors[0].extensions.code")).as("another street").isEqualTo("CASE_NOT_FOUND");
        assertThat(Casework.recordVerifiedHousehold(h.applicantToken(), caseId, household, null).getString("errors[0].extensions.code"))
                .isEqualTo("FORBIDDEN");
        Map<String, Object> bad = found(h, "8OO", "5600.00");
        JsonPath invalid = Casework.recordVerifiedHousehold(Casework.township(), caseId, bad, "x");
        assertThat(invalid.getString("errors[0].extensions.code")).isEqualTo("MONEY_INVALID");
        assertThat(invalid.getString("errors[0].extensions.details.field")).isEqualTo("incomes[0].monthlyAmount");
        assertThat(Sql.count("SELECT count(*) FROM household_finding WHERE case_id = '" + caseId + "'")).isZero();
    }

    /** The household as found: the declared form with the applicant's wages and the spouse's rehabilitation cost as given. */
    static Map<String, Object> found(Household h, String wages, String rehabilitation) {
        Map<String, Object> form = h.form();
        Map<String, Object> household = new HashMap<>();
        household.put("members", form.get("members"));
        household.put("incomes", new ArrayList<>(List.of(
                Map.of("category", "WAGES", "memberIdNumber", h.applicant, "monthlyAmount", wages, "monthlyEmploymentCost", "100.00",
                        "description", "打零工"),
                Map.of("category", "SOCIAL_ASSISTANCE", "monthlyAmount", "200.00", "description", "残疾人补贴"))));
        household.put("properties", form.get("properties"));
        household.put("expenditures", new ArrayList<>(List.of(
                Map.of("type", "REHABILITATION", "memberIdNumber", h.spouse, "amountLast12Months", rehabilitation))));
        return household;
    }
}
