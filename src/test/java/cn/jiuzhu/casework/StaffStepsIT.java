package cn.jiuzhu.casework;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link StaffStepsTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class StaffStepsIT extends StaffStepsTest {
}
