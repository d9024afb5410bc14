package cn.jiuzhu.charity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.identity.Role;
import cn.jiuzhu.testsupport.Concurrently;
import cn.jiuzhu.testsupport.Casework;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Payments;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Staff;
import cn.jiuzhu.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Charity linkage (慈善帮扶衔接) through the operations the staff console and the mini-app ship. The household lives in
 * 涧西区湖北路街道 (410305001), whose street office handles its case; 洛阳市涧西区民政局 (410305-MZ) is the county bureau.
 * The story is the one reported from Dongying in 2024: a 60,000-yuan hospital bill, temporary aid from the township, then
 * 10,000 yuan from the township's emergency fund and over 40,000 from the district's.
 */
@QuarkusTest
class CharityReferralTest {

    private static final String HOSPITAL_NEED = "王建国突发脑出血，住院手术费用约6万元，医保报销后自付部分家庭无力承担";
    private static final String TOWNSHIP_FUND = "湖北路街道救急难基金";
    private static final String COUNTY_FUND = "涧西区救急难基金";

    @Test
    void theDongyingStoryTheTownshipAndCountyFundsGrantAndTheHouseholdReadsBothInOrder() {
        Household h = new Household();
        String caseId = hospitalBillCase(h);
        int version = Staff.version(Casework.township(), caseId);

        JsonPath toTownshipFund = refer(Casework.township(), caseId, "TOWNSHIP_EMERGENCY_FUND", null, HOSPITAL_NEED, "10000.00");
        assertNoErrors(toTownshipFund);
        String townshipReferral = toTownshipFund.getString("data.referToCharity.id");
        assertThat(toTownshipFund.getString("data.referToCharity.fundName")).as("named after the street").isEqualTo(TOWNSHIP_FUND);
        assertThat(toTownshipFund.getString("data.referToCharity.fundKindLabel")).isEqualTo("乡镇（街道）救急难基金");
        assertThat(toTownshipFund.getString("data.referToCharity.status")).isEqualTo("REFERRED");
        assertThat(toTownshipFund.getString("data.referToCharity.statusLabel")).isEqualTo("待答复");
        assertThat(toTownshipFund.getString("data.referToCharity.referredBy")).isEqualTo("涧西区湖北路街道办事处");
        assertNoErrors(answer(Casework.township(), townshipReferral, "GRANTED", "10000.00", null));

        JsonPath toCountyFund = refer(Casework.county(), caseId, "COUNTY_EMERGENCY_FUND", null,
                "街道救急难基金救助后仍有约4万元缺口，申请区级救急难基金", "40000.00");
        assertNoErrors(toCountyFund);
        String countyReferral = toCountyFund.getString("data.referToCharity.id");
        assertThat(toCountyFund.getString("data.referToCharity.fundName")).as("named after the district").isEqualTo(COUNTY_FUND);
        assertThat(toCountyFund.getString("data.referToCharity.referredBy")).isEqualTo("洛阳市涧西区民政局");
        JsonPath granted = answer(Casework.county(), countyReferral, "GRANTED", "42000.00", "经区救急难基金管理委员会审议，一次性救助");
        assertNoErrors(granted);
        assertThat(granted.getString("data.answerCharityReferral.status")).isEqualTo("GRANTED");
        assertThat(granted.getString("data.answerCharityReferral.amountGranted")).as("more than asked").isEqualTo("42000.00");
        assertThat(granted.getString("data.answerCharityReferral.amountAsked")).isEqualTo("40000.00");
        assertThat(granted.getString("data.answerCharityReferral.answerRecordedBy")).isEqualTo("洛阳市涧西区民政局");

        JsonPath detail = Operations.miniapp("CaseDetail", h.token(h.spouse), Map.of("id", caseId));
        assertNoErrors(detail);
        assertThat(detail.getList("data.case.charityReferrals.fundName")).containsExactly(TOWNSHIP_FUND, COUNTY_FUND);
        assertThat(detail.getList("data.case.charityReferrals.amountAsked")).containsExactly("10000.00", "40000.00");
        assertThat(detail.getList("data.case.charityReferrals.amountGranted")).containsExactly("10000.00", "42000.00");
        assertThat(detail.getList("data.case.charityReferrals.statusLabel")).containsExactly("已给予救助", "已给予救助");
        assertThat(detail.getString("data.case.charityReferrals[0].need")).isEqualTo(HOSPITAL_NEED);
        assertThat(detail.getString("data.case.charityReferrals[1].referredBy")).isEqualTo("洛阳市涧西区民政局");
        assertThat(detail.getString("data.case.charityReferrals[1].answeredAt")).isNotNull();
        assertThat(detail.getString("data.case.charityGrantedTotal")).isEqualTo("52000.00");

        List<Map<String, Object>> notes = charityNotes(detail);
        assertThat(notes).extracting(n -> n.get("action")).containsExactly("CHARITY_REFERRED", "CHARITY_ANSWERED", "CHARITY_REFERRED",
                "CHARITY_ANSWERED");
        assertThat(notes.get(0).get("actionLabel")).isEqualTo("转介慈善帮扶/救急难基金");
        assertThat(notes.get(0).get("actorLabel")).isEqualTo("涧西区湖北路街道办事处");
        assertThat((String) notes.get(0).get("reason")).isEqualTo("转介至湖北路街道救急难基金，申请救助10000.00元：" + HOSPITAL_NEED);
        assertThat(notes.get(1).get("actionLabel")).isEqualTo("慈善帮扶/救急难基金已答复");
        assertThat(notes.get(1).get("actorLabel")).as("the fund answered").isEqualTo(TOWNSHIP_FUND);
        assertThat((String) notes.get(1).get("reason")).isEqualTo("湖北路街道救急难基金给予救助10000.00元（申请10000.00元）。");
        assertThat(notes.get(2).get("actorLabel")).isEqualTo("洛阳市涧西区民政局");
        assertThat((String) notes.get(3).get("reason"))
                .isEqualTo("涧西区救急难基金给予救助42000.00元（申请40000.00元）。经区救急难基金管理委员会审议，一次性救助");
        assertThat(notes).allSatisfy(n -> assertThat(n.get("dueDate")).as("a note starts no time limit").isNull());

        assertThat(detail.getString("data.case.state")).as("a referral does not move the case").isEqualTo("INVESTIGATING");
        assertThat(Staff.version(Casework.township(), caseId)).as("nor change its version").isEqualTo(version);
        assertThat(Sql.count("SELECT count(*) FROM notification_outbox o JOIN case_event e ON e.id = o.case_event_id"
                + " WHERE e.case_id = '" + caseId + "' AND e.action IN ('CHARITY_REFERRED', 'CHARITY_ANSWERED')"))
                .as("the household is told of each").isEqualTo(4);

        JsonPath records = Casework.records(Casework.township(), caseId);
        assertNoErrors(records);
        assertThat(records.getList("data.officeCase.charityReferrals.answerRecordedBy")).containsExactly("涧西区湖北路街道办事处",
                "洛阳市涧西区民政局");
        assertThat(records.getString("data.officeCase.charityGrantedTotal")).isEqualTo("52000.00");
    }

    @Test
    void aDeclinedReferralShowsTheHouseholdWhyAndAddsNothingToTheTotal() {
        Household h = new Household();
        String caseId = hospitalBillCase(h);
        String id = refer(Casework.township(), caseId, "CHARITY_ORGANISATION", "  洛阳市慈善总会 ", HOSPITAL_NEED, "20000.00")
                .getString("data.referToCharity.id");

        JsonPath noReason = answer(Casework.township(), id, "DECLINED", null, "   ");
        assertThat(code(noReason)).isEqualTo("REASON_REQUIRED");
        assertThat(noReason.getString("errors[0].extensions.details.field")).isEqualTo("reason");
        JsonPath withAmount = answer(Casework.township(), id, "DECLINED", "5000.00", "项目资金已用完");
        assertThat(code(withAmount)).as("a refusal grants nothing").isEqualTo("VALIDATION_FAILED");
        assertThat(withAmount.getString("errors[0].extensions.details.field")).isEqualTo("amountGranted");

        JsonPath declined = answer(Casework.township(), id, "DECLINED", null, "本年度大病救助项目资金已用完，建议明年一季度再申请");
        assertNoErrors(declined);
        assertThat(declined.getString("data.answerCharityReferral.status")).isEqualTo("DECLINED");
        assertThat(declined.getString("data.answerCharityReferral.amountGranted")).isNull();

        JsonPath detail = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));
        assertThat(detail.getString("data.case.charityReferrals[0].fundName")).as("stripped").isEqualTo("洛阳市慈善总会");
        assertThat(detail.getString("data.case.charityReferrals[0].fundKindLabel")).isEqualTo("慈善组织");
        assertThat(detail.getString("data.case.charityReferrals[0].statusLabel")).isEqualTo("未予救助");
        assertThat(detail.getString("data.case.charityReferrals[0].answerReason")).contains("明年一季度");
        assertThat(detail.getString("data.case.charityGrantedTotal")).isEqualTo("0.00");
        List<Map<String, Object>> notes = charityNotes(detail);
        assertThat(notes).extracting(n -> n.get("action")).containsExactly("CHARITY_REFERRED", "CHARITY_ANSWERED");
        assertThat((String) notes.get(1).get("reason")).isEqualTo("洛阳市慈善总会未予救助。理由：本年度大病救助项目资金已用完，建议明年一季度再申请");
    }

    @Test
    void aReferralIsAnsweredOnceASecondAnswerIsRefusedAndChangesNothing() {
        Household h = new Household();
        String caseId = hospitalBillCase(h);
        String id = refer(Casework.township(), caseId, "TOWNSHIP_EMERGENCY_FUND", null, HOSPITAL_NEED, "10000.00")
                .getString("data.referToCharity.id");
        assertNoErrors(answer(Casework.township(), id, "GRANTED", "8000.00", null));

        JsonPath again = answer(Casework.county(), id, "GRANTED", "10000.00", null);
        assertThat(code(again)).isEqualTo("CHARITY_REFERRAL_ANSWERED");
        assertThat(again.getString("errors[0].message")).contains(TOWNSHIP_FUND).contains("已给予救助").contains("不能再次记录");
        assertThat(again.getString("errors[0].extensions.details.status")).isEqualTo("GRANTED");
        assertThat(code(answer(Casework.township(), id, "DECLINED", null, "重复申请"))).isEqualTo("CHARITY_REFERRAL_ANSWERED");

        assertThat(Sql.text("SELECT status || '/' || amount_granted FROM charity_referral WHERE id = '" + id + "'"))
                .isEqualTo("GRANTED/8000.00");
        assertThat(Sql.count("SELECT count(*) FROM case_event WHERE case_id = '" + caseId + "' AND action = 'CHARITY_ANSWERED'"))
                .isEqualTo(1);
    }

    @Test
    void twoAnswersAtOnceOneIsRecordedAndTheOtherIsToldItWasAnswered() throws Exception {
        String caseId = hospitalBillCase(new Household());
        String id = refer(Casework.township(), caseId, "COUNTY_EMERGENCY_FUND", null, HOSPITAL_NEED, "40000.00")
                .getString("data.referToCharity.id");

        List<JsonPath> answers = Concurrently.all(List.of(() -> answer(Casework.township(), id, "GRANTED", "40000.00", null),
                () -> answer(Casework.county(), id, "DECLINED", null, "已由街道救急难基金救助")));

        assertThat(answers.stream().filter(a -> a.getString("errors") == null)).hasSize(1);
        assertThat(answers.stream().filter(a -> a.getString("errors") != null).map(CharityReferralTest::code))
                .containsExactly("CHARITY_REFERRAL_ANSWERED");
        assertThat(Sql.count("SELECT count(*) FROM case_event WHERE case_id = '" + caseId + "' AND action = 'CHARITY_ANSWERED'"))
                .isEqualTo(1);
    }

    @Test
    void anotherTownshipOrCountyIsRefusedAndLearnsNothing() {
        Household h = new Household();
        String caseId = hospitalBillCase(h);
        String id = refer(Casework.township(), caseId, "TOWNSHIP_EMERGENCY_FUND", null, HOSPITAL_NEED, "10000.00")
                .getString("data.referToCharity.id");
        String otherTownship = Staff.caseworker(Staff.TIANJINLU_STREET);
        String otherCounty = Staff.countyOfficer(Staff.LAOCHENG_BUREAU);

        JsonPath referByStranger = refer(otherTownship, caseId, "TOWNSHIP_EMERGENCY_FUND", null, "另一项需求", "5000.00");
        assertThat(code(referByStranger)).as("a caseworker of another street of the same county").isEqualTo("CASE_NOT_FOUND");
        assertThat(code(refer(otherCounty, caseId, "COUNTY_EMERGENCY_FUND", null, "另一项需求", "5000.00"))).isEqualTo("CASE_NOT_FOUND");
        JsonPath answerByStranger = answer(otherTownship, id, "GRANTED", "10000.00", null);
        assertThat(code(answerByStranger)).isEqualTo("CHARITY_REFERRAL_NOT_FOUND");
        assertThat(answerByStranger.getString("errors[0].message")).isEqualTo("没有找到这项慈善帮扶转介。");
        assertThat(code(answer(otherCounty, id, "DECLINED", null, "不属本县"))).isEqualTo("CHARITY_REFERRAL_NOT_FOUND");
        for (JsonPath refusal : List.of(referByStranger, answerByStranger)) {
            assertThat(refusal.prettify()).doesNotContain(TOWNSHIP_FUND).doesNotContain(HOSPITAL_NEED).doesNotContain("10000")
                    .doesNotContain("王建国");
            assertThat(refusal.getString("data")).isNull();
        }

        String department = Tokens.staff(Role.DEPARTMENT_OFFICER, "410305-YB");
        assertThat(code(refer(department, caseId, "COUNTY_EMERGENCY_FUND", null, "需求", "100.00"))).isEqualTo("FORBIDDEN");
        assertThat(code(answer(department, id, "GRANTED", "100.00", null))).isEqualTo("FORBIDDEN");
        assertThat(code(answer(h.applicantToken(), id, "GRANTED", "100.00", null))).as("nor the household").isEqualTo("FORBIDDEN");
        assertThat(code(Operations.miniapp("CaseDetail", Tokens.resident(new Household().applicant), Map.of("id", caseId))))
                .isEqualTo("CASE_NOT_FOUND");

        assertThat(Sql.text("SELECT count(*) || '/' || min(status) FROM charity_referral WHERE case_id = '" + caseId + "'"))
                .isEqualTo("1/REFERRED");
        assertThat(Sql.count("SELECT count(*) FROM case_event WHERE case_id = '" + caseId + "' AND action LIKE 'CHARITY_%'")).isEqualTo(1);
    }

    @Test
    void theTownshipDoesNotRecordTheAnswerToItsCountysReferralButTheCountyRecordsTheTownships() {
        String caseId = hospitalBillCase(new Household());
        String countys = refer(Casework.county(), caseId, "COUNTY_EMERGENCY_FUND", null, HOSPITAL_NEED, "30000.00")
                .getString("data.referToCharity.id");
        assertThat(code(answer(Casework.township(), countys, "GRANTED", "30000.00", null))).isEqualTo("CHARITY_REFERRAL_NOT_FOUND");
        assertNoErrors(answer(Casework.county(), countys, "GRANTED", "30000.00", null));
    }

    @Test
    void badAmountsAndMissingTextAreRefusedNamingTheFieldAndNothingIsSaved() {
        Household h = new Household();
        String caseId = hospitalBillCase(h);
        String township = Casework.township();

        assertRefused(refer(township, caseId, "TOWNSHIP_EMERGENCY_FUND", null, HOSPITAL_NEED, "0"), "AMOUNT_OUT_OF_RANGE", "amountAsked");
        assertRefused(refer(township, caseId, "TOWNSHIP_EMERGENCY_FUND", null, HOSPITAL_NEED, "0.00"), "AMOUNT_OUT_OF_RANGE", "amountAsked");
        assertRefused(refer(township, caseId, "TOWNSHIP_EMERGENCY_FUND", null, HOSPITAL_NEED, "1000000.01"), "AMOUNT_OUT_OF_RANGE",
                "amountAsked");
        assertRefused(refer(township, caseId, "TOWNSHIP_EMERGENCY_FUND", null, HOSPITAL_NEED, "-500.00"), "MONEY_INVALID", "amountAsked");
        assertRefused(refer(township, caseId, "TOWNSHIP_EMERGENCY_FUND", null, HOSPITAL_NEED, "一万元"), "MONEY_INVALID", "amountAsked");
        assertRefused(refer(township, caseId, "TOWNSHIP_EMERGENCY_FUND", null, HOSPITAL_NEED, "100.005"), "MONEY_INVALID", "amountAsked");
        assertRefused(refer(township, caseId, "TOWNSHIP_EMERGENCY_FUND", null, "  ", "100.00"), "FIELD_REQUIRED", "need");
        assertRefused(refer(township, caseId, "TOWNSHIP_EMERGENCY_FUND", null, "病".repeat(2001), "100.00"), "VALIDATION_FAILED", "need");
        assertRefused(refer(township, caseId, "CHARITY_ORGANISATION", " ", HOSPITAL_NEED, "100.00"), "FIELD_REQUIRED", "fundName");
        assertRefused(refer(township, caseId, "CHARITY_ORGANISATION", "会".repeat(101), HOSPITAL_NEED, "100.00"), "VALIDATION_FAILED",
                "fundName");
        JsonPath zero = refer(township, caseId, "TOWNSHIP_EMERGENCY_FUND", null, HOSPITAL_NEED, "0");
        assertThat(zero.getString("errors[0].message")).isEqualTo("金额应大于0元，最多1000000.00元，请核对后重新填写。");
        assertThat(zero.getString("errors[0].extensions.details.max")).isEqualTo("1000000.00");
        assertThat(Sql.count("SELECT count(*) FROM charity_referral WHERE case_id = '" + caseId + "'")).isZero();

        String id = refer(township, caseId, "TOWNSHIP_EMERGENCY_FUND", null, HOSPITAL_NEED, "1000000.00").getString("data.referToCharity.id");
        assertThat(id).as("the bound itself is accepted").isNotNull();
        assertRefused(answer(township, id, "GRANTED", "0.00", null), "AMOUNT_OUT_OF_RANGE", "amountGranted");
        assertRefused(answer(township, id, "GRANTED", "abc", null), "MONEY_INVALID", "amountGranted");
        assertRefused(answer(township, id, "GRANTED", "2000000.00", null), "AMOUNT_OUT_OF_RANGE", "amountGranted");
        assertRefused(answer(township, id, "GRANTED", null, "同意救助"), "FIELD_REQUIRED", "amountGranted");
        assertThat(Sql.text("SELECT status || '/' || coalesce(amount_granted::text, '-') FROM charity_referral WHERE id = '" + id + "'"))
                .isEqualTo("REFERRED/-");
        assertThat(Sql.count("SELECT count(*) FROM case_event WHERE case_id = '" + caseId + "' AND action = 'CHARITY_ANSWERED'")).isZero();
    }

    @Test
    void oneReferralPerFundWaitsForAnAnswerAtATime() {
        String caseId = hospitalBillCase(new Household());
        String first = refer(Casework.township(), caseId, "COUNTY_EMERGENCY_FUND", null, HOSPITAL_NEED, "40000.00")
                .getString("data.referToCharity.id");

        assertThat(refer(Casework.county(), caseId, "COUNTY_EMERGENCY_FUND", null, HOSPITAL_NEED, "40000").getString("data.referToCharity.id"))
                .as("the same request again, by whoever").isEqualTo(first);
        JsonPath another = refer(Casework.township(), caseId, "COUNTY_EMERGENCY_FUND", null, HOSPITAL_NEED, "45000.00");
        assertThat(code(another)).isEqualTo("CHARITY_REFERRAL_PENDING");
        assertThat(another.getString("errors[0].message")).contains(COUNTY_FUND);
        assertNoErrors(refer(Casework.township(), caseId, "CHARITY_ORGANISATION", "洛阳市慈善总会", HOSPITAL_NEED, "20000.00"));
        assertThat(Sql.count("SELECT count(*) FROM case_event WHERE case_id = '" + caseId + "' AND action = 'CHARITY_REFERRED'")).isEqualTo(2);

        assertNoErrors(answer(Casework.county(), first, "GRANTED", "20000.00", null));
        JsonPath afterAnswer = refer(Casework.township(), caseId, "COUNTY_EMERGENCY_FUND", null, "后续治疗费用仍有缺口", "20000.00");
        assertNoErrors(afterAnswer);
        assertThat(afterAnswer.getString("data.referToCharity.id")).isNotEqualTo(first);
    }

    @Test
    void aCaseIsReferredOnceAcceptedWhileOpenInPaymentIncluded() {
        Household notYetAccepted = new Household();
        String submitted = Journeys.submit(notYetAccepted, "LINSHI_EXPENSE", hospitalBillForm(notYetAccepted));
        JsonPath tooEarly = refer(Casework.township(), submitted, "TOWNSHIP_EMERGENCY_FUND", null, HOSPITAL_NEED, "10000.00");
        assertThat(code(tooEarly)).isEqualTo("CASE_ACTION_NOT_ALLOWED");
        assertThat(tooEarly.getString("errors[0].message")).isEqualTo("当前办理阶段不能转介慈善帮扶/救急难基金。");

        Household withdrawing = new Household();
        String withdrawn = Journeys.submit(withdrawing, "LINSHI_EXPENSE", hospitalBillForm(withdrawing));
        Casework.step(Casework.township(), withdrawn, "ACCEPT");
        assertNoErrors(Operations.miniapp("WithdrawCase", withdrawing.applicantToken(), Map.of("id", withdrawn)));
        assertThat(code(refer(Casework.township(), withdrawn, "TOWNSHIP_EMERGENCY_FUND", null, HOSPITAL_NEED, "10000.00")))
                .isEqualTo("CASE_ACTION_NOT_ALLOWED");

        Household paid = new Household();
        String inPayment = Payments.inPayment(paid, Payments.form(paid, Staff.HUBEILU_STREET, "300.00"), Staff.HUBEILU_STREET,
                Staff.JIANXI_BUREAU);
        JsonPath referred = refer(Casework.township(), inPayment, "CHARITY_ORGANISATION", "洛阳市慈善总会", "孩子王小明考上大学，学费有困难",
                "5000.00");
        assertNoErrors(referred);
        assertThat(Operations.miniapp("CaseDetail", paid.applicantToken(), Map.of("id", inPayment)).getList("data.case.timeline.action"))
                .endsWith("START_PAYMENT", "CHARITY_REFERRED");
        assertThat(Sql.count("SELECT count(*) FROM charity_referral WHERE case_id IN ('" + submitted + "', '" + withdrawn + "')")).isZero();
    }

    @Test
    void aFundMayAnswerAfterAnUrgentAidCaseIsClosed() {
        Household h = new Household();
        Map<String, Object> form = h.form();
        form.put("emergencyRegionCode", "410305001");
        form.put("answers", List.of(Map.of("key", "emergencyType", "value", "SERIOUS_ILLNESS"),
                Map.of("key", "emergencyDate", "value", Casework.today().toString()), Map.of("key", "emergencyPlace", "value", "湖北路"),
                Map.of("key", "emergencyDescription", "value", "突发脑出血住院")));
        String caseId = Journeys.submit(h, "LINSHI_URGENT", form);
        Casework.step(Casework.township(), caseId, "GRANT_FIRST_AID");
        String id = refer(Casework.township(), caseId, "TOWNSHIP_EMERGENCY_FUND", null, HOSPITAL_NEED, "10000.00")
                .getString("data.referToCharity.id");
        Casework.step(Casework.township(), caseId, "COMPLETE_FILE");

        assertNoErrors(answer(Casework.township(), id, "GRANTED", "10000.00", null));
        JsonPath detail = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));
        assertThat(detail.getString("data.case.state")).isEqualTo("CLOSED");
        assertThat(detail.getList("data.case.timeline.action")).containsExactly("SUBMIT", "GRANT_FIRST_AID", "CHARITY_REFERRED",
                "COMPLETE_FILE", "CHARITY_ANSWERED");
        assertThat(detail.getString("data.case.timeline[-1].toState")).as("the note records the state the case has").isEqualTo("CLOSED");
        assertThat(detail.getString("data.case.charityGrantedTotal")).isEqualTo("10000.00");
    }

    /** The household's application for expenditure-type temporary aid after a hospital bill, accepted and under investigation. */
    private static String hospitalBillCase(Household h) {
        String caseId = Journeys.submit(h, "LINSHI_EXPENSE", hospitalBillForm(h));
        Casework.underInvestigation(caseId);
        return caseId;
    }

    private static Map<String, Object> hospitalBillForm(Household h) {
        Map<String, Object> form = h.form();
        form.put("answers", List.of(Map.of("key", "expenditureKind", "value", "MEDICAL"),
                Map.of("key", "expenditureAmount", "value", "60000.00"),
                Map.of("key", "expenditureDescription", "value", "王建国突发脑出血，在洛阳市中心医院手术治疗"),
                Map.of("key", "expenditureOngoing", "value", "true")));
        return form;
    }

    private static List<Map<String, Object>> charityNotes(JsonPath detail) {
        List<Map<String, Object>> timeline = detail.getList("data.case.timeline");
        return timeline.stream().filter(e -> ((String) e.get("action")).startsWith("CHARITY_")).toList();
    }

    private static JsonPath refer(String token, String caseId, String fundKind, String fundName, String need, String amountAsked) {
        Map<String, Object> variables = new HashMap<>(Map.of("caseId", caseId, "fundKind", fundKind, "need", need,
                "amountAsked", amountAsked));
        variables.put("fundName", fundName);
        return Operations.casework("ReferToCharity", token, variables);
    }

    private static JsonPath answer(String token, String id, String outcome, String amountGranted, String reason) {
        Map<String, Object> variables = new HashMap<>(Map.of("id", id, "outcome", outcome));
        variables.put("amountGranted", amountGranted);
        variables.put("reason", reason);
        return Operations.casework("AnswerCharityReferral", token, variables);
    }

    private static void assertRefused(JsonPath response, String code, String field) {
        assertThat(code(response)).as(response.prettify()).isEqualTo(code);
        assertThat(response.getString("errors[0].extensions.details.field")).isEqualTo(field);
        assertThat(response.getString("errors[0].message")).containsPattern("\\p{IsHan}");
    }

    private static String code(JsonPath response) {
        return response.getString("errors[0].extensions.code");
    }

    private static void assertNoErrors(JsonPath response) {
        assertThat(response.getString("errors")).as(response.prettify()).isNull();
    }

}
