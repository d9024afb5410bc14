package cn.jiuzhu.application;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ApplicationJourneyTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class ApplicationJourneyIT extends ApplicationJourneyTest {
}
