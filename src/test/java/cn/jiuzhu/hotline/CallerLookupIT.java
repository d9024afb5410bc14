package cn.jiuzhu.hotline;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link CallerLookupTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class CallerLookupIT extends CallerLookupTest {
}
