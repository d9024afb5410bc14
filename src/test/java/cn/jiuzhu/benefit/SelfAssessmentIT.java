package cn.jiuzhu.benefit;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SelfAssessmentTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class SelfAssessmentIT extends SelfAssessmentTest {
}
