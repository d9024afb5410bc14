package cn.jiuzhu.casework;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link CountyVisitTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class CountyVisitIT extends CountyVisitTest {
}
