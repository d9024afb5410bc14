package cn.jiuzhu.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

/** Live updates over graphql-transport-ws, as the mini-app's progress screen receives them. */
@QuarkusTest
class CaseEventsSubscriptionTest {

    @Inject
    Vertx vertx;

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void theHouseholdReceivesTheCasesEventsAsTheyHappen() throws Exception {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        WebSocket socket = connect(h.token(h.spouse), messages);
        try {
            subscribe(socket, caseId, messages);
            Operations.miniapp("WithdrawCase", h.applicantToken(), Map.of("id", caseId, "reason", "不需要了"));

            JsonObject next = nextOfType(messages, "next");
            JsonObject event = next.getJsonObject("payload").getJsonObject("data").getJsonObject("caseEvents");
            assertThat(event.getString("action")).isEqualTo("WITHDRAW");
            assertThat(event.getString("toState")).isEqualTo("WITHDRAWN");
            assertThat(event.getString("actionLabel")).isEqualTo("撤回申请");
        } finally {
            socket.close();
        }
    }

    @Test
    void anotherHouseholdCannotSubscribe() throws Exception {
        Household owner = new Household();
        String caseId = Journeys.submittedCaseId(owner);
        Household stranger = new Household();
        BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        WebSocket socket = connect(stranger.applicantToken(), messages);
        try {
            subscribe(socket, caseId, messages);
            JsonObject answer = nextOfType(messages, "error", "next");
            String text = answer.encode();
            assertThat(text).contains("CASE_NOT_FOUND").doesNotContain("\"action\"");
        } finally {
            socket.close();
        }
    }

    /** Browsers and mini-app runtimes cannot set WebSocket headers: the token comes in connection_init. */
    @Test
    void theTokenMayComeInTheConnectionInitPayload() throws Exception {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        WebSocket socket = open(null, messages);
        try {
            init(socket, new JsonObject().put("Authorization", "Bearer " + h.applicantToken()));
            assertThat(nextOfType(messages, "connection_ack")).isNotNull();
            subscribe(socket, caseId, messages);
            Operations.miniapp("WithdrawCase", h.applicantToken(), Map.of("id", caseId, "reason", "不需要了"));

            JsonObject next = nextOfType(messages, "next", "error");
            assertThat(next.getJsonObject("payload").getJsonObject("data").getJsonObject("caseEvents").getString("action"))
                    .isEqualTo("WITHDRAW");
        } finally {
            socket.close();
        }
    }

    @Test
    void withoutATokenTheSubscriptionIsRefusedWithACode() throws Exception {
        String caseId = Journeys.submittedCaseId(new Household());
        BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        WebSocket socket = open(null, messages);
        try {
            init(socket, new JsonObject());
            assertThat(nextOfType(messages, "connection_ack")).isNotNull();
            subscribe(socket, caseId, messages);
            JsonObject answer = nextOfType(messages, "error", "next");
            JsonObject error = answer.getString("type").equals("error") ? answer.getJsonArray("payload").getJsonObject(0)
                    : answer.getJsonObject("payload").getJsonArray("errors").getJsonObject(0);
            assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("UNAUTHENTICATED");
            assertThat(error.getString("message")).isEqualTo("请先登录后再操作。");
            assertThat(answer.encode()).doesNotContain("\"action\"");
        } finally {
            socket.close();
        }
    }

    /** graphql-transport-ws refuses a bad connection_init by closing with 4403 (Forbidden): nothing is acknowledged. */
    @Test
    void aBadTokenInConnectionInitClosesTheConnection() throws Exception {
        for (String token : new String[] { Tokens.expired(), Tokens.signedWithUnknownKey(),
                Tokens.staff(cn.jiuzhu.identity.Role.CASEWORKER, "410305-MZ") }) {
            BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
            WebSocket socket = open(null, messages);
            try {
                init(socket, new JsonObject().put("Authorization", "Bearer " + token));
                JsonObject answer = nextOfType(messages, "connection_ack", "closed");
                assertThat(answer.getString("type")).isEqualTo("closed");
                assertThat(answer.getInteger("code")).isEqualTo(4403);
            } finally {
                socket.close();
            }
        }
    }

    @Test
    void aBadTokenInTheHandshakeIsRefusedWith401() {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(graphql.getHost()).setPort(graphql.getPort())
                .setURI(graphql.getPath()).addSubProtocol("graphql-transport-ws").addHeader("Authorization", "Bearer " + Tokens.expired());
        var attempt = vertx.createWebSocketClient().connect(options).toCompletionStage().toCompletableFuture();
        assertThatThrownBy(() -> attempt.get(10, TimeUnit.SECONDS)).hasMessageContaining("401");
    }

    private WebSocket connect(String token, BlockingQueue<JsonObject> messages) throws Exception {
        WebSocket socket = open(token, messages);
        init(socket, new JsonObject());
        assertThat(nextOfType(messages, "connection_ack")).isNotNull();
        return socket;
    }

    private WebSocket open(String headerToken, BlockingQueue<JsonObject> messages) throws Exception {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(graphql.getHost()).setPort(graphql.getPort())
                .setURI(graphql.getPath()).addSubProtocol("graphql-transport-ws");
        if (headerToken != null) {
            options.addHeader("Authorization", "Bearer " + headerToken);
        }
        WebSocket socket = vertx.createWebSocketClient().connect(options).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        socket.textMessageHandler(text -> messages.add(new JsonObject(text)));
        socket.closeHandler(ignored -> messages.add(new JsonObject().put("type", "closed").put("code", socket.closeStatusCode())
                .put("reason", socket.closeReason())));
        return socket;
    }

    private static void init(WebSocket socket, JsonObject payload) {
        socket.writeTextMessage(new JsonObject().put("type", "connection_init").put("payload", payload).encode());
    }

    private static void subscribe(WebSocket socket, String caseId, BlockingQueue<JsonObject> messages) throws InterruptedException {
        socket.writeTextMessage(new JsonObject().put("id", "1").put("type", "subscribe").put("payload", new JsonObject()
                .put("query", Operations.document("miniapp/CaseEvents"))
                .put("variables", new JsonObject().put("caseId", caseId))).encode());
        // The server starts listening as it handles the subscribe message; give it a moment before acting.
        Thread.sleep(500);
    }

    private static JsonObject nextOfType(BlockingQueue<JsonObject> messages, String... types) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            JsonObject m = messages.poll(200, TimeUnit.MILLISECONDS);
            if (m != null && java.util.Arrays.asList(types).contains(m.getString("type"))) {
                return m;
            }
        }
        throw new AssertionError("no " + String.join("/", types) + " message within 10 s");
    }
}
