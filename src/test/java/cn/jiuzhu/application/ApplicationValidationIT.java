package cn.jiuzhu.application;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ApplicationValidationTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class ApplicationValidationIT extends ApplicationValidationTest {
}
