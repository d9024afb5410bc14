package cn.jiuzhu.monitoring;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link MonitoredPopulationTest} on the packaged application. */
@QuarkusIntegrationTest
class MonitoredPopulationIT extends MonitoredPopulationTest {
}
