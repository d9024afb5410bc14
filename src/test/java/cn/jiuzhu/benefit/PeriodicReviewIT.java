package cn.jiuzhu.benefit;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PeriodicReviewTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class PeriodicReviewIT extends PeriodicReviewTest {
}
