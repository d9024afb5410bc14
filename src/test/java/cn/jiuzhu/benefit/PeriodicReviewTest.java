package cn.jiuzhu.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.identity.Role;
import cn.jiuzhu.testsupport.Calendar2026;
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
 * 定期核查 that changes what is paid. The household (涧西区湖北路街道, urban standard 669; three people; the applicant's
 * odd jobs 600 a month) is paid (669 × 3 − 600) = 1,407.00. At the review the spouse has started work at 1,200: household
 * income 1,800, so (2,007 − 1,800) = 207.00 from the month after the county's decision. With wages of 2,100 nothing is
 * due any more: the review stops payment and the case ends.
 */
@QuarkusTest
class PeriodicReviewTest {

    private static final String EVIDENCE = "李秀英自本月起在社区福利企业就业，劳动合同载明月工资1200元";

    @Test
    void aReviewLowers1407To207WhenTheSpouseStartsWorkAt1200() {
        Household h = new Household();
        String caseId = paidThisMonth(h);
        assertThat(benefit(h, caseId).getString("data.case.benefit.currentMonthlyAmount")).isEqualTo("1407.00");

        JsonPath recorded = recordReview(Casework.township(), caseId, household(h, "600.00", "1200.00"), EVIDENCE,
                "李秀英已就业，家庭收入增加", false);
        assertThat(recorded.getList("errors")).as(recorded.prettify()).isNull();
        String r = "data.recordReview.review.";
        assertThat(recorded.getString(r + "outcome")).isEqualTo("DECREASE");
        assertThat(recorded.getString(r + "previousMonthlyAmount")).isEqualTo("1407.00");
        assertThat(recorded.getString(r + "newMonthlyAmount")).isEqualTo("207.00");
        assertThat(recorded.getString(r + "status")).isEqualTo("PENDING");
        assertThat(recorded.getString("data.recordReview.state")).as("still paid as before until the county decides")
                .isEqualTo("IN_PAYMENT");

        // A stop is not what the review found; the county decides the review as recorded.
        JsonPath wrong = Casework.act(Casework.county(), caseId, "STOP_PAYMENT", "停发");
        assertThat(wrong.getString("errors[0].extensions.code")).isEqualTo("PRECONDITION_MISSING");
        assertThat(wrong.getList("errors[0].extensions.details.missing")).containsExactly("REVIEW_STOPPING");
        assertThat(Casework.act(Casework.township(), caseId, "REVIEW", null).getString("errors[0].extensions.code"))
                .as("the county decides, unless it delegated").isIn("FORBIDDEN", "OUTSIDE_JURISDICTION");
        Casework.step(Casework.county(), caseId, "REVIEW");

        YearMonth next = YearMonth.now(Casework.CHINA).plusMonths(1);
        JsonPath mine = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));
        assertThat(mine.getString("data.case.state")).isEqualTo("IN_PAYMENT");
        assertThat(mine.getString("data.case.review.outcome")).isEqualTo("DECREASE");
        assertThat(mine.getString("data.case.review.outcomeLabel")).isEqualTo("减发");
        assertThat(mine.getString("data.case.review.reasons")).isEqualTo("李秀英已就业，家庭收入增加");
        assertThat(mine.getString("data.case.review.newMonthlyAmount")).isEqualTo("207.00");
        assertThat(mine.getString("data.case.review.status")).isEqualTo("DECIDED");
        assertThat(mine.getString("data.case.review.decidedBy")).isEqualTo("洛阳市涧西区民政局");
        assertThat(mine.getString("data.case.review.effectiveFrom")).isEqualTo(next.toString());
        assertThat(mine.getString("data.case.review.noticeDueOn"))
                .isEqualTo(Calendar2026.load().addWorkingDays(Casework.today(), 3).toString());
        assertThat(mine.getBoolean("data.case.review.canObject")).isTrue();
        assertThat(mine.getList("data.case.timeline.action")).endsWith("REVIEW_RECORDED", "REVIEW");
        assertThat(mine.getString("data.case.nextReviewOn")).as("moved on by the six months of unstable income")
                .isEqualTo(Casework.today().plusMonths(12).toString());

        JsonPath paid = benefit(h, caseId);
        assertThat(paid.getList("data.case.benefit.periods.monthlyAmount")).containsExactly("1407.00", "207.00");
        assertThat(paid.getList("data.case.benefit.periods.reason")).containsExactly("DECISION", "REVIEW");
        assertThat(paid.getString("data.case.benefit.periods[1].fromMonth")).isEqualTo(next.toString());
        assertThat(paid.getString("data.case.benefit.currentMonthlyAmount")).as("this month still as before").isEqualTo("1407.00");
        List<String> trace = paid.getList("data.case.benefit.periods[1].trace.description", String.class);
        assertThat(trace).contains("核实更正：工资性收入（李秀英）申报为无，经定期核查核实为1200.00（依据：" + EVIDENCE + "）。",
                "按补差计算：（低保标准669.00元 − 人均月收入600.00元）× 3人 = 207.00元。",
                "定期核查：核查前每月1407.00元，按核查时的家庭情况和标准重新计算为每月207.00元，从决定的下月起执行。");

        // The household objects to the decrease: back to the county, which upholds it with reasons.
        JsonPath objected = Operations.miniapp("ObjectToCase", h.applicantToken(), Map.of("id", caseId,
                "reasons", "福利企业只是试用，工资不稳定"));
        assertThat(objected.getString("data.objectToCase.state")).isEqualTo("REVIEW_OBJECTED");
        assertThat(Casework.act(Casework.county(), caseId, "UPHOLD_REVIEW", " ").getString("errors[0].extensions.code"))
                .isEqualTo("REASON_REQUIRED");
        JsonPath upheld = Casework.act(Casework.county(), caseId, "UPHOLD_REVIEW", "劳动合同期限一年，收入稳定");
        assertThat(upheld.getString("data.actOnCase.state")).isEqualTo("IN_PAYMENT");
        JsonPath after = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));
        assertThat(after.getString("data.case.review.status")).isEqualTo("UPHELD");
        assertThat(after.getBoolean("data.case.review.canObject")).isFalse();
        assertThat(benefit(h, caseId).getList("data.case.benefit.periods.monthlyAmount")).containsExactly("1407.00", "207.00");
    }

    @Test
    void aStopEndsTheCaseAndFreesTheClaim() {
        Household h = new Household();
        String caseId = paidThisMonth(h);

        JsonPath recorded = recordReview(Casework.township(), caseId, household(h, "2100.00", null), "工资流水显示月工资2100元",
                "王建国已稳定就业，家庭人均收入高于低保标准", false);
        assertThat(recorded.getString("data.recordReview.review.outcome")).isEqualTo("STOP");
        assertThat(recorded.getString("data.recordReview.review.newMonthlyAmount")).isEqualTo("0.00");
        assertThat(Casework.act(Casework.county(), caseId, "REVIEW", null).getList("errors[0].extensions.details.missing"))
                .containsExactly("REVIEW_CONTINUING");
        assertThat(Casework.act(Casework.county(), caseId, "STOP_PAYMENT", null).getString("errors[0].extensions.code"))
                .isEqualTo("REASON_REQUIRED");
        JsonPath stopped = Casework.act(Casework.county(), caseId, "STOP_PAYMENT", "家庭人均收入700元，高于当地低保标准669元");
        assertThat(stopped.getString("data.actOnCase.state")).isEqualTo("TERMINATED");

        JsonPath paid = benefit(h, caseId);
        assertThat(paid.getList("data.case.benefit.periods.monthlyAmount")).containsExactly("1407.00", "0.00");
        JsonPath mine = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));
        assertThat(mine.getString("data.case.timeline[-1].reason")).isEqualTo("家庭人均收入700元，高于当地低保标准669元");
        assertThat(mine.getBoolean("data.case.review.canObject")).isTrue();
        assertThat(Sql.count("SELECT count(*) FROM open_case_claim WHERE case_id = '" + caseId + "'")).as("the claim is freed")
                .isZero();
        String again = Journeys.submit(h, "DIBAO", Payments.form(h, "410305001", "600.00"));
        assertThat(again).as("the household may apply again").isNotNull().isNotEqualTo(caseId);
    }

    @Test
    void anObjectionToAStopReversedResumesTheAmountPaidBefore() {
        Household h = new Household();
        String caseId = paidThisMonth(h);
        recordReview(Casework.township(), caseId, household(h, "600.00", null), null, "家庭拒不配合核查", true);
        Casework.act(Casework.county(), caseId, "STOP_PAYMENT", "拒不配合定期核查");

        JsonPath objected = Operations.miniapp("ObjectToCase", h.applicantToken(), Map.of("id", caseId,
                "reasons", "核查当天在医院陪护，不是拒不配合"));
        assertThat(objected.getString("data.objectToCase.state")).isEqualTo("REVIEW_OBJECTED");
        assertThat(Casework.act(Casework.county(), caseId, "UPHOLD_REVIEW", "维持").getList("errors[0].extensions.details.missing"))
                .as("a stop upheld is a termination").containsExactly("REVIEW_NOT_STOPPING");
        JsonPath reversed = Casework.act(Casework.county(), caseId, "REVERSE_REVIEW", "核实为住院陪护，撤销停发决定");
        assertThat(reversed.getString("data.actOnCase.state")).isEqualTo("IN_PAYMENT");
        JsonPath paid = benefit(h, caseId);
        assertThat(paid.getList("data.case.benefit.periods.monthlyAmount")).containsExactly("1407.00");
        assertThat(Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId)).getString("data.case.review.status"))
                .isEqualTo("REVOKED");
        assertThat(Sql.count("SELECT count(*) FROM open_case_claim WHERE case_id = '" + caseId + "'")).isEqualTo(3);
    }

    @Test
    void aHouseholdFoundInSteadyWorkIsNextReviewedAYearOnNotSixMonths() {
        Household h = new Household();
        String caseId = paidThisMonth(h);
        String due = Casework.records(Casework.county(), caseId).getString("data.officeCase.nextReviewOn");
        assertThat(due).as("odd jobs: every six months").isEqualTo(Casework.today().plusMonths(6).toString());
        Map<String, Object> household = household(h, "600.00", null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members = new ArrayList<>((List<Map<String, Object>>) household.get("members"));
        Map<String, Object> applicant = new HashMap<>(members.get(0));
        applicant.put("employment", "EMPLOYED");
        members.set(0, applicant);
        household.put("members", members);

        JsonPath recorded = recordReview(Casework.township(), caseId, household, "用人单位劳动合同", "王建国已签订劳动合同，收入稳定", false);
        assertThat(recorded.getString("data.recordReview.review.outcome")).as("same wages, same amount").isEqualTo("CONTINUE");
        Casework.step(Casework.county(), caseId, "REVIEW");
        assertThat(Casework.records(Casework.county(), caseId).getString("data.officeCase.nextReviewOn"))
                .as("twelve months after the review that was due").isEqualTo(Casework.today().plusMonths(6).plusMonths(12).toString());
        assertThat(benefit(h, caseId).getList("data.case.benefit.periods.monthlyAmount")).containsExactly("1407.00", "1407.00");
    }

    @Test
    void objectingNeedsADecidedReview() {
        Household h = new Household();
        String caseId = paidThisMonth(h);
        JsonPath early = Operations.miniapp("ObjectToCase", h.applicantToken(), Map.of("id", caseId, "reasons", "不服"));
        assertThat(early.getString("errors[0].extensions.code")).isEqualTo("PRECONDITION_MISSING");
        assertThat(early.getString("errors[0].message")).contains("核查决定");
    }

    @Test
    void theWorklistShowsReviewsDueAndOverdueToTheirOfficesOnly() {
        Household h = new Household();
        String caseId = paidThisMonth(h);
        Sql.exec("UPDATE case_payment_schedule SET next_review_on = (now() AT TIME ZONE 'Asia/Shanghai')::date - 1 WHERE case_id = '"
                + caseId + "'");

        JsonPath mine = Operations.casework("ReviewsDue", Casework.township(), Map.of("first", 100));
        List<Map<String, Object>> nodes = mine.getList("data.reviewsDue.nodes");
        assertThat(nodes).filteredOn(n -> caseId.equals(n.get("id"))).singleElement()
                .satisfies(n -> assertThat(n.get("reviewOverdue")).isEqualTo(true));
        assertThat(Operations.casework("ReviewsDue", Casework.county(), Map.of("first", 100)).getList("data.reviewsDue.nodes.id"))
                .contains(caseId);
        assertThat(Operations.casework("ReviewsDue", Tokens.staff(Role.CASEWORKER, "410305002"), Map.of("first", 100))
                .getList("data.reviewsDue.nodes.id")).doesNotContain(caseId);
        assertThat(Operations.casework("ReviewsDue", h.applicantToken(), Map.of("first", 100)).getString("errors[0].extensions.code"))
                .isEqualTo("FORBIDDEN");
        assertThat(recordReview(Tokens.staff(Role.CASEWORKER, "410305002"), caseId, household(h, "600.00", null), null, "核查", false)
                .getString("errors[0].extensions.code")).isEqualTo("CASE_NOT_FOUND");
        assertThat(recordReview(Casework.township(), caseId, household(h, "600.00", null), null, " ", false)
                .getString("errors[0].extensions.code")).isEqualTo("REASON_REQUIRED");
    }

    /** In payment at 1,407.00 since this month (the decision's period moved back a month, as if approved last month). */
    private static String paidThisMonth(Household h) {
        String caseId = Payments.inPayment(h, Payments.form(h, "410305001", "600.00"), Casework.TOWNSHIP_OFFICE, Casework.COUNTY_BUREAU);
        Sql.exec("UPDATE case_benefit_period SET from_month = date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai')::date "
                + "WHERE case_id = '" + caseId + "'");
        return caseId;
    }

    private static JsonPath benefit(Household h, String caseId) {
        return Operations.miniapp("CaseBenefit", h.applicantToken(), Map.of("id", caseId));
    }

    private static JsonPath recordReview(String token, String caseId, Map<String, Object> household, String evidence, String reasons,
            boolean stop) {
        Map<String, Object> variables = new HashMap<>(Map.of("caseId", caseId, "household", household, "reasons", reasons, "stop", stop));
        if (evidence != null) {
            variables.put("evidence", evidence);
        }
        return Operations.casework("RecordReview", token, variables);
    }

    /** The household as found at the review: the applicant's wages, and the spouse's where she works. */
    private static Map<String, Object> household(Household h, String applicantWages, String spouseWages) {
        List<Map<String, Object>> incomes = new ArrayList<>();
        incomes.add(Map.of("category", "WAGES", "memberIdNumber", h.applicant, "monthlyAmount", applicantWages, "description", "打零工"));
        if (spouseWages != null) {
            incomes.add(Map.of("category", "WAGES", "memberIdNumber", h.spouse, "monthlyAmount", spouseWages, "description", "福利企业"));
        }
        Map<String, Object> form = h.form();
        Map<String, Object> household = new HashMap<>();
        household.put("members", form.get("members"));
        household.put("incomes", incomes);
        household.put("properties", form.get("properties"));
        household.put("expenditures", form.get("expenditures"));
        return household;
    }
}
