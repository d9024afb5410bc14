package cn.jiuzhu.common.error;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonValue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The one error body of the service. REST returns it as JSON with the code's HTTP status; GraphQL
 * puts {@code message} in the error's message and the rest in {@code extensions}.
 */
@Schema(name = "Error", description = "统一错误结构 / the error body of every REST rejection")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(
        @Schema(description = "Stable machine code, e.g. ID_NUMBER_INVALID") String code,
        @Schema(description = "Chinese text to show to the person") String message,
        @Schema(description = "Facts for developers: offending fields, limits") Map<String, Object> details,
        @Schema(description = "Only for unexpected failures: quote it to support; it is in the server log") String correlationId,
        @JsonIgnore @Schema(hidden = true) int status) {

    private static final Set<String> RETRYABLE = Arrays.stream(ErrorCode.values()).filter(ErrorCode::retryable)
            .map(ErrorCode::name).collect(Collectors.toUnmodifiableSet());

    /** {@code true} for a code the client should retry later ({@link ErrorCode#retryable()}); absent otherwise. */
    @JsonProperty("retryable")
    @Schema(description = "Present (true) when the same request may succeed later: keep the form, wait Retry-After seconds, send it again with the same idempotency key")
    public Boolean retryable() {
        return RETRYABLE.contains(code) ? Boolean.TRUE : null;
    }

    /** The same error as GraphQL {@code extensions}: code, retryable, then details and correlation id when present. */
    public Map<String, Object> toExtensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        if (retryable() != null) {
            // SmallRye writes a top-level extension that is neither a JSON value nor a map as a string.
            extensions.put("retryable", JsonValue.TRUE);
        }
        if (details != null && !details.isEmpty()) {
            extensions.put("details", details);
        }
        if (correlationId != null) {
            extensions.put("correlationId", correlationId);
        }
        return extensions;
    }
}
