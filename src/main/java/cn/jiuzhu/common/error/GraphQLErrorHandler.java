package cn.jiuzhu.common.error;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.AsyncSerialExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.execution.SubscriptionExecutionStrategy;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.smallrye.graphql.spi.EventingService;

import cn.jiuzhu.common.graphql.QueryLimits;

/**
 * Gives GraphQL the same error model as REST: the Chinese message as the error's message and
 * {@code extensions.code} / {@code details} / {@code correlationId}. Installed on the graphql-java
 * builder, for queries, mutations and subscriptions alike.
 *
 * <p>SmallRye finds this class through {@link java.util.ServiceLoader} (META-INF/services) as an
 * {@link EventingService}, always enabled, and calls {@link #beforeGraphQLBuild} once. Its CDI
 * events (quarkus.smallrye-graphql.events.enabled) would offer the same hook, but then SmallRye also
 * fires a CDI event before and after every field it fetches, which cost about 7% of the service's
 * CPU on a case read (bench/README.md).
 */
public class GraphQLErrorHandler implements DataFetcherExceptionHandler, EventingService {

    /** No configuration key: always enabled. */
    @Override
    public String getConfigKey() {
        return null;
    }

    /** SmallRye calls this before building graphql-java. */
    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        builder.defaultDataFetcherExceptionHandler(this)
                .queryExecutionStrategy(new AsyncExecutionStrategy(this))
                .mutationExecutionStrategy(new AsyncSerialExecutionStrategy(this))
                .subscriptionExecutionStrategy(new SubscriptionExecutionStrategy(this));
        // The builder has no getter: build once (after the strategies are set, since build() fixes
        // them) to read SmallRye's instrumentation (query cache, depth limit), then chain ours after
        // it: the cost and size limits, then the recoding of request errors.
        Instrumentation smallRyes = builder.build().getInstrumentation();
        return builder.instrumentation(new ChainedInstrumentation(smallRyes, new QueryLimits(), new GraphQLRequestErrors()));
    }

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters parameters) {
        ApiError error = ErrorTranslator.translate(parameters.getException());
        var graphQLError = new CodedError(parameters, error);
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(graphQLError).build());
    }

    private static final class CodedError extends ExceptionWhileDataFetching {
        private final ApiError error;

        CodedError(DataFetcherExceptionHandlerParameters parameters, ApiError error) {
            super(parameters.getPath(), parameters.getException(), parameters.getSourceLocation());
            this.error = error;
        }

        @Override
        public String getMessage() {
            return error.message();
        }

        @Override
        public Map<String, Object> getExtensions() {
            return error.toExtensions();
        }
    }
}
