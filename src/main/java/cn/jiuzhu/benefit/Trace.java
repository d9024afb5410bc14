package cn.jiuzhu.benefit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jiuzhu.common.error.Messages;

/**
 * How a result was reached, step by step in the order the rules were applied. Each step names its rule by
 * a stable key (what a test or an auditor holds on to), says in Chinese what happened (for the resident and
 * the hotline, from {@code messages/resident.properties} under {@code trace.<rule>}), and keeps the inputs
 * it used and the result it gave as strings, exactly as shown.
 */
public record Trace(List<Step> steps) {

    public Trace {
        steps = List.copyOf(steps);
    }

    public record Step(String rule, String description, Map<String, String> inputs, String result) {

        public Step {
            inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        }
    }

    /** The rule keys in order, e.g. {@code [income.counted, income.total, standard.applied, dibao.gap, amount.rounded]}. */
    public List<String> rules() {
        return steps.stream().map(Step::rule).toList();
    }

    static Builder builder() {
        return new Builder();
    }

    static final class Builder {

        private final List<Step> steps = new ArrayList<>();

        /** Adds a step; {@code inputs} are name/value pairs, and its text may use them and {@code {result}}. */
        Builder step(String rule, String result, String... inputs) {
            Map<String, String> named = new LinkedHashMap<>();
            for (int i = 0; i < inputs.length; i += 2) {
                named.put(inputs[i], inputs[i + 1]);
            }
            Map<String, String> details = new LinkedHashMap<>(named);
            details.put("result", result);
            steps.add(new Step(rule, Messages.text("trace." + rule, details), named, result));
            return this;
        }

        Builder append(Trace other) {
            steps.addAll(other.steps());
            return this;
        }

        Trace build() {
            return new Trace(steps);
        }
    }
}
