package cn.jiuzhu.common.graphql;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * How often one request may take each step. A mutation is one step a person takes; a request that
 * repeats one under 200 aliases is a script, and for some steps (showing a full ID number) each
 * use must stay one audited act. Counted on the document before anything runs.
 */
final class MutationLimits {

    /** A mutation field not listed in {@link #PER_FIELD}. */
    static final int DEFAULT_PER_FIELD = 5;

    /** Mutation fields in one request, whichever they are. */
    static final int TOTAL = 10;

    static final Map<String, Limit> PER_FIELD = List.of(
            new Limit("unmaskCaseContact", 1, "each full ID number shown is one audited look at one case"))
            .stream().collect(Collectors.toUnmodifiableMap(Limit::field, Function.identity()));

    private MutationLimits() {
    }

    record Limit(String field, int max, String reason) {
    }

    /** @return the details of the first limit the operation breaks, if any */
    static Optional<Map<String, Object>> broken(SelectionSet root, Map<String, FragmentDefinition> fragments) {
        Map<String, Set<String>> keysByField = new LinkedHashMap<>();
        collect(root, fragments, keysByField);
        for (Map.Entry<String, Set<String>> entry : keysByField.entrySet()) {
            Limit limit = PER_FIELD.get(entry.getKey());
            int max = limit == null ? DEFAULT_PER_FIELD : limit.max();
            int count = entry.getValue().size();
            if (count > max) {
                return Optional.of(Map.of("reason", "MUTATION_REPEATED", "field", entry.getKey(), "count", count, "max", max));
            }
        }
        int total = keysByField.values().stream().mapToInt(Set::size).sum();
        if (total > TOTAL) {
            return Optional.of(Map.of("reason", "MUTATIONS_TOO_MANY", "count", total, "max", TOTAL));
        }
        return Optional.empty();
    }

    /**
     * Each mutation field with the response keys it runs under: aliases are separate runs, while
     * the same key spread twice is merged by GraphQL and runs once.
     */
    private static void collect(SelectionSet set, Map<String, FragmentDefinition> fragments, Map<String, Set<String>> keysByField) {
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                if (!field.getName().startsWith("__")) {
                    keysByField.computeIfAbsent(field.getName(), name -> new HashSet<>()).add(field.getResultKey());
                }
            } else if (selection instanceof InlineFragment inline) {
                collect(inline.getSelectionSet(), fragments, keysByField);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                collect(fragments.get(spread.getName()).getSelectionSet(), fragments, keysByField);
            }
        }
    }
}
