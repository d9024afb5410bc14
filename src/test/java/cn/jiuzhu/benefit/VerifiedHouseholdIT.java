package cn.jiuzhu.benefit;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link VerifiedHouseholdTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class VerifiedHouseholdIT extends VerifiedHouseholdTest {
}
