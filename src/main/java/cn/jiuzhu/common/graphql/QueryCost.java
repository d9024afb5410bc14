package cn.jiuzhu.common.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * What an operation costs, from its document alone, before any resolver runs: every field costs 1
 * times the product of the sizes of the lists around it, the sizes taken from {@link ListBounds}.
 * {@code { provinces { children { code } } }} costs 1 + 31 + 31 × 21. Aliases count each time;
 * {@code @skip} and {@code @include} do not lower the cost.
 *
 * <p>Introspection ({@code __schema}, {@code __type}) costs 1: what it returns is bounded by the
 * schema, and graphql-java's good-faith introspection check refuses repeated or nested
 * introspection lists; production turns introspection off altogether.
 *
 * <p>A selection set is priced once per type and scope and remembered, so a document that spreads
 * the same fragment many times is priced in time proportional to its length.
 */
final class QueryCost {

    private static final String REGION = "Region";

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Object> variables;
    private final Map<Key, Priced> priced = new HashMap<>();

    /** @param costliestPath response keys from the root down the fields that cost the most */
    record Result(long cost, List<String> costliestPath) {
    }

    private QueryCost(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
        this.schema = schema;
        this.fragments = fragments;
        this.variables = variables;
    }

    /** @param variables the request's variables, after coercion (defaults applied) */
    static Result of(GraphQLSchema schema, OperationDefinition operation, Map<String, FragmentDefinition> fragments,
            Map<String, Object> variables) {
        GraphQLCompositeType root = switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
        Priced cost = new QueryCost(schema, fragments, variables).selectionSet(operation.getSelectionSet(), root, Scope.NONE);
        return new Result(cost.cost(), cost.path());
    }

    /**
     * What the objects of a selection set are, as far as the bounds need to know.
     *
     * @param regionLevel for regions: index into {@link ListBounds#REGION_CODE_LENGTHS}, -1 when unknown
     * @param page for connections: the page size asked for
     */
    private record Scope(int regionLevel, int page) {
        static final Scope NONE = new Scope(-1, ListBounds.PAGE_DEFAULT);
    }

    /** SelectionSet has identity equality: one entry per place in the document, type and scope. */
    private record Key(SelectionSet set, String type, Scope scope) {
    }

    private record Priced(long cost, List<String> path) {
    }

    private Priced selectionSet(SelectionSet set, GraphQLCompositeType type, Scope scope) {
        Key key = new Key(set, type.getName(), scope);
        Priced known = priced.get(key);
        if (known != null) {
            return known;
        }
        long total = 0;
        Priced costliest = null;
        for (Selection<?> selection : set.getSelections()) {
            Priced part = price(selection, type, scope);
            total = add(total, part.cost());
            if (costliest == null || part.cost() > costliest.cost()) {
                costliest = part;
            }
        }
        Priced result = new Priced(total, costliest == null ? List.of() : costliest.path());
        priced.put(key, result);
        return result;
    }

    private Priced price(Selection<?> selection, GraphQLCompositeType type, Scope scope) {
        if (selection instanceof Field field) {
            return field(field, type, scope);
        }
        if (selection instanceof InlineFragment inline) {
            GraphQLCompositeType on = inline.getTypeCondition() == null ? type : compositeType(inline.getTypeCondition().getName());
            return selectionSet(inline.getSelectionSet(), on, scope);
        }
        FragmentDefinition definition = selection instanceof FragmentSpread spread ? fragments.get(spread.getName()) : null;
        if (definition == null) {
            return new Priced(0, List.of());
        }
        return selectionSet(definition.getSelectionSet(), compositeType(definition.getTypeCondition().getName()), scope);
    }

    private Priced field(Field field, GraphQLCompositeType parent, Scope scope) {
        List<String> path = List.of(field.getResultKey());
        GraphQLFieldDefinition definition = field.getName().startsWith("__") || !(parent instanceof GraphQLFieldsContainer container)
                ? null : container.getFieldDefinition(field.getName());
        if (definition == null || field.getSelectionSet() == null) {
            return new Priced(1, path);
        }
        String coordinates = parent.getName() + "." + field.getName();
        GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
        GraphQLCompositeType element = (GraphQLCompositeType) GraphQLTypeUtil.unwrapAll(type);
        long size = GraphQLTypeUtil.isList(type) ? listSize(coordinates, scope) : 1;
        Priced inside = selectionSet(field.getSelectionSet(), element, innerScope(field, coordinates, element, scope));
        List<String> longer = new ArrayList<>(path.size() + inside.path().size());
        longer.addAll(path);
        longer.addAll(inside.path());
        return new Priced(add(1, multiply(size, inside.cost())), List.copyOf(longer));
    }

    private static long listSize(String coordinates, Scope scope) {
        if (coordinates.equals("Region.children")) {
            return ListBounds.regionChildren(scope.regionLevel());
        }
        if (coordinates.endsWith("Connection.nodes")) {
            return scope.page();
        }
        return ListBounds.plainList(coordinates);
    }

    /** What the bounds need to know about the objects a field returns. */
    private Scope innerScope(Field field, String coordinates, GraphQLCompositeType element, Scope outer) {
        if (element.getName().endsWith("Connection")) {
            Object first = argument(field, "first");
            return new Scope(-1, ListBounds.page(first instanceof Number n ? n.intValue() : null));
        }
        if (!element.getName().equals(REGION)) {
            return Scope.NONE;
        }
        int level = switch (coordinates) {
            case "Query.provinces" -> 0;
            case "Query.region" -> ListBounds.regionLevel(argument(field, "code") instanceof String code ? code : null);
            case "Region.children" -> outer.regionLevel() < 0 ? -1 : outer.regionLevel() + 1;
            case "Region.parent" -> outer.regionLevel() <= 0 ? -1 : outer.regionLevel() - 1;
            default -> -1;
        };
        return new Scope(level, ListBounds.PAGE_DEFAULT);
    }

    /** A literal or a variable's value; null when absent. */
    private Object argument(Field field, String name) {
        for (Argument argument : field.getArguments()) {
            if (argument.getName().equals(name)) {
                Value<?> value = argument.getValue();
                if (value instanceof VariableReference variable) {
                    return variables.get(variable.getName());
                }
                if (value instanceof IntValue literal) {
                    return literal.getValue().intValue();
                }
                return value instanceof StringValue literal ? literal.getValue() : null;
            }
        }
        return null;
    }

    private GraphQLCompositeType compositeType(String name) {
        return (GraphQLCompositeType) schema.getType(name);
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long multiply(long a, long b) {
        return Math.multiplyHigh(a, b) != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }
}
