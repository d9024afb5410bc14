package cn.jiuzhu.casework;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ObjectionTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class ObjectionIT extends ObjectionTest {
}
