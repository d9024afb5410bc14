package cn.jiuzhu.common.error;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * A failure of a subscription stream in our error model. SmallRye reports stream failures through
 * its own handler, not {@link GraphQLErrorHandler}; it does copy the extensions of a failure that is
 * a {@link GraphQLError}, and shows its message (it is listed in show-runtime-exception-message).
 * Subscriptions end their Multi with {@code .onFailure().transform(GraphQLStreamError::of)}.
 */
public final class GraphQLStreamError extends RuntimeException implements GraphQLError {

    private final transient ApiError error;

    private GraphQLStreamError(ApiError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    public static GraphQLStreamError of(Throwable failure) {
        return failure instanceof GraphQLStreamError already ? already : new GraphQLStreamError(ErrorTranslator.translate(failure));
    }

    @Override
    public List<SourceLocation> getLocations() {
        return null;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorType.DataFetchingException;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return error.toExtensions();
    }
}
