package cn.jiuzhu.common.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;
import io.quarkus.arc.Arc;

import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Messages;

/**
 * Refuses, before any resolver runs, an operation that repeats mutations ({@link MutationLimits})
 * or costs more than the caller's budget ({@link QueryCost}): QUERY_TOO_COMPLEX with
 * {@code details.reason} and the figures. A caller without a token gets the lower, anonymous
 * budget ({@link QueryBudget}). A result larger than the response cap is replaced by the same
 * error, reason RESPONSE_TOO_LARGE: a backstop for what the list bounds do not foresee.
 */
public final class QueryLimits extends SimplePerformantInstrumentation {

    /** Not {@link graphql.ErrorType#ExecutionAborted}, which the request-error recoding would rewrite. */
    private static final ErrorClassification REFUSED = ErrorClassification.errorClassification("ExecutionAborted");

    private volatile QueryBudget budget;

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        OperationDefinition operation = execution.getOperationDefinition();
        if (operation.getOperation() == OperationDefinition.Operation.MUTATION) {
            MutationLimits.broken(operation.getSelectionSet(), execution.getFragmentsByName()).ifPresent(details -> {
                throw new AbortExecutionException(List.of(refusal(details)));
            });
        }
        boolean anonymous = QueryBudget.anonymous();
        long limit = budget().maxCost(anonymous);
        QueryCost.Result cost = QueryCost.of(execution.getGraphQLSchema(), operation, execution.getFragmentsByName(),
                execution.getCoercedVariables().toMap());
        if (cost.cost() > limit) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("reason", "COST_OVER_BUDGET");
            details.put("cost", cost.cost());
            details.put("limit", limit);
            details.put("anonymous", anonymous);
            details.put("costliestPath", String.join(".", cost.costliestPath()));
            throw new AbortExecutionException(List.of(refusal(details)));
        }
        return super.beginExecuteOperation(parameters, state);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        long limit = budget().maxResponseBytes();
        if (result.getData() instanceof Map<?, ?> data && ResponseSize.exceeds(data, limit)) {
            GraphQLError error = refusal(Map.of("reason", "RESPONSE_TOO_LARGE", "limitBytes", limit));
            return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult().addError(error).build());
        }
        return CompletableFuture.completedFuture(result);
    }

    private static GraphQLError refusal(Map<String, Object> details) {
        return GraphqlErrorBuilder.newError()
                .message(Messages.of(ErrorCode.QUERY_TOO_COMPLEX))
                .errorType(REFUSED)
                .extensions(Map.of("code", ErrorCode.QUERY_TOO_COMPLEX.name(), "details", details))
                .build();
    }

    /** ServiceLoader, not CDI, makes this instrumentation: the budget bean is looked up on first use. */
    private QueryBudget budget() {
        QueryBudget known = budget;
        if (known == null) {
            known = Arc.container().instance(QueryBudget.class).get();
            budget = known;
        }
        return known;
    }
}
