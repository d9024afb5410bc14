package cn.jiuzhu.casework;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link EveryDibaoStepTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class EveryDibaoStepIT extends EveryDibaoStepTest {
}
