package cn.jiuzhu.common.error;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.jiuzhu.identity.Role;
import cn.jiuzhu.testsupport.DatabaseProxy;
import cn.jiuzhu.testsupport.FreshDatabase;
import cn.jiuzhu.testsupport.GraphQL;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.ProxiedDatabase;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

/**
 * The database goes away under a running service, for real: the application's connections run
 * through a proxy that the tests cut (every connection closed, new ones refused), hang, and
 * restore. A client is told to retry, never that something broke, and nothing is lost or doubled.
 */
@QuarkusTest
@TestProfile(DatabaseUnavailableTest.ThroughAProxy.class)
class DatabaseUnavailableTest {

    /** The application's reactive client goes through the proxy; Flyway and the tests' look-ups go direct. */
    public static class ThroughAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reactive.url",
                    "postgresql://127.0.0.1:${" + ProxiedDatabase.PORT_PROPERTY + "}/${jiuzhu.test.database}",
                    // Shorter than in production, to keep this class fast; still far below the client's 30 s default.
                    "jiuzhu.datasource.acquisition-timeout", ACQUISITION_TIMEOUT_SECONDS + "s");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProxiedDatabase.class));
        }
    }

    static final int ACQUISITION_TIMEOUT_SECONDS = 2;

    private static final String REGION = "{ region(code: \"4103\") { name } }";
    private static final String UNAVAILABLE_TEXT = Messages.of(ErrorCode.SERVICE_UNAVAILABLE);

    DatabaseProxy database;

    @Inject
    Vertx vertx;

    @TestHTTPResource("/graphql")
    URI graphql;

    @ConfigProperty(name = "jiuzhu.test.database")
    String databaseName;

    @AfterEach
    void databaseBack() {
        database.restore();
    }

    @Test
    void aSubmissionCutOffInTheDatabaseIsRetryableAndItsRetryMakesOneCase() throws Exception {
        Household h = new Household();
        String token = h.applicantToken();
        String id = Journeys.startDraft(token, "DIBAO");
        Journeys.save(token, id, 1, h.form());
        String key = Household.key();

        JsonPath cutOff;
        try (Connection blocker = FreshDatabase.connect(databaseName)) {
            // Hold the draft's row so the submission waits inside its transaction, key already claimed.
            blocker.setAutoCommit(false);
            try (PreparedStatement lock = blocker.prepareStatement("SELECT id FROM application WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, UUID.fromString(id));
                lock.executeQuery();
            }
            CompletableFuture<JsonPath> submission = CompletableFuture.supplyAsync(
                    () -> Operations.miniapp("SubmitApplication", token, Map.of("id", id, "idempotencyKey", key)));
            awaitStatementWaitingOnALock();
            database.cut();
            cutOff = submission.get(20, TimeUnit.SECONDS);
            blocker.rollback();
        }

        assertRetryable(cutOff);
        assertThat(cutOff.getString("data.submitApplication")).isNull();
        database.restore();
        JsonPath retried = Operations.miniapp("SubmitApplication", token, Map.of("id", id, "idempotencyKey", key));
        assertThat(retried.getString("errors")).as(retried.prettify()).isNull();
        assertThat(Sql.count("SELECT count(*) FROM assistance_case WHERE application_id = '" + id + "'")).isEqualTo(1);
        assertThat(Operations.miniapp("MyCases", token, Map.of()).getList("data.myCases.nodes.id"))
                .containsExactly(retried.getString("data.submitApplication.id"));
    }

    @Test
    void whileTheDatabaseIsDownClientsAreToldToRetryAndReadinessIsDown() {
        database.cut();

        assertRetryable(GraphQL.query(REGION));
        // A write as well as a read.
        assertRetryable(GraphQL.asUser(Tokens.staff(Role.ADMIN, "41-MZ"),
                "mutation { renameOffice(code: \"410305002\", name: \"涧西区天津路街道办事处\") { name } }"));
        Response rest = given().get("/api/regions/4103");
        assertThat(rest.statusCode()).isEqualTo(503);
        assertThat(rest.header("Retry-After")).isEqualTo(String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        assertThat(rest.jsonPath().getString("code")).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(rest.jsonPath().<Object> get("retryable")).isEqualTo(true);
        assertThat(rest.jsonPath().getString("message")).isEqualTo(UNAVAILABLE_TEXT);
        assertThat(rest.jsonPath().getString("correlationId")).isNull();
        Response ready = given().get("/q/health/ready");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.jsonPath().getString("status")).isEqualTo("DOWN");

        database.restore();
        assertThat(GraphQL.query(REGION).getString("data.region.name")).isEqualTo("洛阳市");
        given().get("/api/regions/4103").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aSubmissionWhileTheDatabaseIsDownIsRetriedWithTheSameKeyIntoExactlyOneCase() {
        Household h = new Household();
        String token = h.applicantToken();
        String id = Journeys.startDraft(token, "DIBAO");
        Journeys.save(token, id, 1, h.form());
        String key = Household.key();

        database.cut();
        assertRetryable(Operations.miniapp("SubmitApplication", token, Map.of("id", id, "idempotencyKey", key)));
        database.restore();

        JsonPath draft = Operations.miniapp("ApplicationDraft", token, Map.of("id", id));
        assertThat(draft.getInt("data.application.version")).isEqualTo(2);
        assertThat(draft.getList("data.application.form.members.idNumber")).containsExactly(h.applicant, h.spouse, h.child);
        assertThat(draft.getList("data.application.problems")).isEmpty();
        JsonPath first = Operations.miniapp("SubmitApplication", token, Map.of("id", id, "idempotencyKey", key));
        JsonPath again = Operations.miniapp("SubmitApplication", token, Map.of("id", id, "idempotencyKey", key));
        assertThat(first.getString("errors")).as(first.prettify()).isNull();
        assertThat(again.getString("data.submitApplication.id")).isEqualTo(first.getString("data.submitApplication.id"));
        assertThat(Operations.miniapp("MyCases", token, Map.of()).getList("data.myCases.nodes.id")).hasSize(1);
    }

    @Test
    void aDatabaseThatAcceptsButNeverAnswersIsServiceUnavailableWithinTheWaitNotAHang() {
        database.hang();

        // Without a bounded wait the client's 30 s default would outlast this client's patience.
        Response rest = given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 15_000))).get("/api/regions/4103");

        assertThat(rest.statusCode()).isEqualTo(503);
        assertThat(rest.jsonPath().getString("code")).isEqualTo("SERVICE_UNAVAILABLE");
    }

    @Test
    void aServerRefusingConnectionsIsServiceUnavailable() throws Exception {
        try (Connection admin = FreshDatabase.connect("postgres"); Statement s = admin.createStatement()) {
            s.execute("ALTER DATABASE " + databaseName + " CONNECTION LIMIT 0");
            try {
                // New connections only: the pooled ones go with the cut.
                database.cut();
                database.restore();
                JsonPath refused = GraphQL.query(REGION);
                assertRetryable(refused);
            } finally {
                s.execute("ALTER DATABASE " + databaseName + " CONNECTION LIMIT -1");
            }
        }
        assertThat(GraphQL.query(REGION).getString("data.region.name")).isEqualTo("洛阳市");
    }

    @Test
    void aSubscriptionStartedWhileTheDatabaseIsDownEndsWithARetryableError() throws Exception {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        database.cut();

        BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        WebSocket socket = connect(h.applicantToken(), messages);
        try {
            socket.writeTextMessage(new JsonObject().put("id", "1").put("type", "subscribe").put("payload", new JsonObject()
                    .put("query", Operations.document("miniapp/CaseEvents"))
                    .put("variables", new JsonObject().put("caseId", caseId))).encode());
            JsonObject answer = next(messages, "next").getJsonObject("payload");
            JsonObject error = answer.getJsonArray("errors").getJsonObject(0);
            assertThat(error.getString("message")).isEqualTo(UNAVAILABLE_TEXT);
            assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(error.getJsonObject("extensions").getValue("retryable")).isEqualTo(true);
            assertThat(next(messages, "complete")).isNotNull();
        } finally {
            socket.close();
        }
    }

    @Test
    void aStormOfFailingRequestsLogsOneWarningAtMostAndNoStackTrace() throws InterruptedException {
        Logger all = Logger.getLogger("");
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public synchronized void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        all.addHandler(capture);
        try {
            database.cut();
            for (int i = 0; i < 10; i++) {
                assertRetryable(GraphQL.query(REGION));
                given().get("/api/regions/4103").then().statusCode(503);
            }
            // The pool's wait timers of these requests fire later; what they would log is part of the storm.
            Thread.sleep(TimeUnit.SECONDS.toMillis(ACQUISITION_TIMEOUT_SECONDS + 1));
        } finally {
            all.removeHandler(capture);
        }

        synchronized (capture) {
            List<LogRecord> ours = logged.stream().filter(r -> r.getLoggerName().startsWith("cn.jiuzhu")).toList();
            assertThat(logged).noneMatch(r -> r.getLevel().intValue() > Level.WARNING.intValue());
            assertThat(ours).allMatch(r -> r.getThrown() == null);
            assertThat(ours.stream().filter(r -> r.getLevel().intValue() == Level.WARNING.intValue())).hasSizeLessThanOrEqualTo(1);
        }
    }

    private static void assertRetryable(JsonPath answer) {
        assertThat(answer.getString("errors[0].extensions.code")).as(answer.prettify()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(answer.<Object> get("errors[0].extensions.retryable")).isEqualTo(true);
        assertThat(answer.getInt("errors[0].extensions.details.retryAfterSeconds")).isEqualTo(DatabaseOutage.RETRY_AFTER_SECONDS);
        assertThat(answer.getString("errors[0].message")).isEqualTo(UNAVAILABLE_TEXT);
        assertThat(answer.getString("errors[0].extensions.correlationId")).isNull();
    }

    /** The submission's statement is in the database, waiting for the row the test holds. */
    private void awaitStatementWaitingOnALock() throws Exception {
        for (int i = 0; i < 100; i++) {
            if (Sql.count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the submission never reached the locked draft");
    }

    private WebSocket connect(String token, BlockingQueue<JsonObject> messages) throws Exception {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(graphql.getHost()).setPort(graphql.getPort())
                .setURI(graphql.getPath()).addSubProtocol("graphql-transport-ws")
                .addHeader("Authorization", "Bearer " + token);
        WebSocket socket = vertx.createWebSocketClient().connect(options).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        socket.textMessageHandler(text -> messages.add(new JsonObject(text)));
        socket.writeTextMessage(new JsonObject().put("type", "connection_init").put("payload", new JsonObject()).encode());
        next(messages, "connection_ack");
        return socket;
    }

    private static JsonObject next(BlockingQueue<JsonObject> messages, String type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        List<JsonObject> others = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            JsonObject m = messages.poll(200, TimeUnit.MILLISECONDS);
            if (m != null && type.equals(m.getString("type"))) {
                return m;
            }
            if (m != null) {
                others.add(m);
            }
        }
        throw new AssertionError("no " + type + " message within 15 s, only " + others);
    }
}
