package cn.jiuzhu.casework;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link CaseRecordsTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class CaseRecordsIT extends CaseRecordsTest {
}
