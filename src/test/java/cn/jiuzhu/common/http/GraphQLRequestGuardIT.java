package cn.jiuzhu.common.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link GraphQLRequestGuardTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class GraphQLRequestGuardIT extends GraphQLRequestGuardTest {
}
