package cn.jiuzhu.casefile;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link DocumentOpeningTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class DocumentOpeningIT extends DocumentOpeningTest {
}
