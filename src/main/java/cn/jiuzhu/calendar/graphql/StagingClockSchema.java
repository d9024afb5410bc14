package cn.jiuzhu.calendar.graphql;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import cn.jiuzhu.common.time.StagingClock;

import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;

/**
 * Where the staging clock cannot be moved, its query, its mutation and its type are not in the schema at all: a client
 * of production cannot find them by introspection or in the published SDL, and a request naming them fails validation
 * like any unknown field. The schema is built once more at start-up to read the root types (about a tenth of a second).
 */
@ApplicationScoped
public class StagingClockSchema {

    private static final String TYPE = "StagingClockState";

    private final StagingClock staging;

    public StagingClockSchema(StagingClock staging) {
        this.staging = staging;
    }

    void withoutStagingClock(@Observes GraphQLSchema.Builder builder) {
        if (staging.enabled()) {
            return;
        }
        GraphQLSchema built = builder.build();
        builder.query(without(built.getQueryType(), StagingClockGraphQL.QUERY));
        if (built.getMutationType() != null) {
            builder.mutation(without(built.getMutationType(), StagingClockGraphQL.MUTATION));
        }
        Set<GraphQLType> others = built.getAdditionalTypes().stream()
                .filter(t -> !(t instanceof GraphQLNamedType named && TYPE.equals(named.getName())))
                .collect(Collectors.toSet());
        builder.clearAdditionalTypes().additionalTypes(others);
    }

    private static GraphQLObjectType without(GraphQLObjectType type, String field) {
        return type.transform(b -> b.clearFields().fields(type.getFieldDefinitions().stream()
                .filter(f -> !f.getName().equals(field)).toList()));
    }
}
