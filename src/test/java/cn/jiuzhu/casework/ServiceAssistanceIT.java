package cn.jiuzhu.casework;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ServiceAssistanceTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class ServiceAssistanceIT extends ServiceAssistanceTest {
}
