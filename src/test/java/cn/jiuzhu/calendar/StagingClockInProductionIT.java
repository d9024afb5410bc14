package cn.jiuzhu.calendar;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link StagingClockInProductionTest} on the packaged application, whose profile is production's, configured by nothing else. */
@QuarkusIntegrationTest
class StagingClockInProductionIT extends StagingClockInProductionTest {
}
