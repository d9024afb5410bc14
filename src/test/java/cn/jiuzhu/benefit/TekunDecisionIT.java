package cn.jiuzhu.benefit;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link TekunDecisionTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class TekunDecisionIT extends TekunDecisionTest {
}
