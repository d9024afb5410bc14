package cn.jiuzhu.common.error;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ErrorModelTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class ErrorModelIT extends ErrorModelTest {
}
