package cn.jiuzhu.programme;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ProgrammeGraphQLTest}, rerun on the packaged application. */
@QuarkusIntegrationTest
class ProgrammeGraphQLIT extends ProgrammeGraphQLTest {
}
