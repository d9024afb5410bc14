package cn.jiuzhu.common.error;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

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

    /** The same error as GraphQL {@code extensions}: code, then details and correlation id when present. */
    public Map<String, Object> toExtensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        if (details != null && !details.isEmpty()) {
            extensions.put("details", details);
        }
        if (correlationId != null) {
            extensions.put("correlationId", correlationId);
        }
        return extensions;
    }
}
