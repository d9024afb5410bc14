package cn.jiuzhu.office;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link OfficesTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class OfficesIT extends OfficesTest {
}
