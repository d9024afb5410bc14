package cn.jiuzhu.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.identity.Role;
import cn.jiuzhu.testsupport.Casework;
import cn.jiuzhu.testsupport.GraphQL;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Staff;
import cn.jiuzhu.testsupport.TekunHousehold;
import cn.jiuzhu.testsupport.TestIds;
import cn.jiuzhu.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * 特困人员救助供养 decided by the rules: the township assesses each member's self-care while it investigates, and the
 * approval pays each the basic living support plus the care support of their tier. 涧西区湖北路街道 is a street, so urban:
 * from 2026 basic 870.00, care 80.00 (self-reliant), 330.00 (partly dependent), 990.00 (fully dependent) a person a month.
 */
@QuarkusTest
class TekunDecisionTest {

    private static final String STREET = Casework.TOWNSHIP_OFFICE; // 410305001
    private static final String TOWNSHIP_NAME = "涧西区湖北路街道办事处";
    private static final String FULLY_DEPENDENT = "完全丧失生活自理能力";

    private final String township = Casework.township();
    private final String county = Casework.county();
    private final String firstPaymentMonth = YearMonth.now(Casework.CHINA).plusMonths(1).toString();

    @Test
    void aTekunCaseIsDecidedAtTheBasicSupportPlusTheCareOfTheLatestAssessedTierWithItsTrace() {
        TekunHousehold h = TekunHousehold.livingAlone();
        String caseId = Journeys.submit(h.token(), "TEKUN", h.form(STREET));
        Casework.investigated(caseId);

        // Bathing and walking indoors: partly dependent, 870 + 330. The estimate follows the assessment on file.
        ok(assess(caseId, h.elder, List.of("WALKING_INDOORS", "BATHING"), List.of("李娜", "赵强")));
        assertThat(estimate(h, caseId)).isEqualTo("1200.00");
        // Re-assessed: dressing and the toilet too, four items, fully dependent: 870 + 990.
        JsonPath again = assess(caseId, h.elder, List.of("BATHING", "DRESSING", "TOILETING", "WALKING_INDOORS"), List.of());
        ok(again);
        assertThat(again.getList("data.recordSelfCareAssessment.selfCareAssessments")).as("the latest counts").hasSize(1);
        String shown = "data.recordSelfCareAssessment.selfCareAssessments[0].";
        assertThat(again.getList(shown + "failedItems")).as("in the six's order")
                .containsExactly("DRESSING", "TOILETING", "WALKING_INDOORS", "BATHING");
        assertThat(again.getList(shown + "failedItemNames")).containsExactly("自主穿衣", "自主如厕", "室内自主行走", "自主洗澡");
        assertThat(again.getString(shown + "careTier")).isEqualTo("FULLY_DEPENDENT");
        assertThat(again.getString(shown + "careTierName")).isEqualTo(FULLY_DEPENDENT);
        assertThat(again.getString(shown + "memberName")).isEqualTo("赵桂兰");
        assertThat(again.getString(shown + "maskedIdNumber")).isEqualTo(h.elder.substring(0, 3) + "***********" + h.elder.substring(14));
        assertThat(again.getString(shown + "assessedBy")).isEqualTo(TOWNSHIP_NAME);
        assertThat(again.getList(shown + "assessors")).isEmpty();
        assertThat(Sql.count("SELECT count(*) FROM case_self_care_assessment WHERE case_id = '" + caseId + "'"))
                .as("the first stays on file").isEqualTo(2);
        assertThat(estimate(h, caseId)).isEqualTo("1860.00");

        approve(caseId);

        JsonPath records = Casework.records(county, caseId);
        assertThat(records.getString("data.officeCase.decision.monthlyAmount")).isEqualTo("1860.00"); // 870 + 990
        assertThat(records.getString("data.officeCase.proposedMonthlyAmount")).as("published as the rules gave it for the latest assessment").isEqualTo("1860.00");
        JsonPath mine = Operations.miniapp("CaseBenefit", h.token(), Map.of("id", caseId));
        String period = "data.case.benefit.periods[0].";
        assertThat(mine.getList("data.case.benefit.periods")).hasSize(1);
        assertThat(mine.getString(period + "fromMonth")).isEqualTo(firstPaymentMonth);
        assertThat(mine.getString(period + "monthlyAmount")).isEqualTo("1860.00");
        assertThat(mine.getString(period + "reason")).isEqualTo("DECISION");
        assertThat(mine.getString(period + "standard.reference")).isEqualTo("涧西区城乡低保标准（演示数据，2026年）");
        assertThat(mine.getList(period + "trace.rule", String.class)).containsExactly("tekun.person", "care.assessed", "care.tier",
                "tekun.basic", "tekun.care", "tekun.total", "amount.rounded");
        assertThat(mine.getList(period + "trace.description", String.class)).contains(
                "供养人员赵桂兰（" + Casework.today() + "进行生活自理能力评估）：",
                "生活自理能力评估6项中不能自主完成4项：自主穿衣、自主如厕、室内自主行走、自主洗澡。",
                "不能完成4项，照料护理等级为：" + FULLY_DEPENDENT + "。",
                "照料护理等级为" + FULLY_DEPENDENT + "，照料护理标准每人每月990.00元。",
                "基本生活标准870.00元 + 照料护理标准990.00元 = 每人每月1860.00元。");
        String standardId = mine.getString(period + "standard.id");
        assertThat(Sql.text("SELECT standard_id || ' ' || monthly_amount FROM case_decision WHERE case_id = '" + caseId + "'"))
                .as("the decision records the version it used").isEqualTo(standardId + " 1860.00");
        assertThat(mine.getString("data.case.benefitEstimate")).as("decided: no estimate").isNull();
    }

    @Test
    void theResidentSeesTheirTierButNotWhoAssessed() {
        TekunHousehold h = TekunHousehold.livingAlone();
        String caseId = Journeys.submit(h.token(), "TEKUN", h.form(STREET));
        Casework.underInvestigation(caseId);
        ok(assess(caseId, h.elder, List.of("BATHING"), List.of("李娜", "赵强")));

        JsonPath detail = Operations.miniapp("CaseDetail", h.token(), Map.of("id", caseId));
        assertThat(detail.getList("errors")).isNull();
        assertThat(detail.getString("data.case.selfCareAssessments[0].memberName")).isEqualTo("赵桂兰");
        assertThat(detail.getString("data.case.selfCareAssessments[0].careTierName")).isEqualTo("部分丧失生活自理能力");
        assertThat(detail.getList("data.case.selfCareAssessments[0].failedItemNames")).containsExactly("自主洗澡");
        JsonPath who = Operations.casework("CaseRecords", township, Map.of("id", caseId));
        assertThat(who.getList("data.officeCase.selfCareAssessments[0].assessors")).containsExactly("李娜", "赵强");

        JsonPath asked = GraphQL.execute(
                "query($id: ID!) { case(id: $id) { selfCareAssessments { careTier assessedBy assessors } } }", Map.of("id", caseId),
                h.token());
        assertThat(asked.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(asked.prettify()).doesNotContain(TOWNSHIP_NAME, "李娜");
        assertThat(Operations.miniapp("CaseDetail", new Household().applicantToken(), Map.of("id", caseId))
                .getString("errors[0].extensions.code")).as("another household").isEqualTo("CASE_NOT_FOUND");
    }

    @Test
    void everyMemberIsAssessedBeforePublicityAndEachIsPaidByTheirOwnTier() {
        TekunHousehold h = TekunHousehold.couple();
        String caseId = Journeys.submit(h.token(), "TEKUN", h.form(STREET));
        Casework.investigated(caseId);
        ok(assess(caseId, h.elder, List.of("BATHING", "WALKING_INDOORS"), List.of()));

        JsonPath early = Casework.act(township, caseId, "START_PUBLICITY", null);
        assertThat(early.getString("errors[0].extensions.code")).isEqualTo("PRECONDITION_MISSING");
        assertThat(early.getList("errors[0].extensions.details.missing")).containsExactly("SELF_CARE_ASSESSMENT");
        assertThat(early.getString("errors[0].message")).isEqualTo("还不能初审并公示，缺少：每位成员的生活自理能力评估。");

        ok(assess(caseId, h.spouse, List.of(), List.of())); // self-reliant
        approve(caseId);

        JsonPath mine = Operations.miniapp("CaseBenefit", h.token(), Map.of("id", caseId));
        assertThat(mine.getString("data.case.benefit.periods[0].monthlyAmount")).isEqualTo("2150.00"); // (870 + 330) + (870 + 80)
        assertThat(mine.getList("data.case.benefit.periods[0].trace.description", String.class))
                .contains("基本生活标准870.00元 + 照料护理标准330.00元 = 每人每月1200.00元。",
                        "基本生活标准870.00元 + 照料护理标准80.00元 = 每人每月950.00元。", "2名供养人员合计每月2150.00元。");
        assertThat(Casework.records(county, caseId).getList("data.officeCase.selfCareAssessments.memberName"))
                .as("in the household's order").containsExactly("赵桂兰", "孙德山");
    }

    @Test
    void aCaseThatReachedConfirmationWithoutAnAssessmentIsNotApproved() {
        TekunHousehold h = TekunHousehold.livingAlone();
        String caseId = Journeys.submit(h.token(), "TEKUN", h.form(STREET));
        // Stands in for a case that went through publicity before assessments were recorded on cases.
        Sql.exec("UPDATE assistance_case SET state = 'CONFIRMATION' WHERE id = '" + caseId + "'");

        JsonPath refused = Casework.act(county, caseId, "APPROVE", null);

        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("PRECONDITION_MISSING");
        assertThat(refused.getList("errors[0].extensions.details.missing")).containsExactly("SELF_CARE_ASSESSMENT");
        assertThat(refused.getString("errors[0].message")).isEqualTo("还不能确认同意，缺少：每位成员的生活自理能力评估。");
        assertThat(Sql.count("SELECT count(*) FROM case_decision WHERE case_id = '" + caseId + "'")).isZero();
        assertThat(Sql.text("SELECT state FROM assistance_case WHERE id = '" + caseId + "'")).isEqualTo("CONFIRMATION");
    }

    @Test
    void theTownshipAssessesOnlyTheMembersOfATekunCaseItInvestigates() {
        TekunHousehold h = TekunHousehold.livingAlone();
        String caseId = Journeys.submit(h.token(), "TEKUN", h.form(STREET));
        assertThat(code(assess(caseId, h.elder, List.of(), List.of()))).as("not yet investigating").isEqualTo("CASE_ACTION_NOT_ALLOWED");
        Casework.underInvestigation(caseId);

        JsonPath stranger = assess(township, caseId, TestIds.bornIn(1950), Casework.today(), List.of());
        assertThat(code(stranger)).isEqualTo("VALIDATION_FAILED");
        assertThat(stranger.getString("errors[0].extensions.details.reason")).isEqualTo("NOT_A_MEMBER");
        String wrongCheck = h.elder.substring(0, 17) + (h.elder.endsWith("0") ? "1" : "0");
        assertThat(code(assess(township, caseId, wrongCheck, Casework.today(), List.of()))).isEqualTo("ID_NUMBER_INVALID");
        JsonPath tomorrow = assess(township, caseId, h.elder, Casework.today().plusDays(1), List.of());
        assertThat(tomorrow.getString("errors[0].extensions.details.reason")).isEqualTo("IN_THE_FUTURE");
        assertThat(code(assess(county, caseId, h.elder, Casework.today(), List.of()))).isEqualTo("FORBIDDEN");
        assertThat(code(assess(Staff.caseworker(Staff.TIANJINLU_STREET), caseId, h.elder, Casework.today(), List.of())))
                .isEqualTo("CASE_NOT_FOUND");
        Household dibao = new Household();
        String dibaoCase = Journeys.submittedCaseId(dibao);
        Casework.underInvestigation(dibaoCase);
        assertThat(code(assess(township, dibaoCase, dibao.applicant, Casework.today(), List.of())))
                .as("dibao assesses no one's self-care").isEqualTo("CASE_ACTION_NOT_ALLOWED");
        assertThat(Operations.casework("CaseRecords", township, Map.of("id", dibaoCase)).getString("data.officeCase.selfCareAssessments"))
                .isNull();

        assertThat(Sql.count("SELECT count(*) FROM case_self_care_assessment WHERE case_id IN ('" + caseId + "', '" + dibaoCase + "')"))
                .as("nothing refused was recorded").isZero();
        assertThat(Casework.records(township, caseId).getList("data.officeCase.selfCareAssessments")).isEmpty();
    }

    @Test
    void aNewStandardRecomputesTekunCasesInPaymentFromTheirAssessments() {
        String street = "140108001"; // 太原市尖草坪区尖草坪街道: Shanxi's urban demo standard, basic 870, partly dependent 330
        String bureau = "140108-MZ";
        TekunHousehold h = TekunHousehold.livingAlone();
        String caseId = Journeys.submit(h.token(), "TEKUN", h.form(street));
        String shanxiTownship = Staff.caseworker(street);
        String shanxiCounty = Staff.countyOfficer(bureau);
        Casework.step(shanxiTownship, caseId, "ACCEPT");
        Casework.step(shanxiTownship, caseId, "START_INVESTIGATION");
        ok(Operations.casework("RecordHomeVisit", shanxiTownship, Map.of("caseId", caseId, "visitedOn", Casework.today().toString(),
                "staff", List.of("王芳", "刘洋"), "findings", "独居，无收入，无赡养人。")));
        ok(Casework.recordVerification(shanxiCounty, caseId, true, "收入、财产核对结果符合条件"));
        ok(assess(shanxiTownship, caseId, h.elder, Casework.today(), List.of("BATHING")));
        Casework.step(shanxiTownship, caseId, "START_PUBLICITY");
        Casework.publicityStartedAWeekAgo(caseId);
        Casework.step(shanxiTownship, caseId, "SEND_FOR_CONFIRMATION");
        visitedByTheCounty(shanxiCounty, caseId);
        Casework.step(shanxiCounty, caseId, "APPROVE");
        Casework.step(shanxiCounty, caseId, "START_PAYMENT");

        LocalDate effective = YearMonth.now(Casework.CHINA).plusMonths(2).atDay(1);
        Map<String, Object> raise = new HashMap<>(Map.of("regionCode", "140108", "area", "URBAN", "effectiveFrom", effective.toString(),
                "reference", "尖草坪区民政局关于提高特困人员供养标准的通知（测试）", "dibaoMonthly", "700.00", "method", "GAP",
                "extremePovertyBasicMonthly", "900.00"));
        raise.put("extremePovertyCare", List.of(Map.of("tier", "SELF_RELIANT", "monthlyAmount", "100.00"),
                Map.of("tier", "PARTLY_DEPENDENT", "monthlyAmount", "350.00"), Map.of("tier", "FULLY_DEPENDENT", "monthlyAmount", "1000.00")));
        JsonPath filed = Operations.casework("FileStandard", shanxiCounty, Map.of("input", raise, "idempotencyKey", Household.key()));
        assertThat(filed.getList("errors")).as(filed.prettify()).isNull();
        assertThat(filed.getInt("data.fileStandard.impact.casesAssessed")).as("the impact counts dibao households").isZero();
        JsonPath accepted = Operations.casework("AcceptStandardFiling", Tokens.staff(Role.PROVINCIAL_OFFICER, "14-MZ"),
                Map.of("id", filed.getString("data.fileStandard.id")));
        assertThat(accepted.getString("data.acceptStandardFiling.status")).isEqualTo("ACCEPTED");

        JsonPath mine = Operations.miniapp("CaseBenefit", h.token(), Map.of("id", caseId));
        assertThat(mine.getList("data.case.benefit.periods.fromMonth")).containsExactly(firstPaymentMonth, YearMonth.from(effective).toString());
        assertThat(mine.getList("data.case.benefit.periods.monthlyAmount")).containsExactly("1200.00", "1250.00"); // 870 + 330, 900 + 350
        assertThat(mine.getList("data.case.benefit.periods.reason")).containsExactly("DECISION", "STANDARD_CHANGE");
        assertThat(mine.getList("data.case.benefit.periods[1].trace.description", String.class))
                .contains("基本生活标准900.00元 + 照料护理标准350.00元 = 每人每月1250.00元。");
    }

    /** Through publicity to the county, which visits (the case may be drawn for the spot check) and approves. */
    private void approve(String caseId) {
        Casework.step(township, caseId, "START_PUBLICITY");
        Casework.publicityStartedAWeekAgo(caseId);
        Casework.step(township, caseId, "SEND_FOR_CONFIRMATION");
        visitedByTheCounty(county, caseId);
        Casework.step(county, caseId, "APPROVE");
    }

    private static void visitedByTheCounty(String token, String caseId) {
        ok(Operations.casework("RecordCountyVisit", token, Map.of("caseId", caseId, "visitedOn", Casework.today().toString(),
                "staff", List.of("刘科长", "陈干事"), "findings", "入户核实，生活自理能力与评估一致")));
    }

    private JsonPath assess(String caseId, String member, List<String> failedItems, List<String> assessors) {
        return assess(township, caseId, member, Casework.today(), failedItems, assessors);
    }

    private static JsonPath assess(String token, String caseId, String member, LocalDate on, List<String> failedItems) {
        return assess(token, caseId, member, on, failedItems, List.of());
    }

    private static JsonPath assess(String token, String caseId, String member, LocalDate on, List<String> failedItems,
            List<String> assessors) {
        return Operations.casework("RecordSelfCareAssessment", token, Map.of("caseId", caseId, "memberIdNumber", member,
                "failedItems", failedItems, "assessedOn", on.toString(), "assessors", assessors));
    }

    private static String estimate(TekunHousehold h, String caseId) {
        return Operations.miniapp("CaseBenefit", h.token(), Map.of("id", caseId)).getString("data.case.benefitEstimate.monthlyAmount");
    }

    private static void ok(JsonPath answer) {
        assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
    }

    private static String code(JsonPath answer) {
        return answer.getString("errors[0].extensions.code");
    }
}
