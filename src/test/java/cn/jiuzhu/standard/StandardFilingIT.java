package cn.jiuzhu.standard;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link StandardFilingTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class StandardFilingIT extends StandardFilingTest {
}
