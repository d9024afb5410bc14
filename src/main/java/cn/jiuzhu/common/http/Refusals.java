package cn.jiuzhu.common.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jiuzhu.common.error.ApiError;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a request refused at the HTTP boundary, before any endpoint ran, in the one error model: the REST body
 * ({@code code}, {@code message}, {@code details}) and, so that GraphQL clients read it the way they read any other
 * error, the same error in {@code errors[0]} with {@code extensions.code}.
 */
public final class Refusals {

    private Refusals() {
    }

    public static void send(RoutingContext context, int status, ApiError error, Map<String, String> headers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", error.code());
        body.put("message", error.message());
        if (error.retryable() != null) {
            body.put("retryable", true);
        }
        if (error.details() != null && !error.details().isEmpty()) {
            body.put("details", error.details());
        }
        // The extensions as GraphQL writes them; Jackson writes booleans itself, not JSON-P's values.
        Map<String, Object> extensions = new LinkedHashMap<>(error.toExtensions());
        extensions.computeIfPresent("retryable", (key, value) -> Boolean.TRUE);
        Map<String, Object> graphQLError = new LinkedHashMap<>();
        graphQLError.put("message", error.message());
        graphQLError.put("extensions", extensions);
        body.put("errors", List.of(graphQLError));
        var response = context.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=UTF-8");
        headers.forEach(response::putHeader);
        response.end(Json.encode(body));
    }
}
