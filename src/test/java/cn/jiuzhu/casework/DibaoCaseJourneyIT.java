package cn.jiuzhu.casework;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link DibaoCaseJourneyTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class DibaoCaseJourneyIT extends DibaoCaseJourneyTest {
}
