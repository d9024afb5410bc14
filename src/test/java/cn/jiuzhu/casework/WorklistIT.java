package cn.jiuzhu.casework;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link WorklistTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class WorklistIT extends WorklistTest {
}
