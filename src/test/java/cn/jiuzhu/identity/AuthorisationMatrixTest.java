package cn.jiuzhu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import cn.jiuzhu.testsupport.Casework;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Staff;
import cn.jiuzhu.testsupport.TestIds;
import cn.jiuzhu.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Every query, mutation and subscription of the schema, asked by every kind of caller. The operations are read from
 * the published schema, so an operation added without a row here fails this test.
 *
 * <p>One household of 涧西区湖北路街道 (410305001, county 410305, Luoyang 4103, Henan 41) has a dibao case under
 * investigation, a referral to the county's medical insurance bureau, a grant from the street's emergency fund, a routed
 * complaint and a lead, drafts and a filing of the county's standard. Every cell is one of: refused (a refusal code, no data, and none of the household's data
 * anywhere in the answer), sees (the household's data, to those whose work it is), own (an answer about the caller's
 * own office or the public, without the household's data), or allowed with the business answer expected once past the
 * guard (a stale version, a step out of place) so that the allowed cells change as little as possible. Refused cells run
 * first, and the database is compared before and after them: a refusal writes nothing.
 */
@QuarkusTest
class AuthorisationMatrixTest {

    /** Codes a refusal may carry: none of them says anything about the thing asked for. */
    private static final Set<String> REFUSALS = Set.of("UNAUTHENTICATED", "FORBIDDEN", "ROLE_OFFICE_MISMATCH",
            "OUTSIDE_JURISDICTION", "CASE_NOT_FOUND", "APPLICATION_NOT_FOUND", "REFERRAL_NOT_FOUND", "WORK_ORDER_NOT_FOUND",
            "OUTREACH_TASK_NOT_FOUND", "FILING_NOT_FOUND", "ATTACHMENT_NOT_FOUND", "CHARITY_REFERRAL_NOT_FOUND",
            "SERVICE_ITEM_NOT_FOUND", "NOT_FOUND");

    /** The kinds of caller: the household's own and the offices whose work it is, their neighbours, strangers. */
    enum Kind {
        ANONYMOUS, HOUSEHOLD, OTHER_HOUSEHOLD, RESIDENT_BAD_ID,
        CASEWORKER, CASEWORKER_SAME_COUNTY, CASEWORKER_OTHER_COUNTY, CASEWORKER_OTHER_PROVINCE,
        COUNTY_OFFICER, COUNTY_OFFICER_OTHER_COUNTY, COUNTY_OFFICER_OTHER_PROVINCE,
        DEPARTMENT_OFFICER, DEPARTMENT_OFFICER_SAME_COUNTY, DEPARTMENT_OFFICER_OTHER_COUNTY, DEPARTMENT_OFFICER_OTHER_PROVINCE,
        HOTLINE_OPERATOR, HOTLINE_OPERATOR_OTHER_CITY, HOTLINE_OPERATOR_OTHER_PROVINCE,
        PROVINCIAL_OFFICER, PROVINCIAL_OFFICER_OTHER_PROVINCE,
        AUDITOR, AUDITOR_TOWNSHIP, AUDITOR_OTHER_COUNTY, AUDITOR_OTHER_PROVINCE,
        ROLE_OFFICE_MISMATCH, ADMIN, DATA_FEED;

        /** Refused at the door whatever they ask: their token's claims do not hold. */
        boolean refusedAtTheDoor() {
            return this == RESIDENT_BAD_ID || this == ROLE_OFFICE_MISMATCH;
        }
    }

    enum Expect {
        REFUSED, SEES, OWN, ALLOWED
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    Vertx vertx;

    @TestHTTPResource("/graphql")
    URI graphql;

    private static Fixture fixture;

    @TestFactory
    Stream<DynamicTest> everyOperationAskedByEveryKindOfCaller() {
        if (fixture == null) {
            fixture = new Fixture();
        }
        Fixture f = fixture;
        List<Row> rows = rows(f);
        Set<String> covered = new TreeSet<>();
        rows.forEach(r -> covered.add(r.field));
        covered.add("caseEvents");

        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("the matrix has a row for every operation of the schema",
                () -> assertThat(covered).containsExactlyInAnyOrderElementsOf(operationsOfTheSchema())));
        for (Row row : rows) {
            for (Kind kind : Kind.values()) {
                if (row.expect(kind) == Expect.REFUSED) {
                    tests.add(DynamicTest.dynamicTest(row.field + " × " + kind + " → refused", () -> check(f, row, kind)));
                }
            }
        }
        for (Kind kind : Kind.values()) {
            tests.add(DynamicTest.dynamicTest("caseEvents × " + kind + " → " + (kind == Kind.HOUSEHOLD ? "allowed" : "refused"),
                    () -> subscription(f, kind)));
        }
        tests.add(DynamicTest.dynamicTest("refusals changed nothing", () -> assertThat(f.fingerprint()).isEqualTo(f.before)));
        for (Row row : rows) {
            for (Kind kind : Kind.values()) {
                Expect expect = row.expect(kind);
                if (expect != Expect.REFUSED) {
                    tests.add(DynamicTest.dynamicTest(row.field + " × " + kind + " → " + expect.name().toLowerCase(),
                            () -> check(f, row, kind)));
                }
            }
        }
        return tests.stream();
    }

    private void check(Fixture f, Row row, Kind kind) throws Exception {
        HttpResponse<String> response = post(f.token(kind), row.document, row.variables);
        String body = response.body();
        JsonObject json = new JsonObject(body);
        JsonArray errors = json.getJsonArray("errors");
        String code = errors == null ? null : errors.getJsonObject(0).getJsonObject("extensions", new JsonObject()).getString("code");
        JsonObject data = json.getJsonObject("data");
        switch (row.expect(kind)) {
            case REFUSED -> {
                assertThat(code).as("%s by %s: %s", row.field, kind, body).isIn(REFUSALS);
                assertThat(data == null ? null : data.getValue(row.field)).as("no data").isNull();
                f.assertNothingOfTheHousehold(body);
            }
            case SEES -> {
                assertThat(errors).as("%s by %s: %s", row.field, kind, body).isNull();
                assertThat(body).as("%s by %s sees the household's", row.field, kind).contains(row.marker);
            }
            case OWN -> {
                assertThat(errors).as("%s by %s: %s", row.field, kind, body).isNull();
                assertThat(response.statusCode()).isEqualTo(200);
                f.assertNothingOfTheHousehold(body);
            }
            case ALLOWED -> {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(code).as("%s by %s: %s", row.field, kind, body).isEqualTo(row.allowedCode);
            }
        }
    }

    /** caseEvents over graphql-transport-ws: the household listens; anyone else is refused before any event. */
    private void subscription(Fixture f, Kind kind) throws Exception {
        String token = f.token(kind);
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(graphql.getHost()).setPort(graphql.getPort())
                .setURI(graphql.getPath()).addSubProtocol("graphql-transport-ws");
        if (token != null) {
            options.addHeader("Authorization", "Bearer " + token);
        }
        WebSocket socket;
        try {
            socket = vertx.createWebSocketClient().connect(options).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception refusedHandshake) {
            assertThat(kind.refusedAtTheDoor()).as("%s refused at the handshake: %s", kind, refusedHandshake).isTrue();
            return;
        }
        BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        try {
            socket.textMessageHandler(text -> messages.add(new JsonObject(text)));
            socket.writeTextMessage(new JsonObject().put("type", "connection_init").put("payload", new JsonObject()).encode());
            assertThat(next(messages, 10)).as("connection_ack").isNotNull();
            socket.writeTextMessage(new JsonObject().put("id", "1").put("type", "subscribe").put("payload", new JsonObject()
                    .put("query", Operations.document("miniapp/CaseEvents")).put("variables", new JsonObject().put("caseId", f.caseId)))
                    .encode());
            JsonObject answer = next(messages, kind == Kind.HOUSEHOLD ? 1 : 10);
            if (kind == Kind.HOUSEHOLD) {
                assertThat(answer).as("listening, no error").isNull();
                return;
            }
            assertThat(answer).as("%s is refused", kind).isNotNull();
            assertThat(answer.encode()).containsAnyOf(REFUSALS.stream().map(c -> "\"" + c + "\"").toArray(String[]::new));
            f.assertNothingOfTheHousehold(answer.encode());
        } finally {
            socket.close();
        }
    }

    private static JsonObject next(BlockingQueue<JsonObject> messages, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            JsonObject m = messages.poll(100, TimeUnit.MILLISECONDS);
            if (m != null && !"ping".equals(m.getString("type")) && !"pong".equals(m.getString("type"))) {
                return m;
            }
        }
        return null;
    }

    /** A plain HTTP client: the matrix sends over a thousand requests, and parses each answer once. */
    private HttpResponse<String> post(String token, String document, Map<String, Object> variables) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(graphql).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("query", document)
                        .put("variables", new JsonObject(variables)).encode()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Query, Mutation and Subscription fields of the schema front ends build against. */
    private static Set<String> operationsOfTheSchema() throws IOException {
        String schema = Files.readString(Path.of("frontend-contract/schema.graphql"));
        Set<String> fields = new TreeSet<>();
        Matcher root = Pattern.compile("(?m)^type (Query|Mutation|Subscription) \\{\\n(.*?)^}", Pattern.DOTALL).matcher(schema);
        while (root.find()) {
            Matcher field = Pattern.compile("(?m)^  ([a-zA-Z]\\w*)[(:]").matcher(root.group(2));
            while (field.find()) {
                fields.add(field.group(1));
            }
        }
        return fields;
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static final Kind[] RESIDENTS = { Kind.HOUSEHOLD, Kind.OTHER_HOUSEHOLD };
    private static final Kind[] HOTLINES = { Kind.HOTLINE_OPERATOR, Kind.HOTLINE_OPERATOR_OTHER_CITY, Kind.HOTLINE_OPERATOR_OTHER_PROVINCE };
    private static final Kind[] OTHER_HOTLINES = { Kind.HOTLINE_OPERATOR_OTHER_CITY, Kind.HOTLINE_OPERATOR_OTHER_PROVINCE };
    private static final Kind[] OTHER_CASEWORKERS = { Kind.CASEWORKER_SAME_COUNTY, Kind.CASEWORKER_OTHER_COUNTY,
            Kind.CASEWORKER_OTHER_PROVINCE };
    private static final Kind[] COUNTY_OFFICERS = { Kind.COUNTY_OFFICER, Kind.COUNTY_OFFICER_OTHER_COUNTY,
            Kind.COUNTY_OFFICER_OTHER_PROVINCE };
    private static final Kind[] OTHER_COUNTY_OFFICERS = { Kind.COUNTY_OFFICER_OTHER_COUNTY, Kind.COUNTY_OFFICER_OTHER_PROVINCE };
    private static final Kind[] OTHER_DEPARTMENTS = { Kind.DEPARTMENT_OFFICER_SAME_COUNTY, Kind.DEPARTMENT_OFFICER_OTHER_COUNTY,
            Kind.DEPARTMENT_OFFICER_OTHER_PROVINCE };

    private static List<Row> rows(Fixture f) {
        String today = Casework.today().toString();
        List<Row> rows = new ArrayList<>();

        // Public: everyone but a token that fails at the door; nothing of the household is public (not in publicity).
        rows.add(Row.of("region", "query { region(code: \"410305\") { code name children { code } } }").publicForAll());
        rows.add(Row.of("provinces", "query { provinces { code name } }").publicForAll());
        rows.add(Row.of("searchRegions", "query($n: String!) { searchRegions(name: $n, first: 5) { nodes { code name } } }",
                "n", "湖北路").publicForAll());
        rows.add(Row.of("programmes", "query { programmes { code name } }").publicForAll());
        rows.add(Row.of("programme", "query { programme(code: DIBAO) { code name } }").publicForAll());
        rows.add(Row.of("publicity", "query { publicity(villageOrTownshipCode: \"410305001\") { applicantName householdSize } }")
                .publicForAll());
        rows.add(Row.of("selfAssessment", """
                query { selfAssessment(input: {regionCode: "410305001", members: [{age: 40}, {age: 10}],
                  incomes: [{category: WAGES, monthlyAmount: "600.00"}]}) { results { outcome } } }""").publicForAll());
        rows.add(Row.of("standardInForce", "query { standardInForce(regionCode: \"410305001\") { dibaoMonthly reference } }")
                .publicForAll());
        rows.add(Row.of("standardHistory", "query { standardHistory(regionCode: \"410305\") { dibaoMonthly reference } }")
                .publicForAll());
        rows.add(Row.of("office", "query { office(code: \"410305001\") { code name } }").publicForAll());
        rows.add(Row.of("me", "query { me { subject roles maskedIdNumber officeCode } }").publicForAll()
                .with(Expect.REFUSED, Kind.ANONYMOUS).allowed(null, Kind.HOUSEHOLD));

        // The household, in the mini-app.
        rows.add(Row.of("myCases", "query { myCases(first: 50) { nodes { id caseNumber applicantName } } }")
                .sees(f.caseNumber, Kind.HOUSEHOLD).with(Expect.OWN, Kind.OTHER_HOUSEHOLD));
        rows.add(Row.of("case", "query($id: ID!) { case(id: $id) { id caseNumber applicantName state } }", "id", f.caseId)
                .sees(f.caseNumber, Kind.HOUSEHOLD));
        rows.add(Row.of("application", "query($id: ID!) { application(id: $id) { id status form { members { name idNumber } } } }",
                "id", f.draftId).sees(f.draftId, Kind.HOUSEHOLD));
        rows.add(Row.of("myApplicationDrafts", "query { myApplicationDrafts { id form { members { name } } } }")
                .sees(f.draftId, Kind.HOUSEHOLD).with(Expect.OWN, Kind.OTHER_HOUSEHOLD));
        rows.add(Row.of("startApplication", "mutation($k: String!) { startApplication(programme: TEKUN, idempotencyKey: $k) { id } }",
                "k", Household.key()).allowed(null, RESIDENTS));
        rows.add(Row.of("saveApplicationDraft",
                "mutation($id: ID!) { saveApplicationDraft(id: $id, expectedVersion: 999, form: {}) { id version } }", "id", f.draftId)
                .allowed("VERSION_CONFLICT", Kind.HOUSEHOLD));
        rows.add(Row.of("discardApplication", "mutation($id: ID!) { discardApplication(id: $id) { id status } }", "id", f.spareDraftId)
                .allowed(null, Kind.HOUSEHOLD));
        rows.add(Row.of("submitApplication",
                "mutation($id: ID!, $k: String!) { submitApplication(id: $id, idempotencyKey: $k) { id caseNumber } }",
                "id", f.draftId, "k", Household.key()).allowed("VALIDATION_FAILED", Kind.HOUSEHOLD));
        rows.add(Row.of("withdrawCase", "mutation($id: ID!) { withdrawCase(id: $id, reason: \"不需要了\") { id state } }",
                "id", f.withdrawnCaseId).allowed(null, Kind.HOUSEHOLD));
        rows.add(Row.of("objectToCase", "mutation($id: ID!) { objectToCase(id: $id, reasons: \"核对有误\") { id state } }",
                "id", f.caseId).allowed("CASE_ACTION_NOT_ALLOWED", Kind.HOUSEHOLD));

        // The hotline.
        rows.add(Row.of("identifyCaller", "query($n: String!) { identifyCaller(caseNumber: $n) { cases { id caseNumber applicantName } } }",
                "n", f.caseNumber).sees(f.caseNumber, Kind.HOTLINE_OPERATOR).with(Expect.OWN, OTHER_HOTLINES));
        rows.add(Row.of("unmaskCaseContact", "mutation($id: ID!) { unmaskCaseContact(caseId: $id, reason: \"回拨核实情况\") { idNumber mobileNumber } }",
                "id", f.caseId).allowed(null, Kind.HOTLINE_OPERATOR));
        rows.add(Row.of("startApplicationForCaller",
                "mutation($p: String!, $k: String!) { startApplicationForCaller(programme: TEKUN, callerIdNumber: $p, idempotencyKey: $k) { id } }",
                "p", TestIds.next(), "k", Household.key()).allowed(null, HOTLINES));
        rows.add(Row.of("saveApplicationDraftForCaller",
                "mutation($id: ID!) { saveApplicationDraftForCaller(id: $id, expectedVersion: 999, form: {}) { id version } }",
                "id", f.hotlineDraftId).allowed("VERSION_CONFLICT", Kind.HOTLINE_OPERATOR));
        rows.add(Row.of("openWorkOrder", "mutation($i: WorkOrderInput!, $k: String!) { openWorkOrder(input: $i, idempotencyKey: $k) { id status } }",
                "i", Map.of("callerName", "周先生", "callerMobileNumber", "13700001111", "category", "POLICY_QUESTION",
                        "summary", "咨询低保申请材料"), "k", Household.key()).allowed(null, HOTLINES));
        rows.add(Row.of("closeWorkOrder",
                "mutation($id: ID!) { closeWorkOrder(id: $id, outcome: \"已回访\", satisfaction: SATISFIED, expectedVersion: 1) { id status } }",
                "id", f.workOrderId).allowed("WORK_ORDER_NOT_ANSWERED", Kind.HOTLINE_OPERATOR));
        rows.add(Row.of("myOpenWorkOrders", "query { myOpenWorkOrders(first: 100) { nodes { id summary callerName } } }")
                .sees(Fixture.COMPLAINT, Kind.HOTLINE_OPERATOR).with(Expect.OWN, OTHER_HOTLINES));
        rows.add(Row.of("overdueWorkOrders", "query { overdueWorkOrders(first: 100) { nodes { id summary } } }").with(Expect.OWN, HOTLINES));
        rows.add(Row.of("callsPerCategory", "query($d: Date!) { callsPerCategory(from: $d, to: $d) { day category count } }", "d", today)
                .with(Expect.OWN, HOTLINES));

        // The township office: work orders and outreach.
        rows.add(Row.of("answerWorkOrder", "mutation($id: ID!) { answerWorkOrder(id: $id, answer: \"已核实\", expectedVersion: 999) { id } }",
                "id", f.workOrderId).allowed("WORK_ORDER_CHANGED", Kind.CASEWORKER));
        // The township's lists hold every test's orders and tasks, so its own answer is checked as allowed, not by content.
        rows.add(Row.of("officeWorkOrders", "query { officeWorkOrders(first: 100) { nodes { id summary callerName } } }")
                .allowed(null, Kind.CASEWORKER).with(Expect.OWN, OTHER_CASEWORKERS));
        rows.add(Row.of("myOutreachTasks", "query { myOutreachTasks(first: 100) { nodes { id personDescription } } }")
                .allowed(null, Kind.CASEWORKER).with(Expect.OWN, OTHER_CASEWORKERS));
        rows.add(Row.of("completeOutreachTask", "mutation($id: ID!) { completeOutreachTask(id: $id, result: \"已走访\") { id status } }",
                "id", f.spareOutreachTaskId).allowed(null, Kind.CASEWORKER));

        // Casework: the township handling the case and its county bureau.
        rows.add(Row.of("officeCase", "query($id: ID!) { officeCase(id: $id) { id caseNumber applicantName homeVisits { staff } } }",
                "id", f.caseId).sees(f.caseNumber, Kind.CASEWORKER, Kind.COUNTY_OFFICER));
        rows.add(Row.of("actOnCase", "mutation($id: ID!) { actOnCase(id: $id, action: ACCEPT, expectedVersion: 999) { id state } }",
                "id", f.caseId).allowed("CASE_CHANGED", Kind.CASEWORKER, Kind.COUNTY_OFFICER));
        rows.add(Row.of("transferCase",
                "mutation($id: ID!) { transferCase(id: $id, toOfficeCode: \"410305002\", reason: \"户籍在天津路\", expectedVersion: 999) { id } }",
                "id", f.caseId).allowed("CASE_CHANGED", Kind.CASEWORKER));
        rows.add(Row.of("recordHomeVisit", """
                mutation($id: ID!, $d: Date!) { recordHomeVisit(caseId: $id, visitedOn: $d, staff: ["李娜", "赵强"],
                  findings: "住房简陋，家中无贵重物品") { id } }""", "id", f.caseId, "d", today).allowed(null, Kind.CASEWORKER));
        rows.add(Row.of("recordVerification",
                "mutation($id: ID!) { recordVerification(caseId: $id, passed: true, summary: \"核对通过\") { id } }", "id", f.caseId)
                .allowed(null, Kind.COUNTY_OFFICER));
        rows.add(Row.of("proposeAmount", "mutation($id: ID!) { proposeAmount(caseId: $id, monthlyAmount: \"500.00\") { id } }",
                "id", f.caseId).allowed("AMOUNT_COMPUTED", Kind.CASEWORKER));
        rows.add(Row.of("recordVerifiedHousehold", """
                mutation($id: ID!, $p: String!) { recordVerifiedHousehold(caseId: $id, evidence: "入户所见",
                  household: { members: [{ name: "王建国", idNumber: $p, relation: SELF }] }) { id } }""",
                "id", f.caseId, "p", TestIds.next()).allowed(null, Kind.CASEWORKER, Kind.COUNTY_OFFICER));
        rows.add(Row.of("recordPublicityObjection",
                "mutation($id: ID!, $d: Date!) { recordPublicityObjection(caseId: $id, receivedOn: $d, content: \"反映有存款\") { id } }",
                "id", f.caseId, "d", today).allowed("CASE_ACTION_NOT_ALLOWED", Kind.CASEWORKER));
        rows.add(Row.of("holdAppraisal", """
                mutation($id: ID!, $d: Date!) { holdAppraisal(caseId: $id, heldOn: $d, participants: 23, opinion: "评议认为情况属实",
                  expectedVersion: 999) { id } }""", "id", f.caseId, "d", today).allowed("CASE_CHANGED", Kind.CASEWORKER));
        rows.add(Row.of("recordReportAsObjection",
                "mutation($id: ID!, $n: String!) { recordReportAsObjection(id: $id, caseNumber: $n, expectedVersion: 999) { id } }",
                "id", f.workOrderId, "n", f.caseNumber).allowed("WORK_ORDER_CHANGED", Kind.CASEWORKER));
        // The fixture's case is dibao, which assesses no one's self-care: the township is answered so, past the guard.
        rows.add(Row.of("recordSelfCareAssessment", """
                mutation($id: ID!, $m: String!, $d: Date!) { recordSelfCareAssessment(caseId: $id, memberIdNumber: $m,
                  failedItems: [BATHING], assessedOn: $d) { id } }""", "id", f.caseId, "m", f.household.applicant, "d", today)
                .allowed("CASE_ACTION_NOT_ALLOWED", Kind.CASEWORKER));
        rows.add(Row.of("recordCountyVisit", """
                mutation($id: ID!, $d: Date!) { recordCountyVisit(caseId: $id, visitedOn: $d, staff: ["刘科长", "陈干事"],
                  findings: "入户核实") { id } }""", "id", f.caseId, "d", today).allowed("CASE_ACTION_NOT_ALLOWED", Kind.COUNTY_OFFICER));
        rows.add(Row.of("myOfficeQueue", "query { myOfficeQueue(first: 100) { nodes { id caseNumber applicantName } } }")
                .allowed(null, Kind.CASEWORKER).with(Expect.OWN, OTHER_CASEWORKERS).with(Expect.OWN, Kind.DEPARTMENT_OFFICER)
                .with(Expect.OWN, OTHER_DEPARTMENTS));
        rows.add(Row.of("countyQueue", "query { countyQueue(first: 100, states: [INVESTIGATING]) { nodes { id caseNumber applicantName } } }")
                .allowed(null, Kind.COUNTY_OFFICER).with(Expect.OWN, OTHER_COUNTY_OFFICERS));
        rows.add(Row.of("reviewsDue", "query { reviewsDue(first: 100) { nodes { id caseNumber applicantName } } }")
                .allowed(null, Kind.CASEWORKER, Kind.COUNTY_OFFICER).with(Expect.OWN, OTHER_CASEWORKERS)
                .with(Expect.OWN, OTHER_COUNTY_OFFICERS));
        rows.add(Row.of("recordReview", """
                mutation($id: ID!, $p: String!) { recordReview(caseId: $id, reasons: "情况无变化",
                  household: { members: [{ name: "王建国", idNumber: $p, relation: SELF }] }) { id } }""",
                "id", f.caseId, "p", TestIds.next()).allowed("CASE_ACTION_NOT_ALLOWED", Kind.CASEWORKER));
        rows.add(Row.of("overdueCases", "query { overdueCases(first: 100) { nodes { id caseNumber applicantName } } }")
                .allowed(null, Kind.COUNTY_OFFICER).with(Expect.OWN, OTHER_COUNTY_OFFICERS));
        rows.add(Row.of("setDibaoConfirmationDelegation", "mutation { setDibaoConfirmationDelegation(delegate: false) { code } }")
                .allowed(null, COUNTY_OFFICERS));

        // Referrals: the township or county refers; the department it went to answers.
        // Read before referCase below sends this household to the education bureau too.
        rows.add(Row.of("departmentReferrals", "query { departmentReferrals(status: OPEN, first: 100) { nodes { id need applicantName } } }")
                .allowed(null, Kind.DEPARTMENT_OFFICER).with(Expect.OWN, OTHER_DEPARTMENTS));
        rows.add(Row.of("referCase", "mutation($id: ID!) { referCase(caseId: $id, department: EDUCATION, need: \"孩子学费困难\") { id } }",
                "id", f.caseId).allowed(null, Kind.CASEWORKER, Kind.COUNTY_OFFICER));
        rows.add(Row.of("acceptReferral", "mutation($id: ID!) { acceptReferral(id: $id, expectedVersion: 999) { id } }", "id", f.referralId)
                .allowed("REFERRAL_CHANGED", Kind.DEPARTMENT_OFFICER));
        rows.add(Row.of("answerReferral",
                "mutation($id: ID!) { answerReferral(id: $id, outcome: HELP_GRANTED, answer: \"已纳入医疗救助\", expectedVersion: 999) { id } }",
                "id", f.referralId).allowed("REFERRAL_CHANGED", Kind.DEPARTMENT_OFFICER));
        rows.add(Row.of("declineReferral",
                "mutation($id: ID!) { declineReferral(id: $id, reason: \"不属本部门\", expectedVersion: 999) { id } }", "id", f.referralId)
                .allowed("REFERRAL_CHANGED", Kind.DEPARTMENT_OFFICER));

        // Charity linkage: the township or county refers to a fund and records its answer (the fixture's was answered).
        rows.add(Row.of("referToCharity", """
                mutation($id: ID!) { referToCharity(caseId: $id, fundKind: COUNTY_EMERGENCY_FUND, need: "住院费用缺口",
                  amountAsked: "30000.00") { id } }""", "id", f.caseId).allowed(null, Kind.CASEWORKER, Kind.COUNTY_OFFICER));
        rows.add(Row.of("answerCharityReferral",
                "mutation($id: ID!) { answerCharityReferral(id: $id, outcome: GRANTED, amountGranted: \"100.00\") { id } }",
                "id", f.charityReferralId).allowed("CHARITY_REFERRAL_ANSWERED", Kind.CASEWORKER, Kind.COUNTY_OFFICER));

        // Standards: the county files, its province reviews.
        rows.add(Row.of("fileStandard", "mutation($i: StandardFilingInput!, $k: String!) { fileStandard(input: $i, idempotencyKey: $k) { id } }",
                "i", Map.of("regionCode", "410305", "area", "URBAN", "effectiveFrom", "2020-01-01", "reference", "过期的文件",
                        "dibaoMonthly", "700.00", "method", "GAP"), "k", Household.key())
                .allowed("EFFECTIVE_DATE_INVALID", Kind.COUNTY_OFFICER));
        rows.add(Row.of("standardFilings", "query { standardFilings { id regionCode proposed { reference } } }")
                .sees(Fixture.FILING_REFERENCE, Kind.COUNTY_OFFICER, Kind.PROVINCIAL_OFFICER)
                .with(Expect.OWN, OTHER_COUNTY_OFFICERS).with(Expect.OWN, Kind.PROVINCIAL_OFFICER_OTHER_PROVINCE));
        rows.add(Row.of("standardFiling", "query($id: ID!) { standardFiling(id: $id) { id proposed { reference } } }", "id", f.filingId)
                .sees(Fixture.FILING_REFERENCE, Kind.COUNTY_OFFICER, Kind.PROVINCIAL_OFFICER));
        rows.add(Row.of("acceptStandardFiling", "mutation($id: ID!) { acceptStandardFiling(id: $id) { id status } }", "id", f.filingId)
                .allowed("FILING_ALREADY_REVIEWED", Kind.PROVINCIAL_OFFICER));
        rows.add(Row.of("returnStandardFiling",
                "mutation($id: ID!) { returnStandardFiling(id: $id, reasons: \"测算依据不足\") { id status } }", "id", f.filingId)
                .allowed("FILING_ALREADY_REVIEWED", Kind.PROVINCIAL_OFFICER));

        // The county's service list: its bureau keeps it, the bureau and the county's townships read it; the township
        // handling a case arranges from it (a dibao case under investigation is answered so, past the guard).
        Map<String, Object> badItem = Map.of("name", "矩阵测试：助餐服务", "category", "DAILY_LIVING", "provider", "矩阵测试：长者食堂",
                "unit", "餐", "frequencyCount", 0, "frequencyPeriod", "DAY");
        rows.add(Row.of("countyServices", "query { countyServices(countyCode: \"410305\") { id name provider } }")
                .with(Expect.OWN, Kind.CASEWORKER, Kind.CASEWORKER_SAME_COUNTY, Kind.COUNTY_OFFICER));
        rows.add(Row.of("addServiceItem", "mutation($i: ServiceItemInput!) { addServiceItem(countyCode: \"410305\", input: $i) { id } }",
                "i", badItem).allowed("VALIDATION_FAILED", Kind.COUNTY_OFFICER));
        rows.add(Row.of("updateServiceItem", "mutation($id: ID!, $i: ServiceItemInput!) { updateServiceItem(id: $id, input: $i) { id } }",
                "id", f.serviceItemId, "i", badItem).allowed("VALIDATION_FAILED", Kind.COUNTY_OFFICER));
        rows.add(Row.of("retireServiceItem", "mutation($id: ID!) { retireServiceItem(id: $id) { id offered } }", "id", f.spareServiceItemId)
                .allowed(null, Kind.COUNTY_OFFICER));
        rows.add(Row.of("arrangeServices", """
                mutation($id: ID!, $s: ID!, $d: Date!) { arrangeServices(caseId: $id, services: [{ serviceId: $s, startsOn: $d }]) { id } }""",
                "id", f.caseId, "s", f.serviceItemId, "d", today).allowed("CASE_ACTION_NOT_ALLOWED", Kind.CASEWORKER));
        rows.add(Row.of("endServiceArrangement",
                "mutation($id: ID!, $a: ID!) { endServiceArrangement(caseId: $id, arrangementId: $a, reason: \"不再需要\") { id } }",
                "id", f.caseId, "a", UUID.randomUUID().toString()).allowed("SERVICE_ARRANGEMENT_NOT_FOUND", Kind.CASEWORKER));

        // The audit of personal data reads: the case's own township and county see the hotline's unmasking; another
        // county's and another province's auditors see the refused attempts of their own staff made above, so their
        // answers are checked as allowed.
        rows.add(Row.of("personalDataAccesses",
                "query { personalDataAccesses(first: 100) { nodes { caseNumber actorRole officeCode outcome refusalCode reason } } }")
                .sees(f.caseNumber, Kind.AUDITOR, Kind.AUDITOR_TOWNSHIP).allowed(null, Kind.AUDITOR_OTHER_COUNTY, Kind.AUDITOR_OTHER_PROVINCE));

        // Monitoring: the county's monitored population and its at-risk list.
        rows.add(Row.of("monitoredPopulation", "query { monitoredPopulation(countyCode: \"410305\") { persons layers { layer persons } } }")
                .allowed(null, Kind.COUNTY_OFFICER, Kind.PROVINCIAL_OFFICER));
        rows.add(Row.of("importAtRiskPersons", "mutation { importAtRiskPersons(countyCode: \"410305\", sourceReference: \"名单\", "
                + "persons: [{idNumber: \"123\", name: \"张三\"}]) { imported } }").allowed("ID_NUMBER_INVALID", Kind.COUNTY_OFFICER));
        rows.add(Row.of("removeAtRiskPerson", "mutation { removeAtRiskPerson(countyCode: \"410305\", idNumber: \"11010519491231002X\") }")
                .allowed(null, Kind.COUNTY_OFFICER));

        // Administration.
        rows.add(Row.of("renameOffice", "mutation { renameOffice(code: \"410305001\", name: \"涧西区湖北路街道办事处\") { code name } }")
                .allowed(null, Kind.ADMIN));

        // The dates: holiday arrangements (public), their loading and the staging clock (administrators).
        rows.add(Row.of("holidayArrangements", "query { holidayArrangements(year: 2026) { year version sourceTitle } }")
                .publicForAll());
        rows.add(Row.of("calendarYears", "query { calendarYears { year loaded status } }").allowed(null, Kind.ADMIN));
        rows.add(Row.of("loadHolidayArrangement", "mutation { loadHolidayArrangement(input: {year: 1999, sourceTitle: \"通知\", "
                + "holidays: [{date: \"1999-10-01\", name: \"国庆节\"}], workdays: []}) { newVersion } }")
                .allowed("CALENDAR_INVALID", Kind.ADMIN));
        rows.add(Row.of("stagingClock", "query { stagingClock { today aheadSeconds } }").publicForAll());
        rows.add(Row.of("setStagingClock", "mutation { setStagingClock(aheadDays: -1) { today } }")
                .allowed("STAGING_CLOCK_OFFSET_INVALID", Kind.ADMIN));
        return rows;
    }

    /** One operation as a front end sends it, and what each kind of caller gets. Unlisted kinds are refused. */
    static final class Row {
        final String field;
        final String document;
        final Map<String, Object> variables;
        final Map<Kind, Expect> expect = new EnumMap<>(Kind.class);
        String marker;
        String allowedCode;

        private Row(String field, String document, Map<String, Object> variables) {
            this.field = field;
            this.document = document;
            this.variables = variables;
        }

        static Row of(String field, String document, Object... variables) {
            Map<String, Object> vars = new LinkedHashMap<>();
            for (int i = 0; i < variables.length; i += 2) {
                vars.put((String) variables[i], variables[i + 1]);
            }
            return new Row(field, document, vars);
        }

        Row with(Expect e, Kind... kinds) {
            for (Kind k : kinds) {
                expect.put(k, e);
            }
            return this;
        }

        Row sees(String marker, Kind... kinds) {
            this.marker = marker;
            return with(Expect.SEES, kinds);
        }

        /** Past the guard, the business answer: null for success, or the code a stale version or a step out of place gives. */
        Row allowed(String code, Kind... kinds) {
            this.allowedCode = code;
            return with(Expect.ALLOWED, kinds);
        }

        Row publicForAll() {
            for (Kind k : Kind.values()) {
                expect.put(k, Expect.OWN);
            }
            return this;
        }

        Expect expect(Kind kind) {
            return kind.refusedAtTheDoor() ? Expect.REFUSED : expect.getOrDefault(kind, Expect.REFUSED);
        }
    }

    /** The household and everything made about it, made once through the front ends' own operations. */
    static final class Fixture {
        static final String COMPLAINT = "矩阵测试：反映湖北路街道窗口推诿";
        static final String LEAD = "矩阵测试：独居老人无人照料";
        static final String NEED = "矩阵测试：透析费用负担重";
        static final String CHARITY_NEED = "矩阵测试：住院押金无力支付";
        static final String FILING_REFERENCE = "矩阵测试：涧西区提高城市低保标准的通知";

        final Household household = new Household();
        final Map<Kind, String> tokens = new EnumMap<>(Kind.class);
        final List<String> secrets = new ArrayList<>();
        final String caseId;
        final String caseNumber;
        final String withdrawnCaseId;
        final String draftId;
        final String spareDraftId;
        final String hotlineDraftId;
        final String referralId;
        final String charityReferralId;
        final String workOrderId;
        final String spareOutreachTaskId;
        final String filingId;
        final String serviceItemId;
        final String spareServiceItemId;
        final Map<String, String> before;

        Fixture() {
            tokens.put(Kind.HOUSEHOLD, household.applicantToken());
            tokens.put(Kind.OTHER_HOUSEHOLD, Tokens.resident(TestIds.next()));
            tokens.put(Kind.RESIDENT_BAD_ID, Jwt.subject("resident-bad").upn("resident-bad").groups(Set.of(Role.RESIDENT.group()))
                    .claim(TokenClaims.ID_NUMBER, "110105194912310021").sign());
            staff(Kind.CASEWORKER, Role.CASEWORKER, Staff.HUBEILU_STREET);
            staff(Kind.CASEWORKER_SAME_COUNTY, Role.CASEWORKER, Staff.TIANJINLU_STREET);
            staff(Kind.CASEWORKER_OTHER_COUNTY, Role.CASEWORKER, "410302001");
            staff(Kind.CASEWORKER_OTHER_PROVINCE, Role.CASEWORKER, "140105001");
            staff(Kind.COUNTY_OFFICER, Role.COUNTY_OFFICER, Staff.JIANXI_BUREAU);
            staff(Kind.COUNTY_OFFICER_OTHER_COUNTY, Role.COUNTY_OFFICER, Staff.LAOCHENG_BUREAU);
            staff(Kind.COUNTY_OFFICER_OTHER_PROVINCE, Role.COUNTY_OFFICER, "140105-MZ");
            staff(Kind.DEPARTMENT_OFFICER, Role.DEPARTMENT_OFFICER, "410305-YB");
            staff(Kind.DEPARTMENT_OFFICER_SAME_COUNTY, Role.DEPARTMENT_OFFICER, "410305-JY");
            staff(Kind.DEPARTMENT_OFFICER_OTHER_COUNTY, Role.DEPARTMENT_OFFICER, "410302-YB");
            staff(Kind.DEPARTMENT_OFFICER_OTHER_PROVINCE, Role.DEPARTMENT_OFFICER, "140105-YB");
            // An operator of its own, so that "my open work orders" are the matrix's only.
            tokens.put(Kind.HOTLINE_OPERATOR, Tokens.staff(Role.HOTLINE_OPERATOR, "4103-12345", "hotline-operator-matrix"));
            staff(Kind.HOTLINE_OPERATOR_OTHER_CITY, Role.HOTLINE_OPERATOR, "4101-12345");
            staff(Kind.HOTLINE_OPERATOR_OTHER_PROVINCE, Role.HOTLINE_OPERATOR, "1401-12345");
            staff(Kind.PROVINCIAL_OFFICER, Role.PROVINCIAL_OFFICER, "41-MZ");
            staff(Kind.PROVINCIAL_OFFICER_OTHER_PROVINCE, Role.PROVINCIAL_OFFICER, "14-MZ");
            staff(Kind.AUDITOR, Role.AUDITOR, Staff.JIANXI_BUREAU);
            staff(Kind.AUDITOR_TOWNSHIP, Role.AUDITOR, Staff.HUBEILU_STREET);
            staff(Kind.AUDITOR_OTHER_COUNTY, Role.AUDITOR, Staff.LAOCHENG_BUREAU);
            staff(Kind.AUDITOR_OTHER_PROVINCE, Role.AUDITOR, "140105-MZ");
            staff(Kind.ROLE_OFFICE_MISMATCH, Role.CASEWORKER, Staff.JIANXI_BUREAU);
            tokens.put(Kind.ADMIN, Jwt.subject("admin-matrix").upn("admin-matrix").groups(Set.of(Role.ADMIN.group())).sign());
            tokens.put(Kind.DATA_FEED, Jwt.subject("feed-matrix").upn("feed-matrix").groups(Set.of(Role.DATA_FEED.group())).sign());

            Map<String, Object> form = household.form();
            String mobile = "1390" + household.applicant.substring(10, 17);
            form.put("mobileNumber", mobile);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> members = (List<Map<String, Object>>) form.get("members");
            String[] names = { "矩阵甲", "矩阵乙", "矩阵丙" };
            for (int i = 0; i < members.size(); i++) {
                members.get(i).put("name", names[i]);
            }
            secrets.addAll(List.of(names));
            secrets.addAll(List.of(household.applicant, household.spouse, household.child, mobile, COMPLAINT, LEAD, NEED,
                    CHARITY_NEED, FILING_REFERENCE));

            caseId = Journeys.submit(household, "DIBAO", form);
            caseNumber = Sql.text("SELECT case_number FROM assistance_case WHERE id = '" + caseId + "'");
            secrets.add(caseNumber);
            Casework.underInvestigation(caseId);

            withdrawnCaseId = Journeys.submit(household, "SPECIAL_EDUCATION", withAnswers(form));
            ok(Operations.miniapp("WithdrawCase", household.applicantToken(), Map.of("id", withdrawnCaseId, "reason", "已解决")));
            secrets.add(Sql.text("SELECT case_number FROM assistance_case WHERE id = '" + withdrawnCaseId + "'"));
            draftId = Journeys.startDraft(household.applicantToken(), "BIANYUAN");
            spareDraftId = Journeys.startDraft(household.applicantToken(), "GANGXING");
            hotlineDraftId = ok(Operations.hotline("StartApplicationForCaller", token(Kind.HOTLINE_OPERATOR), Map.of("programme", "TEKUN",
                    "callerIdNumber", household.spouse, "idempotencyKey", Household.key()))).getString("data.startApplicationForCaller.id");

            referralId = ok(Operations.casework("ReferCase", token(Kind.CASEWORKER), Map.of("caseId", caseId,
                    "department", "MEDICAL_INSURANCE", "need", NEED))).getString("data.referCase.id");
            charityReferralId = ok(Operations.casework("ReferToCharity", token(Kind.CASEWORKER), Map.of("caseId", caseId,
                    "fundKind", "TOWNSHIP_EMERGENCY_FUND", "need", CHARITY_NEED, "amountAsked", "8000.00")))
                    .getString("data.referToCharity.id");
            ok(Operations.casework("AnswerCharityReferral", token(Kind.CASEWORKER), Map.of("id", charityReferralId, "outcome", "GRANTED",
                    "amountGranted", "8000.00")));
            workOrderId = ok(openWorkOrder("COMPLAINT", COMPLAINT)).getString("data.openWorkOrder.id");
            ok(openWorkOrder("LEAD", LEAD));
            String spareLead = ok(openWorkOrder("LEAD", "矩阵测试：另一位需要走访的老人")).getString("data.openWorkOrder.id");
            secrets.add("矩阵测试：另一位需要走访的老人");
            spareOutreachTaskId = Sql.text("SELECT id FROM outreach_task WHERE work_order_id = '" + spareLead + "'");

            Map<String, Object> filing = new HashMap<>(Map.of("regionCode", "410305", "area", "URBAN",
                    "effectiveFrom", java.time.YearMonth.now(cn.jiuzhu.common.time.ChinaTime.ZONE).plusMonths(2).atDay(1).toString(),
                    "reference", FILING_REFERENCE, "dibaoMonthly", "760.00", "method", "GAP"));
            filingId = ok(Operations.casework("FileStandard", token(Kind.COUNTY_OFFICER), Map.of("input", filing,
                    "idempotencyKey", Household.key()))).getString("data.fileStandard.id");
            ok(Operations.casework("ReturnStandardFiling", token(Kind.PROVINCIAL_OFFICER), Map.of("id", filingId,
                    "reasons", "矩阵测试：请补充测算依据")));
            ok(Operations.hotline("UnmaskCaseContact", token(Kind.HOTLINE_OPERATOR), Map.of("caseId", caseId, "reason", "回拨核实情况")));
            serviceItemId = serviceItem("矩阵测试：上门照料");
            spareServiceItemId = serviceItem("矩阵测试：探访关爱");
            before = fingerprint();
        }

        String token(Kind kind) {
            return tokens.get(kind);
        }

        private void staff(Kind kind, Role role, String office) {
            tokens.put(kind, Tokens.staff(role, office));
        }

        private String serviceItem(String name) {
            Map<String, Object> input = Map.of("name", name, "category", "CARE", "provider", "矩阵测试：养老服务中心", "unit", "小时",
                    "frequencyCount", 2, "frequencyPeriod", "WEEK");
            return ok(Operations.casework("AddServiceItem", token(Kind.COUNTY_OFFICER), Map.of("countyCode", "410305", "input", input)))
                    .getString("data.addServiceItem.id");
        }

        private JsonPath openWorkOrder(String category, String summary) {
            Map<String, Object> input = new HashMap<>(Map.of("callerName", "矩阵来电人", "callerMobileNumber", "13600002222",
                    "category", category, "summary", summary, "regionCode", "410305001"));
            return Operations.hotline("OpenWorkOrder", token(Kind.HOTLINE_OPERATOR), Map.of("input", input,
                    "idempotencyKey", Household.key()));
        }

        private static Map<String, Object> withAnswers(Map<String, Object> form) {
            Map<String, Object> f = new HashMap<>(form);
            f.put("answers", List.of(Map.of("key", "schoolStage", "value", "COMPULSORY"),
                    Map.of("key", "schoolName", "value", "涧西区实验小学")));
            return f;
        }

        private static JsonPath ok(JsonPath r) {
            assertThat(r.getList("errors")).as(r.prettify()).isNull();
            return r;
        }

        void assertNothingOfTheHousehold(String body) {
            assertThat(body).as("nothing of the household in a refusal or another office's answer")
                    .doesNotContain(secrets.toArray(String[]::new));
        }

        /** What a refusal must leave as it was: every table the operations write, and the household's rows. */
        Map<String, String> fingerprint() {
            Map<String, String> f = new LinkedHashMap<>();
            for (String table : new String[] { "application", "assistance_case", "case_event", "referral", "charity_referral", "work_order",
                    "outreach_task", "standard_filing", "case_home_visit", "case_verification", "household_finding", "case_review",
                    "notification_outbox", "service_item", "case_service_arrangement" }) {
                f.put(table, Sql.text("SELECT count(*)::text FROM " + table));
            }
            f.put("case", Sql.text("SELECT state || '/' || version FROM assistance_case WHERE id = '" + caseId + "'"));
            f.put("drafts", Sql.text("SELECT string_agg(status || '/' || version, ',' ORDER BY id) FROM application WHERE id IN ('"
                    + draftId + "', '" + spareDraftId + "', '" + hotlineDraftId + "')"));
            f.put("referral", Sql.text("SELECT status || '/' || version FROM referral WHERE id = '" + referralId + "'"));
            f.put("charityReferral", Sql.text("SELECT status || '/' || amount_granted FROM charity_referral WHERE id = '"
                    + charityReferralId + "'"));
            f.put("workOrder", Sql.text("SELECT status || '/' || version FROM work_order WHERE id = '" + workOrderId + "'"));
            f.put("outreach", Sql.text("SELECT status FROM outreach_task WHERE id = '" + spareOutreachTaskId + "'"));
            f.put("filing", Sql.text("SELECT status FROM standard_filing WHERE id = '" + filingId + "'"));
            f.put("serviceItems", Sql.text("SELECT string_agg(name || frequency_count || (retired_at IS NULL), ',' ORDER BY name) "
                    + "FROM service_item WHERE id IN ('" + serviceItemId + "', '" + spareServiceItemId + "')"));
            f.put("offices", Sql.text("SELECT string_agg(code || name || delegates_dibao_confirmation, ',' ORDER BY code) FROM office "
                    + "WHERE code IN ('410305001', '410305-MZ', '410302-MZ', '140105-MZ')"));
            return f;
        }
    }
}
