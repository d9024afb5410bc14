package cn.jiuzhu.attachment;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link UploadBoundaryTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class UploadBoundaryIT extends UploadBoundaryTest {
}
