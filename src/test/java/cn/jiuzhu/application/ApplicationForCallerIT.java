package cn.jiuzhu.application;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ApplicationForCallerTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class ApplicationForCallerIT extends ApplicationForCallerTest {
}
