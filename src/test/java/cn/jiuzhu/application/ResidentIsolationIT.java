package cn.jiuzhu.application;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ResidentIsolationTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class ResidentIsolationIT extends ResidentIsolationTest {
}
