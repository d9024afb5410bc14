package cn.jiuzhu.common.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link QueryLimitsTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class QueryLimitsIT extends QueryLimitsTest {
}
