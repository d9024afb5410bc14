package cn.jiuzhu.common.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jiuzhu.common.error.ApiError;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Messages;
import io.vertx.core.Future;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a request from a Vert.x route, before any resource or GraphQL runs, in the one error model: the REST body
 * ({@code code}, {@code message}, {@code details}, {@code retryable}) and, so that GraphQL clients read it the way they
 * read any other error, the same error in {@code errors[0]} with {@code extensions.code}.
 */
public final class Refusals {

    /**
     * How long a refused body that is still arriving is read and thrown away before the connection
     * is closed (nginx's lingering_time): long enough for a phone to finish sending a large photo
     * and read the answer, short enough that nobody holds a connection open with it.
     */
    static final Duration LINGER = Duration.ofSeconds(30);

    private Refusals() {
    }

    public static void send(RoutingContext context, ErrorCode code, Map<String, Object> details) {
        send(context, code, code.httpStatus(), details);
    }

    static Future<Void> send(RoutingContext context, ErrorCode code, int status, Map<String, Object> details) {
        return send(context, status, new ApiError(code.name(), Messages.of(code, details), details, null, status), Map.of());
    }

    /** An error already translated (a token refused, a budget spent), with the status and headers the refusal needs. */
    public static Future<Void> send(RoutingContext context, int status, ApiError error, Map<String, String> headers) {
        var response = context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8");
        headers.forEach(response::putHeader);
        return response.end(Json.encode(body(error)));
    }

    private static Map<String, Object> body(ApiError error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", error.code());
        body.put("message", error.message());
        if (error.retryable() != null) {
            body.put("retryable", true);
        }
        if (error.details() != null && !error.details().isEmpty()) {
            body.put("details", error.details());
        }
        if (error.correlationId() != null) {
            body.put("correlationId", error.correlationId());
        }
        // The extensions as GraphQL writes them; Jackson writes booleans itself, not JSON-P's values.
        Map<String, Object> extensions = new LinkedHashMap<>(error.toExtensions());
        extensions.computeIfPresent("retryable", (key, value) -> Boolean.TRUE);
        Map<String, Object> graphQLError = new LinkedHashMap<>();
        graphQLError.put("message", error.message());
        graphQLError.put("extensions", extensions);
        body.put("errors", List.of(graphQLError));
        return body;
    }

    /**
     * The same, for a request whose body has not been read. Closing the connection at once, as
     * Quarkus does over its body limit, resets it while the client is still sending, and most clients
     * then report a network failure instead of the answer. So the answer goes first, the rest of the
     * body is read and dropped (for at most {@link #LINGER}), and only then is the connection
     * closed. A client that sent {@code Expect: 100-continue} (curl does for large bodies) never
     * sends the body: it gets the answer and the connection closes.
     */
    public static void sendUnread(RoutingContext context, ErrorCode code, Map<String, Object> details) {
        HttpServerRequest request = context.request();
        if (request.isEnded() || request.version() == HttpVersion.HTTP_2) {
            // HTTP/2 ends just this stream after the answer; the connection carries other requests.
            send(context, code, details);
            return;
        }
        HttpConnection connection = request.connection();
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            send(context, code, code.httpStatus(), details).onComplete(answered -> connection.close());
            return;
        }
        long deadline = context.vertx().setTimer(LINGER.toMillis(), expired -> connection.close());
        request.handler(dropped -> {
        });
        Future<Void> answered = send(context, code, code.httpStatus(), details);
        request.endHandler(ended -> answered.onComplete(written -> {
            context.vertx().cancelTimer(deadline);
            connection.close();
        }));
        request.resume();
    }

    /** The declared body length, or -1 when there is none (chunked) or it is not a number. */
    public static long contentLength(HttpServerRequest request) {
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return -1;
        }
        try {
            return Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
