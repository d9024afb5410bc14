package cn.jiuzhu.application;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link MiniAppOperationsTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class MiniAppOperationsIT extends MiniAppOperationsTest {
}
