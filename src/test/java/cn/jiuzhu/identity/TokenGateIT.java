package cn.jiuzhu.identity;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link TokenGateTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class TokenGateIT extends TokenGateTest {
}
