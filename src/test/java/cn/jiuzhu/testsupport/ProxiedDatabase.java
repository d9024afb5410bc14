package cn.jiuzhu.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Puts a {@link DatabaseProxy} between the application and this run's PostgreSQL, for tests that
 * take the database away. Only the application's reactive client goes through it (the profile
 * points {@code quarkus.datasource.reactive.url} at {@code jiuzhu.test.database-proxy-port});
 * Flyway and the tests' own JDBC look-ups go direct, so a test can still see what was saved.
 * A test class receives the proxy in its {@code DatabaseProxy} field.
 */
public class ProxiedDatabase implements QuarkusTestResourceLifecycleManager {

    public static final String PORT_PROPERTY = "jiuzhu.test.database-proxy-port";

    private DatabaseProxy proxy;

    @Override
    public Map<String, String> start() {
        proxy = new DatabaseProxy(FreshDatabase.host(), FreshDatabase.port());
        return Map.of(PORT_PROPERTY, String.valueOf(proxy.port()));
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(proxy, new TestInjector.MatchesType(DatabaseProxy.class));
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }
}
