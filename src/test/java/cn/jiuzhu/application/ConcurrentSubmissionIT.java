package cn.jiuzhu.application;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ConcurrentSubmissionTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class ConcurrentSubmissionIT extends ConcurrentSubmissionTest {
}
