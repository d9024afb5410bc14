package cn.jiuzhu.common.error;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link GraphQLRequestErrorsTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class GraphQLRequestErrorsIT extends GraphQLRequestErrorsTest {
}
