package cn.jiuzhu.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.Casework;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A dibao case from submission to its first payment month and first review, through the API only,
 * with real tokens and the front ends' own operation files: the resident submits, 涧西区湖北路街道
 * investigates and publishes, 洛阳市涧西区民政局 verifies and decides.
 */
@QuarkusTest
class DibaoCaseJourneyTest {

    private static final String TOWNSHIP_NAME = "涧西区湖北路街道办事处";
    private static final String COUNTY_NAME = "洛阳市涧西区民政局";

    @Test
    void fromSubmissionToTheFirstPaymentMonth() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        String township = Casework.township();
        String county = Casework.county();

        // Accepted on the version the caseworker read, then investigated.
        JsonPath read = Casework.officeCase(township, caseId);
        int version = read.getInt("data.officeCase.version");
        JsonPath accepted = Operations.casework("ActOnCase", township, Map.of("id", caseId, "action", "ACCEPT",
                "expectedVersion", version));
        assertThat(accepted.getString("data.actOnCase.state")).isEqualTo("ACCEPTED");
        assertThat(accepted.getInt("data.actOnCase.version")).isEqualTo(version + 1);
        Casework.step(township, caseId, "START_INVESTIGATION");

        // Home visit by two staff, the county's verification; dibao's amount is the rules', not typed.
        JsonPath visit = Casework.recordHomeVisit(caseId, List.of("李娜", " 赵强 "));
        assertThat(visit.getList("data.recordHomeVisit.homeVisits.staff")).containsExactly(List.of("李娜", "赵强"));
        assertThat(visit.getString("data.recordHomeVisit.homeVisits[0].recordedBy")).isEqualTo(TOWNSHIP_NAME);
        JsonPath verified = Casework.recordVerification(county, caseId, true, "收入、财产核对结果符合条件");
        assertThat(verified.getBoolean("data.recordVerification.verification.passed")).isTrue();
        assertThat(verified.getString("data.recordVerification.verification.recordedBy")).isEqualTo(COUNTY_NAME);
        assertThat(verified.getString("data.recordVerification.state")).isEqualTo("INVESTIGATING");
        JsonPath typed = Casework.proposeAmount(caseId, "731.5");
        assertThat(typed.getString("errors[0].extensions.code")).isEqualTo("AMOUNT_COMPUTED");
        assertThat(typed.getString("errors[0].message")).contains("自动计算");

        // Publicity: on the noticeboard, and not over before seven days.
        Casework.step(township, caseId, "START_PUBLICITY");
        Map<String, Object> entry = Map.of("applicantName", "王建国", "householdSize", 3, "monthlyAmount", "1307.00");
        JsonPath board = Operations.casework("Publicity", null, Map.of("villageOrTownshipCode", "410305001"));
        assertThat(board.getList("data.publicity", Map.class)).contains(entry);
        long onBoard = board.getList("data.publicity", Map.class).stream().filter(entry::equals).count();
        assertThat(Operations.casework("Publicity", null, Map.of("villageOrTownshipCode", "410305001001"))
                .getList("data.publicity", Map.class)).as("唐村社区, where the household lives").contains(entry);
        assertThat(Operations.casework("Publicity", null, Map.of("villageOrTownshipCode", "410305001002"))
                .getList("data.publicity", Map.class)).as("天四社区, the next community").doesNotContain(entry);
        JsonPath early = Casework.act(township, caseId, "SEND_FOR_CONFIRMATION", null);
        assertThat(early.getString("errors[0].extensions.code")).isEqualTo("PUBLICITY_NOT_OVER");
        assertThat(early.getString("errors[0].extensions.details.sendableFrom"))
                .isEqualTo(Casework.today().plusDays(7).toString());
        assertThat(Casework.officeCase(township, caseId).getString("data.officeCase.state")).isEqualTo("PUBLICITY");

        // Seven days later (the test moves the publicity's start back a week instead of waiting for the calendar).
        Casework.publicityStartedAWeekAgo(caseId);
        Casework.step(township, caseId, "SEND_FOR_CONFIRMATION");
        assertThat(Operations.casework("Publicity", null, Map.of("villageOrTownshipCode", "410305001"))
                .getList("data.publicity", Map.class).stream().filter(entry::equals).count())
                .as("off the noticeboard once publicity is over (other test households look the same)").isEqualTo(onBoard - 1);

        // The county approves and starts payment: from next month, reviewed every six months (odd jobs: unstable income).
        Casework.step(county, caseId, "APPROVE");
        Casework.step(county, caseId, "START_PAYMENT");
        JsonPath paid = Casework.records(county, caseId);
        assertThat(paid.getString("data.officeCase.state")).isEqualTo("IN_PAYMENT");
        assertThat(paid.getString("data.officeCase.paymentStartsIn"))
                .isEqualTo(YearMonth.now(Casework.CHINA).plusMonths(1).toString());
        assertThat(paid.getString("data.officeCase.nextReviewOn")).isEqualTo(Casework.today().plusMonths(6).toString());
        assertThat(paid.getString("data.officeCase.decision.outcome")).isEqualTo("APPROVED");
        // The published and decided amount is the rules': (669 − 700 / 3) × 3 by 涧西区's 2026 urban standard
        // (wages 800 less 100 employment cost; the disability allowance is not family income).
        assertThat(paid.getString("data.officeCase.decision.monthlyAmount")).isEqualTo("1307.00");
        assertThat(paid.getString("data.officeCase.decision.decidedBy")).isEqualTo(COUNTY_NAME);
        assertThat(Sql.count("SELECT count(*) FROM case_decision WHERE case_id = '" + caseId + "'")).isEqualTo(1);

        // The township's periodic review finds the household as declared; the county's decision moves the next review
        // on by the same six months.
        Map<String, Object> form = h.form();
        JsonPath reviewed = Operations.casework("RecordReview", township, Map.of("caseId", caseId, "reasons", "家庭情况没有变化",
                "household", Map.of("members", form.get("members"), "incomes", form.get("incomes"), "properties",
                        form.get("properties"), "expenditures", form.get("expenditures"))));
        assertThat(reviewed.getString("data.recordReview.review.outcome")).isEqualTo("CONTINUE");
        Casework.step(county, caseId, "REVIEW");
        assertThat(Casework.records(township, caseId).getString("data.officeCase.nextReviewOn"))
                .isEqualTo(Casework.today().plusMonths(12).toString());

        // The resident follows every step, who took it, the decision and when payment starts.
        JsonPath mine = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));
        assertThat(mine.getList("data.case.timeline.action")).containsExactly("SUBMIT", "ACCEPT", "START_INVESTIGATION",
                "START_PUBLICITY", "SEND_FOR_CONFIRMATION", "APPROVE", "START_PAYMENT", "REVIEW_RECORDED", "REVIEW");
        assertThat(mine.getList("data.case.timeline.actorLabel")).containsExactly("申请人或家庭成员", TOWNSHIP_NAME,
                TOWNSHIP_NAME, TOWNSHIP_NAME, TOWNSHIP_NAME, COUNTY_NAME, COUNTY_NAME, TOWNSHIP_NAME, COUNTY_NAME);
        assertThat(mine.getString("data.case.decision.outcome")).isEqualTo("APPROVED");
        assertThat(mine.getString("data.case.decision.monthlyAmount")).isEqualTo("1307.00");
        assertThat(mine.getString("data.case.proposedMonthlyAmount")).isEqualTo("1307.00");
        assertThat(mine.getString("data.case.paymentStartsIn")).isEqualTo(YearMonth.now(Casework.CHINA).plusMonths(1).toString());
        assertThat(mine.getString("data.case.nextReviewOn")).isEqualTo(Casework.today().plusMonths(12).toString());
    }
}
