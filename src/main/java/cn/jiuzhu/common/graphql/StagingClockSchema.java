package cn.jiuzhu.common.graphql;

import java.util.Set;
import java.util.stream.Collectors;

import cn.jiuzhu.common.time.StagingClock;

import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import io.smallrye.graphql.spi.EventingService;

/**
 * Where the staging clock cannot be moved (production), its query, its mutation and its type are not in the schema at
 * all: a client cannot find them by introspection or in the published SDL, and a request naming them fails validation
 * as an unknown field does. SmallRye calls this (through the ServiceLoader, like the error handler) before it builds
 * the schema; the builder has no getters, so the schema is built once more here to read the root types.
 */
public class StagingClockSchema implements EventingService {

    /** No configuration key: always asked. */
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        if (StagingClock.enabledByConfiguration()) {
            return builder;
        }
        GraphQLSchema built = builder.build();
        builder.query(without(built.getQueryType(), StagingClock.QUERY));
        if (built.getMutationType() != null) {
            builder.mutation(without(built.getMutationType(), StagingClock.MUTATION));
        }
        Set<GraphQLType> others = built.getAdditionalTypes().stream()
                .filter(t -> !(t instanceof GraphQLNamedType named && StagingClock.TYPE.equals(named.getName())))
                .collect(Collectors.toSet());
        return builder.clearAdditionalTypes().additionalTypes(others);
    }

    private static GraphQLObjectType without(GraphQLObjectType type, String field) {
        return type.transform(b -> b.clearFields().fields(type.getFieldDefinitions().stream()
                .filter(f -> !f.getName().equals(field)).toList()));
    }
}
