package cn.jiuzhu.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

import cn.jiuzhu.testsupport.Operations;

/** What queries cost, on the published schema: the figures the budgets in application.properties are set against. */
class QueryCostTest {

    static final GraphQLSchema SCHEMA = schema();

    /** The public pages of the mini-app (no token), held to the anonymous budget. */
    static final Set<String> PUBLIC = Set.of("miniapp/RegionPicker", "miniapp/SearchRegions", "miniapp/Programmes",
            "miniapp/Programme", "miniapp/SelfAssessment", "miniapp/StandardInForce", "casework/Publicity",
            "casework/StandardHistory");

    static final Properties CONFIG = config();

    @Test
    void theWholeDivisionTreeCostsTheProductOfItsLevels() {
        long townships = 31L * 21 * 26 * 52;
        assertThat(cost("{ provinces { children { children { children { code name } } } } }"))
                .isEqualTo(1 + 31 + 31 * 21 + 31 * 21 * 26 + 2 * townships).isEqualTo(1_777_913);
        assertThat(path("{ provinces { children { children { children { code name } } } } }"))
                .isEqualTo("provinces.children.children.children.code");
    }

    @Test
    void childrenAreBoundedByTheLevelOfTheirParent() {
        assertThat(cost("{ region(code: \"41\") { children { code } } }")).isEqualTo(1 + 1 + 21);
        assertThat(cost("{ region(code: \"4103\") { children { code } } }")).isEqualTo(1 + 1 + 26);
        assertThat(cost("{ region(code: \"410305\") { children { code } } }")).isEqualTo(1 + 1 + 52);
        assertThat(cost("{ region(code: \"410305001\") { children { code } } }")).isEqualTo(1 + 1 + 170);
        assertThat(cost("{ region(code: \"410305001001\") { children { code } } }")).isEqualTo(1 + 1);
        assertThat(cost("{ region(code: \"410305\") { parent { children { code } } } }")).isEqualTo(1 + 1 + 1 + 26);
    }

    @Test
    void aRegionOfUnknownLevelHasTheMostChildrenOfAny() {
        assertThat(cost("query R($code: String!) { region(code: $code) { children { code } } }", Map.of()))
                .isEqualTo(1 + 1 + 170);
        assertThat(cost("query R($code: String!) { region(code: $code) { children { code } } }", Map.of("code", "41")))
                .isEqualTo(1 + 1 + 21);
        assertThat(cost("{ region(code: \"410305\") { ancestors { children { code } } } }")).isEqualTo(1 + 1 + 4 * (1 + 170));
    }

    @Test
    void connectionsCostThePageAskedFor() {
        String byVariable = "query S($first: Int) { searchRegions(name: \"区\", first: $first) { nodes { code name } pageInfo { hasNextPage } } }";
        assertThat(cost(byVariable, Map.of())).isEqualTo(1 + 1 + 20 * 2 + 1 + 1);
        assertThat(cost(byVariable, Map.of("first", 50))).isEqualTo(1 + 1 + 50 * 2 + 1 + 1);
        assertThat(cost(byVariable, Map.of("first", 5000))).as("capped as the resolver caps it").isEqualTo(1 + 1 + 100 * 2 + 1 + 1);
        assertThat(cost("{ searchRegions(name: \"区\", first: 7) { nodes { code } } }")).isEqualTo(1 + 1 + 7);
    }

    @Test
    void aliasesAndFragmentsCountEachTimeTheyAppear() {
        assertThat(cost("{ a: provinces { code } b: provinces { code } }")).isEqualTo(2 * (1 + 31));
        assertThat(cost("{ provinces { ...Names } region(code: \"41\") { ...Names } } fragment Names on Region { code name }"))
                .isEqualTo(1 + 31 * 2 + 1 + 2);
        assertThat(cost("{ provinces { ... on Region { code } } }")).isEqualTo(1 + 31);
    }

    @Test
    void aFragmentSpreadExponentiallyIsPricedWithoutExpandingIt() {
        StringBuilder document = new StringBuilder("{ provinces { ...F0 } }");
        int levels = 40;
        for (int i = 0; i < levels; i++) {
            document.append(" fragment F").append(i).append(" on Region { a: parent { ...F").append(i + 1)
                    .append(" } b: parent { ...F").append(i + 1).append(" } }");
        }
        document.append(" fragment F").append(levels).append(" on Region { code }");
        // Each fragment costs 2 × (1 + the next): 3 × 2^40 − 2 fields under each province, priced by walking 41 fragments.
        assertThat(cost(document.toString())).isEqualTo(1 + 31 * (3 * (1L << levels) - 2));
    }

    @Test
    void introspectionIsNotMultiplied() {
        assertThat(cost("{ __schema { types { name fields { name args { name } } } } }")).isEqualTo(1);
        assertThat(cost("{ provinces { __typename code } }")).isEqualTo(1 + 31 * 2);
    }

    static Stream<String> operations() throws IOException {
        try (Stream<Path> files = Files.walk(Operations.ROOT)) {
            return files.filter(p -> p.toString().endsWith(".graphql")).map(p -> Operations.ROOT.relativize(p).toString())
                    .map(name -> name.replace(".graphql", "")).sorted().toList().stream();
        }
    }

    /**
     * Each operation file as a client sends it at its largest: Apollo-style clients add
     * __typename to every selection set, and a page may be asked for at the maximum of 100.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void everyOperationFitsItsCallersBudget(String operation) {
        long budget = Long.parseLong(CONFIG.getProperty(PUBLIC.contains(operation) ? "jiuzhu.graphql.max-cost-anonymous" : "jiuzhu.graphql.max-cost"));
        OperationDefinition definition = Parser.parse(Operations.document(operation)).getDefinitionsOfType(OperationDefinition.class).get(0);
        OperationDefinition asSent = definition.transform(b -> b.selectionSet(withTypename(definition.getSelectionSet(), false)));
        QueryCost.Result cost = QueryCost.of(SCHEMA, asSent, Map.of(), Map.of("first", 100));
        assertThat(cost.cost()).as("%s costs %d along %s", operation, cost.cost(), String.join(".", cost.costliestPath()))
                .isLessThanOrEqualTo(budget);
    }

    @Test
    void thePublicOperationsExist() throws IOException {
        assertThat(operations().collect(Collectors.toSet())).containsAll(PUBLIC);
    }

    private static long cost(String document) {
        return cost(document, Map.of());
    }

    private static long cost(String document, Map<String, Object> variables) {
        return price(document, variables).cost();
    }

    private static String path(String document) {
        return String.join(".", price(document, Map.of()).costliestPath());
    }

    private static QueryCost.Result price(String text, Map<String, Object> variables) {
        Document document = Parser.parse(text);
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, f -> f));
        return QueryCost.of(SCHEMA, document.getDefinitionsOfType(OperationDefinition.class).get(0), fragments, variables);
    }

    private static SelectionSet withTypename(SelectionSet set, boolean add) {
        List<Selection> selections = new ArrayList<>();
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field && field.getSelectionSet() != null) {
                selections.add(field.transform(b -> b.selectionSet(withTypename(field.getSelectionSet(), true))));
            } else {
                selections.add(selection);
            }
        }
        if (add) {
            selections.add(new Field("__typename"));
        }
        return set.transform(b -> b.selections(selections));
    }

    private static GraphQLSchema schema() {
        try {
            String sdl = Files.readString(Path.of("frontend-contract", "schema.graphql"), StandardCharsets.UTF_8);
            return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties config() {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src", "main", "resources", "application.properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
