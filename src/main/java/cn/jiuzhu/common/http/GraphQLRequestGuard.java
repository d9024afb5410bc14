package cn.jiuzhu.common.http;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Messages;
import cn.jiuzhu.common.validation.PlainText;
import graphql.language.Document;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.language.StringValue;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * What a request to /graphql must be before SmallRye reads it. SmallRye serves more than the
 * contract promises (form-encoded, text/plain and application/graphql bodies, subscriptions over
 * POST) and answers less than it should (malformed bodies with an uncoded "Unparseable request",
 * non-object variables and deep JSON with an HTTP 500, syntax errors before graphql-java can code
 * them). These routes run first and refuse, in order:
 * <ol>
 * <li>any method but POST (GET is off; WebSocket upgrades and OPTIONS pass): 405 REQUEST_MALFORMED;</li>
 * <li>a body that is not application/json: 415 CONTENT_TYPE_UNSUPPORTED, which also shuts out
 * cross-site form posts (the CORS "simple" types);</li>
 * <li>more than {@link #MAX_BODY_BYTES}: 413 REQUEST_TOO_LARGE;</li>
 * <li>JSON nested deeper than {@link #MAX_JSON_DEPTH}, found by {@link JsonScan} before any
 * recursive parser sees it, and bodies that are not one request object (batches, a missing or
 * non-string query, non-object variables): 400 REQUEST_MALFORMED with {@code details.reason};</li>
 * <li>a refused character ({@link PlainText}) in any string of the request or the document's literals:
 * TEXT_INVALID as a GraphQL error, with the JSON path in {@code details.field};</li>
 * <li>a document that does not parse: QUERY_INVALID as a GraphQL error;</li>
 * <li>a subscription: 400 SUBSCRIPTION_REQUIRES_WEBSOCKET (they run over graphql-transport-ws).</li>
 * </ol>
 * Refusals with an HTTP status carry the REST error body; the two that are about the GraphQL
 * document answer HTTP 200 with {@code errors[]}, as graphql-java's own validation errors do.
 *
 * <p>This is on the path of every request, so every check is linear in the body and the body is
 * parsed once. Front ends send the same few documents over and over; a document found well-formed
 * is remembered (at most {@link #REMEMBERED}, so odd clients cannot grow the memory) and not parsed
 * again here: that second parse was about 8% of the service's CPU on a case read.
 */
@ApplicationScoped
public class GraphQLRequestGuard {

    static final String PATH = "/graphql";

    /** A GraphQL request is a document and its variables; files go through REST, not here. */
    static final long MAX_BODY_BYTES = 1024 * 1024;

    /** The front ends' requests nest at most 5 levels (the body, variables, a form, its members, a member). */
    static final int MAX_JSON_DEPTH = 32;

    static final int REMEMBERED = 1000;

    private static final ObjectMapper JSON = JsonMapper.builder()
            // SmallRye accepts raw tabs and line breaks inside strings (documents pasted from text
            // blocks); other raw controls never get this far (JsonScan finds them).
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            // Two "query" keys could make this guard and SmallRye read different documents.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Map<String, Operations> wellFormed = new ConcurrentHashMap<>();

    void register(@Observes Router router) {
        router.route(PATH).order(-100).handler(this::screen);
        // BodyHandler runs once per request; SmallRye's own body handler then reuses the read body.
        router.post(PATH).order(-99).handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES))
                .failureHandler(this::bodyOverLimit);
        router.post(PATH).order(-98).handler(this::check);
    }

    /** What the headers alone tell, before the body is read. */
    private void screen(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() != HttpMethod.POST) {
            if (request.method() == HttpMethod.OPTIONS || isWebSocketUpgrade(request)) {
                context.next();
                return;
            }
            context.response().putHeader(HttpHeaders.ALLOW, "POST, OPTIONS");
            Refusals.send(context, ErrorCode.REQUEST_MALFORMED, 405, Map.of("reason", "METHOD_NOT_ALLOWED", "allowed", "POST"));
            return;
        }
        String mediaType = mediaType(request.getHeader(HttpHeaders.CONTENT_TYPE));
        if (!"application/json".equals(mediaType)) {
            Refusals.sendUnread(context, ErrorCode.CONTENT_TYPE_UNSUPPORTED,
                    Map.of("contentType", mediaType, "supported", "application/json"));
            return;
        }
        if (Refusals.contentLength(request) > MAX_BODY_BYTES) {
            Refusals.sendUnread(context, ErrorCode.REQUEST_TOO_LARGE, Map.of("maxBytes", MAX_BODY_BYTES));
            return;
        }
        context.next();
    }

    /** A chunked body that grew past the limit while BodyHandler read it. */
    private void bodyOverLimit(RoutingContext context) {
        if (context.statusCode() == 413 && !context.response().headWritten()) {
            Refusals.sendUnread(context, ErrorCode.REQUEST_TOO_LARGE, Map.of("maxBytes", MAX_BODY_BYTES));
        } else {
            context.next();
        }
    }

    private void check(RoutingContext context) {
        byte[] body = context.body().buffer() == null ? new byte[0] : context.body().buffer().getBytes();
        JsonScan.Outcome scan = JsonScan.scan(body, MAX_JSON_DEPTH);
        if (scan == JsonScan.Outcome.TOO_DEEP) {
            malformed(context, "TOO_DEEP", Map.of("maxDepth", MAX_JSON_DEPTH));
            return;
        }
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (IOException e) {
            malformed(context, "INVALID_JSON", Map.of());
            return;
        }
        Optional<String> shapeProblem = shapeProblem(request);
        if (shapeProblem.isPresent()) {
            malformed(context, shapeProblem.get(), Map.of());
            return;
        }
        if (scan == JsonScan.Outcome.SUSPECT_TEXT) {
            Optional<RefusedText> refused = firstRefusedText(request, "");
            if (refused.isPresent()) {
                graphQLError(context, ErrorCode.TEXT_INVALID, "ValidationError",
                        Map.of("field", refused.get().field(), "reason", refused.get().problem().name()));
                return;
            }
        }
        String query = request.get("query").textValue();
        Operations operations = wellFormed.get(query);
        if (operations == null) {
            try {
                operations = Operations.of(Parser.parse(query));
            } catch (InvalidSyntaxException e) {
                graphQLError(context, ErrorCode.QUERY_INVALID, "InvalidSyntax", Map.of("description", String.valueOf(e.getMessage())));
                return;
            }
            if (wellFormed.size() < REMEMBERED) {
                wellFormed.put(query, operations);
            }
        }
        if (operations.literalProblem() != null) {
            graphQLError(context, ErrorCode.TEXT_INVALID, "ValidationError",
                    Map.of("field", "query", "reason", operations.literalProblem().name()));
            return;
        }
        JsonNode operationName = request.get("operationName");
        OperationDefinition.Operation selected = operations.select(operationName == null ? null : operationName.textValue());
        if (selected == OperationDefinition.Operation.SUBSCRIPTION) {
            Refusals.send(context, ErrorCode.SUBSCRIPTION_REQUIRES_WEBSOCKET, Map.of("protocol", "graphql-transport-ws"));
            return;
        }
        context.next();
    }

    /** One request object, as the GraphQL-over-HTTP specification has it; null is absent. */
    private static Optional<String> shapeProblem(JsonNode request) {
        if (request == null || request.isMissingNode()) {
            return Optional.of("INVALID_JSON");
        }
        if (request.isArray()) {
            return Optional.of("BATCH_NOT_SUPPORTED");
        }
        if (!request.isObject()) {
            return Optional.of("NOT_AN_OBJECT");
        }
        JsonNode query = present(request.get("query"));
        if (query == null || (query.isTextual() && query.textValue().isBlank())) {
            return Optional.of("QUERY_MISSING");
        }
        if (!query.isTextual()) {
            return Optional.of("QUERY_NOT_A_STRING");
        }
        JsonNode variables = present(request.get("variables"));
        if (variables != null && !variables.isObject()) {
            return Optional.of("VARIABLES_NOT_AN_OBJECT");
        }
        JsonNode operationName = present(request.get("operationName"));
        if (operationName != null && !operationName.isTextual()) {
            return Optional.of("OPERATION_NAME_NOT_A_STRING");
        }
        JsonNode extensions = present(request.get("extensions"));
        if (extensions != null && !extensions.isObject()) {
            return Optional.of("EXTENSIONS_NOT_AN_OBJECT");
        }
        return Optional.empty();
    }

    private static JsonNode present(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }

    /**
     * The first string (or key) with a refused character, and where it is, as the front end names it:
     * {@code variables.form.members[0].name}. Only called once {@link JsonScan} saw a suspect, on a tree
     * no deeper than {@link #MAX_JSON_DEPTH}.
     */
    private static Optional<RefusedText> firstRefusedText(JsonNode node, String path) {
        if (node.isTextual()) {
            return PlainText.inText(node.textValue()).map(problem -> new RefusedText(path, problem));
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<RefusedText> found = firstRefusedText(node.get(i), path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                Optional<PlainText.Problem> inKey = PlainText.inText(field.getKey());
                if (inKey.isPresent()) {
                    // The key itself is not repeated back: it is the bad text.
                    return Optional.of(new RefusedText(path.isEmpty() ? "(request)" : path, inKey.get()));
                }
                Optional<RefusedText> found = firstRefusedText(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static void malformed(RoutingContext context, String reason, Map<String, Object> more) {
        Map<String, Object> details = new LinkedHashMap<>(more);
        details.put("reason", reason);
        Refusals.send(context, ErrorCode.REQUEST_MALFORMED, details);
    }

    /** A refusal about the document, in the shape graphql-java gives its own validation errors. */
    private static void graphQLError(RoutingContext context, ErrorCode code, String classification, Map<String, Object> details) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        extensions.put("details", details);
        extensions.put("classification", classification);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", Messages.of(code, details));
        error.put("extensions", extensions);
        context.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/graphql-response+json; charset=UTF-8")
                .end(Json.encode(Map.of("errors", List.of(error))));
    }

    /** "Application/JSON; charset=utf-8" → "application/json"; "" when absent. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
        return type.length() > 100 ? type.substring(0, 100) : type;
    }

    private static boolean isWebSocketUpgrade(HttpServerRequest request) {
        String upgrade = request.getHeader(HttpHeaders.UPGRADE);
        return upgrade != null && upgrade.equalsIgnoreCase("websocket");
    }

    private record RefusedText(String field, PlainText.Problem problem) {
    }

    /**
     * What the guard needs to know of a well-formed document: its operations' names and types, and
     * whether a string literal in it (which may spell a character as {@code \u0000}) holds a refused one.
     */
    record Operations(List<Operation> all, PlainText.Problem literalProblem) {

        static Operations of(Document document) {
            List<Operation> all = document.getDefinitionsOfType(OperationDefinition.class).stream()
                    .map(o -> new Operation(o.getName(), o.getOperation())).toList();
            PlainText.Problem[] found = new PlainText.Problem[1];
            new NodeTraverser().preOrder(new NodeVisitorStub() {
                @Override
                public TraversalControl visitStringValue(StringValue node, TraverserContext<graphql.language.Node> context) {
                    found[0] = PlainText.inText(node.getValue()).orElse(null);
                    return found[0] == null ? TraversalControl.CONTINUE : TraversalControl.QUIT;
                }
            }, document);
            return new Operations(all, found[0]);
        }

        /** The operation GraphQL would run: the one named, or the only one; null when that is ambiguous. */
        OperationDefinition.Operation select(String operationName) {
            if (operationName == null) {
                return all.size() == 1 ? all.get(0).type() : null;
            }
            return all.stream().filter(o -> operationName.equals(o.name())).map(Operation::type).findFirst().orElse(null);
        }
    }

    record Operation(String name, OperationDefinition.Operation type) {
    }
}
