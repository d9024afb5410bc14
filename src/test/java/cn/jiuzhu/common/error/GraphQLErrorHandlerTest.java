package cn.jiuzhu.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironmentImpl;

/** What a GraphQL client sees when a resolver fails: the same model as REST, never the internals. */
class GraphQLErrorHandlerTest {

    private final GraphQLErrorHandler handler = new GraphQLErrorHandler();

    @Test
    void unexpectedFailureIsGenericWithACorrelationId() throws Exception {
        GraphQLError error = handle(new IllegalStateException("secret detail: db-7.internal"));
        Map<String, Object> spec = error.toSpecification();
        assertThat(error.getMessage()).contains("系统暂时出了问题").doesNotContain("secret");
        assertThat(error.getExtensions()).containsEntry("code", "INTERNAL_ERROR").containsKey("correlationId");
        assertThat(spec.toString()).doesNotContain("secret", "IllegalStateException");
        assertThat(error.getMessage()).contains(error.getExtensions().get("correlationId").toString());
    }

    @Test
    void apiExceptionKeepsItsCodeMessageAndDetails() throws Exception {
        GraphQLError error = handle(new ApiException(ErrorCode.REGION_NOT_FOUND, Map.of("code", "410399")));
        assertThat(error.getMessage()).isEqualTo("没有找到这个地区，请重新选择。");
        assertThat(error.getExtensions()).containsEntry("code", "REGION_NOT_FOUND")
                .containsEntry("details", Map.of("code", "410399")).doesNotContainKey("correlationId");
        assertThat(error.getPath()).containsExactly("region");
    }

    private GraphQLError handle(Throwable failure) throws Exception {
        var environment = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .mergedField(MergedField.newMergedField(Field.newField("region").build()).build())
                .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo().type(Scalars.GraphQLString)
                        .path(ResultPath.rootPath().segment("region")).build())
                .build();
        var parameters = DataFetcherExceptionHandlerParameters.newExceptionParameters()
                .dataFetchingEnvironment(environment).exception(failure).build();
        return handler.handleException(parameters).get().getErrors().get(0);
    }
}
