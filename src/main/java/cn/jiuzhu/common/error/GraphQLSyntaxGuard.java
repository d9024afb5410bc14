package cn.jiuzhu.common.error;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * SmallRye GraphQL answers a document it cannot parse with a bare "Unparseable input document"
 * before graphql-java (and so {@link GraphQLRequestErrors}) ever sees it. This route runs first on
 * /graphql and answers a syntax error in our error model instead: QUERY_INVALID with graphql-java's
 * description (line and column) in details. Well-formed documents pass through untouched.
 *
 * <p>Front ends send the same few documents over and over (their operations, with variables), and
 * SmallRye keeps the documents it parsed; a document this guard has found well-formed once is not
 * parsed again here (the benchmark showed the second parse as about 8% of the service's CPU on a
 * case read). At most {@link #REMEMBERED} documents are remembered, so odd clients cannot grow it.
 */
@ApplicationScoped
public class GraphQLSyntaxGuard {

    /** A GraphQL request is a document and its variables; files go through REST, not here. */
    static final long MAX_DOCUMENT_BYTES = 1024 * 1024;

    static final int REMEMBERED = 1000;

    private final Set<String> wellFormed = ConcurrentHashMap.newKeySet();

    void register(@Observes Router router) {
        // BodyHandler runs once per request; SmallRye's own body handler then reuses the read body.
        router.route("/graphql").order(-100).method(HttpMethod.POST).handler(BodyHandler.create().setBodyLimit(MAX_DOCUMENT_BYTES));
        router.route("/graphql").order(-99).method(HttpMethod.POST).handler(this::check);
    }

    private void check(RoutingContext context) {
        String query = queryOf(context);
        if (query != null && !query.isBlank() && !wellFormed.contains(query)) {
            try {
                Parser.parse(query);
            } catch (InvalidSyntaxException e) {
                reject(context, e.getMessage());
                return;
            }
            if (wellFormed.size() < REMEMBERED) {
                wellFormed.add(query);
            }
        }
        context.next();
    }

    /** The query of a single JSON request; batched or non-JSON bodies are SmallRye's to judge. */
    private static String queryOf(RoutingContext context) {
        try {
            Object body = context.body().asJsonObject();
            return body instanceof JsonObject json && json.getValue("query") instanceof String q ? q : null;
        } catch (RuntimeException notAJsonObject) {
            return null;
        }
    }

    private static void reject(RoutingContext context, String description) {
        Map<String, Object> error = Map.of(
                "message", Messages.of(ErrorCode.QUERY_INVALID),
                "extensions", Map.of("code", ErrorCode.QUERY_INVALID.name(), "classification", "InvalidSyntax",
                        "details", Map.of("description", String.valueOf(description))));
        context.response().putHeader("Content-Type", "application/graphql-response+json; charset=UTF-8")
                .end(Json.encode(Map.of("errors", List.of(error))));
    }
}
