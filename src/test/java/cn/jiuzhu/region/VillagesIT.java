package cn.jiuzhu.region;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link VillagesTest}, rerun on the packaged application (its Flyway reads the shipped file from the jar to validate the migration). */
@QuarkusIntegrationTest
class VillagesIT extends VillagesTest {
}
