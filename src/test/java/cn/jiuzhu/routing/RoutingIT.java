package cn.jiuzhu.routing;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link RoutingTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class RoutingIT extends RoutingTest {
}
