package cn.jiuzhu.common.error;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects every problem of a form before anything is written, so a person fixes them all in one
 * go. One problem is thrown with its own code; several as VALIDATION_FAILED, each field listed in
 * {@code details.fields} with its code and message (the same shape as Bean Validation failures).
 */
public final class Problems {

    private final List<Problem> problems = new ArrayList<>();

    public Problems add(String field, ErrorCode code, Map<String, Object> details) {
        problems.add(new Problem(field, code, details));
        return this;
    }

    public Problems add(String field, ErrorCode code) {
        return add(field, code, Map.of());
    }

    /** Adds the other's problems after these, in their order. */
    public Problems addAll(Problems other) {
        problems.addAll(other.problems);
        return this;
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(problems);
    }

    public void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        if (problems.size() == 1) {
            Problem p = problems.get(0);
            Map<String, Object> details = new LinkedHashMap<>(p.details());
            details.put("field", p.field());
            throw new ApiException(p.code(), details);
        }
        List<Map<String, Object>> fields = problems.stream().map(p -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("field", p.field());
            f.put("code", p.code().name());
            f.put("message", Messages.of(p.code(), p.details()));
            return f;
        }).toList();
        throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("fields", fields));
    }

    public record Problem(String field, ErrorCode code, Map<String, Object> details) {
    }
}
