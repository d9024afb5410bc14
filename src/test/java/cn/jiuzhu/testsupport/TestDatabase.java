package cn.jiuzhu.testsupport;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Declares {@link FreshDatabase} for every {@code @QuarkusTest} of the run: one application, one database. */
@WithTestResource(value = FreshDatabase.class, scope = TestResourceScope.GLOBAL)
public final class TestDatabase {
    private TestDatabase() {
    }
}
