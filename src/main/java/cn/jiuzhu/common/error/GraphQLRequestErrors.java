package cn.jiuzhu.common.error;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

/**
 * Errors about the request document itself (bad syntax, unknown fields, too deep or too complex)
 * never reach a resolver, so {@link GraphQLErrorHandler} does not see them. This gives them the
 * same shape: a Chinese message, {@code extensions.code}, and graphql-java's description in details.
 */
final class GraphQLRequestErrors extends SimplePerformantInstrumentation {

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().stream().noneMatch(e -> codeOf(e) != null)) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = result.getErrors().stream().map(GraphQLRequestErrors::recode).toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    private static GraphQLError recode(GraphQLError error) {
        ErrorCode code = codeOf(error);
        if (code == null) {
            return error;
        }
        return GraphqlErrorBuilder.newError()
                .message(Messages.of(code))
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(Map.of("code", code.name(), "details", Map.of("description", String.valueOf(error.getMessage()))))
                .build();
    }

    private static ErrorCode codeOf(GraphQLError error) {
        if (!(error.getErrorType() instanceof ErrorType type)) {
            return null;
        }
        return switch (type) {
            case InvalidSyntax, ValidationError -> ErrorCode.QUERY_INVALID;
            case ExecutionAborted -> ErrorCode.QUERY_TOO_COMPLEX;
            default -> null;
        };
    }
}
