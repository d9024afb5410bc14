package cn.jiuzhu.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.jiuzhu.identity.Role;
import cn.jiuzhu.identity.TokenClaims;
import cn.jiuzhu.testsupport.Casework;
import cn.jiuzhu.testsupport.GraphQL;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Staff;
import cn.jiuzhu.testsupport.Tokens;
import cn.jiuzhu.testsupport.Uploads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;

/**
 * Every request by staff for full personal data is on record, shown or refused, and the auditors of the case's place
 * (and of the requester's office) read it; nobody else does.
 */
@QuarkusTest
class PersonalDataAccessTest {

    private static final String LUOYANG_HOTLINE = "4103-12345";
    private static final String ZHENGZHOU_HOTLINE = "4101-12345";
    private static final String OPERATION = "audit/PersonalDataAccesses";

    private final String jianxiAuditor = Tokens.staff(Role.AUDITOR, Staff.JIANXI_BUREAU);
    private final String laochengAuditor = Tokens.staff(Role.AUDITOR, Staff.LAOCHENG_BUREAU);
    private final int maxPerHour = ConfigProvider.getConfig().getValue("jiuzhu.unmask.max-per-hour", Integer.class);
    private Household household;
    private String mobile;
    private String caseId;
    private String caseNumber;

    @BeforeEach
    void aCaseInJianxi() {
        household = new Household();
        mobile = randomMobile();
        caseId = submit(household, "410305001001", mobile);
        caseNumber = caseNumberOf(caseId);
    }

    @Test
    void aCountyAuditorSeesWhoUnmaskedACaseOfTheCountyWhenFromWhereAndWhy() {
        String subject = "hotline-" + UUID.randomUUID();
        String operator = named(Role.HOTLINE_OPERATOR, LUOYANG_HOTLINE, subject, "张丽");
        assertThat(unmask(operator, caseId, "来电人要求回拨，核对联系电话").getString("data.unmaskCaseContact.idNumber"))
                .isEqualTo(household.applicant);

        JsonPath page = list(jianxiAuditor, Map.of("first", 100));
        Map<String, Object> entry = only(entriesOf(page, caseNumber));
        assertThat(entry).containsEntry("actorRole", "HOTLINE_OPERATOR").containsEntry("actorSubject", subject)
                .containsEntry("actorDisplayName", "张丽").containsEntry("officeCode", LUOYANG_HOTLINE)
                .containsEntry("officeName", "洛阳市12345政务服务便民热线").containsEntry("kind", "CASE_CONTACT")
                .containsEntry("fields", List.of("ID_NUMBER", "MOBILE_NUMBER")).containsEntry("reason", "来电人要求回拨，核对联系电话")
                .containsEntry("dataSubjectMaskedIdNumber", masked(household.applicant))
                .containsEntry("outcome", "SHOWN").containsEntry("refusalCode", null);
        assertThat(Duration.between(OffsetDateTime.parse((String) entry.get("accessedAt")), OffsetDateTime.now()).abs())
                .isLessThan(Duration.ofMinutes(2));
        assertThat(page.prettify()).doesNotContain(household.applicant, mobile);
    }

    @Test
    void refusedAttemptsAreListedWithTheCodeTheRequesterGot() {
        String operator = operator();
        assertThat(code(unmask(operator, caseId, "看"))).isEqualTo("REASON_REQUIRED");
        assertThat(code(unmask(Tokens.staff(Role.HOTLINE_OPERATOR, ZHENGZHOU_HOTLINE, "zz-" + UUID.randomUUID()), caseId,
                "核实来电人身份"))).isEqualTo("CASE_NOT_FOUND");
        assertThat(code(unmask(Staff.caseworker(Staff.HUBEILU_STREET), caseId, "想看看完整号码"))).isEqualTo("FORBIDDEN");

        List<Map<String, Object>> entries = entriesOf(list(jianxiAuditor, Map.of("first", 100, "outcome", "REFUSED")), caseNumber);
        assertThat(entries).extracting(e -> e.get("refusalCode") + "|" + e.get("officeCode") + "|" + e.get("reason"))
                .containsExactly("FORBIDDEN|410305001|想看看完整号码", "CASE_NOT_FOUND|" + ZHENGZHOU_HOTLINE + "|核实来电人身份",
                        "REASON_REQUIRED|" + LUOYANG_HOTLINE + "|看");
        assertThat(entries).allSatisfy(e -> assertThat(e).containsEntry("outcome", "REFUSED"));
        assertThat(entriesOf(list(jianxiAuditor, Map.of("first", 100, "outcome", "SHOWN")), caseNumber)).isEmpty();
    }

    @Test
    void anotherCountysAuditorDoesNotSeeTheEntries() {
        unmask(operator(), caseId, "来电人要求回拨");
        unmask(operator(), caseId, "看");
        assertThat(entriesOf(list(jianxiAuditor, Map.of("first", 100)), caseNumber)).hasSize(2);
        assertThat(allEntries(laochengAuditor)).extracting(e -> e.get("caseNumber")).doesNotContain(caseNumber);
    }

    @Test
    void aTownshipAuditorSeesTheCasesOfItsOfficeOnly() {
        Household neighbour = new Household();
        String tianjinluCase = submit(neighbour, Household.firstVillageOf(Staff.TIANJINLU_STREET), randomMobile());
        String tianjinluNumber = caseNumberOf(tianjinluCase);
        String operator = operator();
        unmask(operator, caseId, "来电人要求回拨");
        unmask(operator, tianjinluCase, "来电人要求回拨");

        List<Object> hubeilu = caseNumbers(allEntries(Tokens.staff(Role.AUDITOR, Staff.HUBEILU_STREET)));
        assertThat(hubeilu).contains(caseNumber).doesNotContain(tianjinluNumber);
        List<Object> tianjinlu = caseNumbers(allEntries(Tokens.staff(Role.AUDITOR, Staff.TIANJINLU_STREET)));
        assertThat(tianjinlu).contains(tianjinluNumber).doesNotContain(caseNumber);
        assertThat(caseNumbers(allEntries(jianxiAuditor))).contains(caseNumber, tianjinluNumber);
    }

    @Test
    void aTownshipAuditorAlsoSeesWhatItsOwnStaffAskedForElsewhere() {
        Household laocheng = new Household();
        String laochengCase = submit(laocheng, "410302001001", randomMobile());
        unmask(Staff.caseworker(Staff.HUBEILU_STREET), laochengCase, "想看看完整号码");

        List<Map<String, Object>> seen = entriesOf(list(Tokens.staff(Role.AUDITOR, Staff.HUBEILU_STREET), Map.of("first", 100)),
                caseNumberOf(laochengCase));
        assertThat(only(seen)).containsEntry("officeCode", Staff.HUBEILU_STREET).containsEntry("refusalCode", "FORBIDDEN");
        assertThat(only(entriesOf(list(laochengAuditor, Map.of("first", 100)), caseNumberOf(laochengCase))))
                .containsEntry("officeCode", Staff.HUBEILU_STREET);
    }

    @Test
    void staffOpeningADocumentAreRecordedShownOrRefused() {
        String applicationId = Sql.text("SELECT application_id FROM assistance_case WHERE id = '" + caseId + "'");
        String attachmentId = Uploads.upload(household.applicantToken(), applicationId, "ID_CARD", "id.jpg", Uploads.JPEG)
                .statusCode(200).extract().path("id");
        String recorded = "SELECT count(*) FROM personal_data_access WHERE attachment_id = '" + attachmentId + "'";

        given().auth().oauth2(household.applicantToken()).get("/api/attachments/" + attachmentId + "/content").then().statusCode(200);
        assertThat(Sql.count(recorded)).as("a household reading its own documents is not audited").isZero();

        given().auth().oauth2(Casework.county()).get("/api/attachments/" + attachmentId + "/content").then().statusCode(200);
        given().auth().oauth2(operator()).get("/api/attachments/" + attachmentId + "/content").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN")).body("details", equalTo(Map.of()));
        given().auth().oauth2(Casework.county()).get("/api/attachments/" + UUID.randomUUID() + "/content").then().statusCode(404)
                .body("code", equalTo("ATTACHMENT_NOT_FOUND"));
        given().get("/api/attachments/" + attachmentId + "/content").then().statusCode(401);

        List<Map<String, Object>> entries = entriesOf(list(jianxiAuditor, Map.of("first", 100)), caseNumber);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(1)).containsEntry("kind", "DOCUMENT").containsEntry("documentType", "ID_CARD")
                .containsEntry("attachmentId", attachmentId).containsEntry("fields", List.of())
                .containsEntry("actorRole", "COUNTY_OFFICER").containsEntry("officeCode", Staff.JIANXI_BUREAU)
                .containsEntry("dataSubjectMaskedIdNumber", masked(household.applicant))
                .containsEntry("outcome", "SHOWN");
        assertThat(entries.get(0)).containsEntry("kind", "DOCUMENT").containsEntry("attachmentId", attachmentId)
                .containsEntry("actorRole", "HOTLINE_OPERATOR").containsEntry("outcome", "REFUSED").containsEntry("refusalCode", "FORBIDDEN");
    }

    @Test
    void onlyAuditorsReadTheRecord() {
        for (String token : List.of(household.applicantToken(), operator(), Staff.caseworker(Staff.HUBEILU_STREET),
                Casework.county(), Tokens.staff(Role.PROVINCIAL_OFFICER, "41-MZ"), Tokens.staff(Role.ADMIN, Staff.JIANXI_BUREAU),
                Tokens.staff(Role.DEPARTMENT_OFFICER, "410305-JY"))) {
            assertThat(code(list(token, Map.of()))).isEqualTo("FORBIDDEN");
        }
        assertThat(code(list(null, Map.of()))).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aDevelopmentAuditorTokenNamesATownshipCountyOrProvinceOffice() {
        for (String office : List.of(Staff.HUBEILU_STREET, Staff.JIANXI_BUREAU, "41-MZ")) {
            String token = given().get("/dev/tokens?role=auditor&officeCode=" + office).then().statusCode(200).extract().path("token");
            assertThat(list(token, Map.of("first", 1)).getList("errors")).as(office).isNull();
        }
        for (String office : List.of(LUOYANG_HOTLINE, "410305-JY")) {
            given().get("/dev/tokens?role=auditor&officeCode=" + office).then().statusCode(400)
                    .body("code", equalTo("ROLE_OFFICE_MISMATCH"));
        }
        given().get("/dev/tokens?role=auditor").then().statusCode(400).body("details.field", equalTo("officeCode"));
    }

    @Test
    void pagesRunNewestFirstAndFiltersNarrowThem() {
        String operator = operator();
        unmask(operator, caseId, "第一次回拨");
        unmask(operator, caseId, "第二次回拨");
        unmask(operator, caseId, "第三次回拨");

        JsonPath first = list(jianxiAuditor, Map.of("first", 2));
        assertThat(first.getList("data.personalDataAccesses.nodes.reason")).containsExactly("第三次回拨", "第二次回拨");
        assertThat(first.getBoolean("data.personalDataAccesses.pageInfo.hasNextPage")).isTrue();
        JsonPath second = list(jianxiAuditor, Map.of("first", 2,
                "after", first.getString("data.personalDataAccesses.pageInfo.endCursor")));
        assertThat(second.getString("data.personalDataAccesses.nodes[0].reason")).isEqualTo("第一次回拨");

        List<Map<String, Object>> all = allEntries(jianxiAuditor);
        assertThat(all).extracting(e -> e.get("id")).doesNotHaveDuplicates();
        List<OffsetDateTime> times = all.stream().map(e -> OffsetDateTime.parse((String) e.get("accessedAt"))).toList();
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i)).isBeforeOrEqualTo(times.get(i - 1));
        }

        LocalDate today = Casework.today();
        assertThat(entriesOf(list(jianxiAuditor, Map.of("first", 100, "from", today.toString(), "to", today.toString())),
                caseNumber)).hasSize(3);
        assertThat(entriesOf(list(jianxiAuditor, Map.of("first", 100, "from", today.minusDays(30).toString(),
                "to", today.minusDays(1).toString())), caseNumber)).isEmpty();
        assertThat(code(list(jianxiAuditor, Map.of("from", today.toString(), "to", today.minusDays(1).toString()))))
                .isEqualTo("VALIDATION_FAILED");
        assertThat(code(list(jianxiAuditor, Map.of("first", 101)))).isEqualTo("PAGE_SIZE_INVALID");
        assertThat(code(list(jianxiAuditor, Map.of("after", "bm90LWEtY3Vyc29y")))).isEqualTo("CURSOR_INVALID");
    }

    @Test
    void overTheCapTheOperatorIsToldWhenToRetryAndSeesNothing() {
        String subject = "hotline-" + UUID.randomUUID();
        String operator = Tokens.staff(Role.HOTLINE_OPERATOR, LUOYANG_HOTLINE, subject);
        for (int i = 0; i < maxPerHour; i++) {
            assertThat(unmask(operator, caseId, "第" + (i + 1) + "次回拨").getString("data.unmaskCaseContact.idNumber"))
                    .isEqualTo(household.applicant);
        }

        JsonPath refused = unmask(operator, caseId, "再次回拨");
        assertThat(code(refused)).isEqualTo("RATE_LIMITED");
        assertThat(refused.getInt("errors[0].extensions.details.retryAfterSeconds")).isBetween(3400, 3600);
        assertThat(refused.getString("data.unmaskCaseContact")).isNull();
        assertThat(refused.prettify()).doesNotContain(household.applicant, mobile);
        assertThat(shownTo(subject)).isEqualTo(maxPerHour);
        assertThat(only(entriesOf(list(jianxiAuditor, Map.of("first", 100, "outcome", "REFUSED")), caseNumber)))
                .containsEntry("refusalCode", "RATE_LIMITED").containsEntry("actorSubject", subject)
                .containsEntry("reason", "再次回拨");
    }

    @Test
    void theWaitEndsWhenTheOldestCountedUnmaskingLeavesTheHour() {
        String subject = "hotline-" + UUID.randomUUID();
        String operator = Tokens.staff(Role.HOTLINE_OPERATOR, LUOYANG_HOTLINE, subject);
        shownEarlier(subject, 1, "61 minutes");
        shownEarlier(subject, 1, "50 minutes");
        shownEarlier(subject, maxPerHour - 2, "10 minutes");

        assertThat(unmask(operator, caseId, "来电人要求回拨").getString("data.unmaskCaseContact.idNumber"))
                .as("the unmasking of 61 minutes ago no longer counts").isEqualTo(household.applicant);
        JsonPath refused = unmask(operator, caseId, "来电人要求回拨");
        assertThat(code(refused)).isEqualTo("RATE_LIMITED");
        assertThat(refused.getInt("errors[0].extensions.details.retryAfterSeconds")).isBetween(590, 600);
    }

    @Test
    void twoUnmaskingsAtTheEdgeOfTheCapDoNotBothPass() throws Exception {
        int requests = 8;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            for (int round = 0; round < 3; round++) {
                String subject = "hotline-" + UUID.randomUUID();
                String operator = Tokens.staff(Role.HOTLINE_OPERATOR, LUOYANG_HOTLINE, subject);
                shownEarlier(subject, maxPerHour - 1, "5 minutes");

                CountDownLatch start = new CountDownLatch(1);
                List<Future<JsonPath>> answers = new ArrayList<>();
                for (int i = 0; i < requests; i++) {
                    Callable<JsonPath> call = () -> {
                        start.await();
                        return unmask(operator, caseId, "并发回拨核实");
                    };
                    answers.add(pool.submit(call));
                }
                start.countDown();
                List<String> outcomes = new ArrayList<>();
                for (Future<JsonPath> answer : answers) {
                    JsonPath r = answer.get();
                    outcomes.add(r.getString("data.unmaskCaseContact.idNumber") != null ? "SHOWN" : code(r));
                }
                assertThat(outcomes).containsOnlyOnce("SHOWN").containsOnly("SHOWN", "RATE_LIMITED");
                assertThat(shownTo(subject)).isEqualTo(maxPerHour);
                assertThat(Sql.count("SELECT count(*) FROM personal_data_access WHERE actor_subject = '" + subject
                        + "' AND refusal_code = 'RATE_LIMITED'")).isEqualTo(requests - 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theRecordIsNeitherChangedNorDeleted() {
        unmask(operator(), caseId, "来电人要求回拨");
        String row = "FROM personal_data_access WHERE case_id = '" + caseId + "'";
        assertThatThrownBy(() -> Sql.exec("UPDATE personal_data_access SET reason = '无' WHERE case_id = '" + caseId + "'"))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> Sql.exec("DELETE " + row)).hasStackTraceContaining("append-only");
        assertThat(Sql.text("SELECT reason " + row)).isEqualTo("来电人要求回拨");
    }

    private static String submit(Household h, String residence, String mobile) {
        Map<String, Object> form = new HashMap<>(h.form());
        form.put("residenceRegionCode", residence);
        form.put("mobileNumber", mobile);
        return Journeys.submit(h, "DIBAO", form);
    }

    private static String caseNumberOf(String caseId) {
        return Sql.text("SELECT case_number FROM assistance_case WHERE id = '" + caseId + "'");
    }

    private static String operator() {
        return Tokens.staff(Role.HOTLINE_OPERATOR, LUOYANG_HOTLINE, "hotline-" + UUID.randomUUID());
    }

    /** A staff token that carries a display name, as the province's identity platform issues them. */
    private static String named(Role role, String office, String subject, String name) {
        return Jwt.subject(subject).upn(subject).groups(Set.of(role.group())).claim(TokenClaims.OFFICE, office)
                .claim(TokenClaims.NAME, name).sign();
    }

    /** Stands in for the clock: unmaskings shown to this operator some time ago. */
    private static void shownEarlier(String subject, int count, String ago) {
        Sql.exec("INSERT INTO personal_data_access (accessed_at, actor_role, actor_subject, actor_office_code, kind, fields, outcome) "
                + "SELECT now() - interval '" + ago + "', 'hotline_operator', '" + subject + "', '" + LUOYANG_HOTLINE
                + "', 'CASE_CONTACT', '{ID_NUMBER,MOBILE_NUMBER}', 'SHOWN' FROM generate_series(1, " + count + ")");
    }

    private static long shownTo(String subject) {
        return Sql.count("SELECT count(*) FROM personal_data_access WHERE actor_subject = '" + subject + "' AND outcome = 'SHOWN'");
    }

    private static JsonPath unmask(String token, String caseId, String reason) {
        return Operations.hotline("UnmaskCaseContact", token, Map.of("caseId", caseId, "reason", reason));
    }

    private static JsonPath list(String token, Map<String, Object> variables) {
        return GraphQL.execute(Operations.document(OPERATION), variables, token);
    }

    /** Every entry the auditor sees, page by page. */
    private static List<Map<String, Object>> allEntries(String auditor) {
        List<Map<String, Object>> all = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>(Map.of("first", 100));
            variables.put("after", after);
            JsonPath page = list(auditor, variables);
            assertThat(page.getList("errors")).isNull();
            all.addAll(page.getList("data.personalDataAccesses.nodes"));
            after = page.getBoolean("data.personalDataAccesses.pageInfo.hasNextPage")
                    ? page.getString("data.personalDataAccesses.pageInfo.endCursor") : null;
        } while (after != null);
        return all;
    }

    private static List<Map<String, Object>> entriesOf(JsonPath page, String caseNumber) {
        assertThat(page.getList("errors")).as(page.prettify()).isNull();
        List<Map<String, Object>> nodes = page.getList("data.personalDataAccesses.nodes");
        return nodes.stream().filter(e -> caseNumber.equals(e.get("caseNumber"))).toList();
    }

    private static List<Object> caseNumbers(List<Map<String, Object>> entries) {
        return entries.stream().map(e -> e.get("caseNumber")).toList();
    }

    private static Map<String, Object> only(List<Map<String, Object>> entries) {
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private static String code(JsonPath r) {
        return r.getString("errors[0].extensions.code");
    }

    private static String masked(String idNumber) {
        return idNumber.substring(0, 3) + "***********" + idNumber.substring(14);
    }

    private static String randomMobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
