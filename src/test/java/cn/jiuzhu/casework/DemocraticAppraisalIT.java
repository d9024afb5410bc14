package cn.jiuzhu.casework;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link DemocraticAppraisalTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class DemocraticAppraisalIT extends DemocraticAppraisalTest {
}
