package cn.jiuzhu.charity;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link CharityReferralTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class CharityReferralIT extends CharityReferralTest {
}
