package cn.jiuzhu.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;

/** What counts as a repetition: every alias, wherever it sits in the document; not a key GraphQL merges. */
class MutationLimitsTest {

    private static final String UNMASK = "unmaskCaseContact(caseId: \"c\", reason: \"回拨核实\") { idNumber }";

    @Test
    void aliasesInsideFragmentsCount() {
        assertThat(broken("mutation { a: " + UNMASK + " ...More } fragment More on Mutation { b: " + UNMASK + " }"))
                .hasValueSatisfying(d -> assertThat(d).containsEntry("count", 2).containsEntry("field", "unmaskCaseContact"));
        assertThat(broken("mutation { a: " + UNMASK + " ... on Mutation { b: " + UNMASK + " } }")).isPresent();
    }

    @Test
    void theSameKeySpreadTwiceRunsOnceAndCountsOnce() {
        assertThat(broken("mutation { ...U ...U } fragment U on Mutation { " + UNMASK + " }")).isEmpty();
    }

    @Test
    void typenameIsNotAStep() {
        assertThat(broken("mutation { __typename " + UNMASK + " }")).isEmpty();
    }

    @Test
    void theTableHasAReasonForEveryLimit() {
        assertThat(MutationLimits.PER_FIELD.get("unmaskCaseContact").max()).isEqualTo(1);
        MutationLimits.PER_FIELD.values().forEach(limit -> {
            assertThat(limit.reason()).isNotBlank();
            assertThat(QueryCostTest.SCHEMA.getMutationType().getFieldDefinition(limit.field())).as(limit.field()).isNotNull();
        });
    }

    private static Optional<Map<String, Object>> broken(String text) {
        Document document = Parser.parse(text);
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, f -> f));
        return MutationLimits.broken(document.getDefinitionsOfType(OperationDefinition.class).get(0).getSelectionSet(), fragments);
    }
}
