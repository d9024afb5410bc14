package cn.jiuzhu.benefit;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link CaseBenefitTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class CaseBenefitIT extends CaseBenefitTest {
}
