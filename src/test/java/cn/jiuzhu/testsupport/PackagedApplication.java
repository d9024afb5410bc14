package cn.jiuzhu.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

import org.flywaydb.core.Flyway;

/**
 * The packaged application (target/quarkus-app, production profile) as the {@code *IT} classes run it: the same
 * jar a deployment runs, configured only the way a deployment is, through its environment. Before its first start
 * the database gets what an operator gives a new deployment: the schema (the application's own migrations, which
 * it then finds applied) and the demo offices and standards the tests are written against, run with a history table of their
 * own (they are not migrations of a production database). Tokens are signed with the development key, which the
 * application is told to trust as its identity provider's.
 */
public final class PackagedApplication {

    /** Set by the failsafe run (pom.xml); surefire's {@code @QuarkusTest} run leaves it unset. */
    static final String PROPERTY = "jiuzhu.test.packaged";

    private PackagedApplication() {
    }

    static boolean underTest() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Prepares database {@code name} and returns the environment the application is started with. */
    static Map<String, String> prepare(String name) {
        Flyway.configure().dataSource(FreshDatabase.jdbcUrl(name), FreshDatabase.user(), FreshDatabase.password())
                .locations("classpath:db/migration").load().migrate();
        // The demo scripts are kept apart from the application's history, which then holds exactly its own migrations.
        Flyway.configure().dataSource(FreshDatabase.jdbcUrl(name), FreshDatabase.user(), FreshDatabase.password())
                .locations("classpath:db/demo").table("test_demo_data_history").baselineOnMigrate(true).load().migrate();
        Properties config = applicationProperties();
        return Map.of(
                "JIUZHU_OIDC_PUBLIC_KEY", config.getProperty("%dev,test.quarkus.oidc.public-key"),
                "JIUZHU_OIDC_ISSUER", config.getProperty("%dev,test.quarkus.oidc.token.issuer"),
                "JIUZHU_OIDC_AUDIENCE", config.getProperty("%dev,test.quarkus.oidc.token.audience"),
                // Asked for, and refused by the production profile: the staging clock stays out of the schema.
                "JIUZHU_STAGING_CLOCK", "true");
    }

    private static Properties applicationProperties() {
        Properties properties = new Properties();
        try (InputStream in = resource("application.properties").openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static java.net.URL resource(String name) {
        java.net.URL url = PackagedApplication.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is not on the test classpath");
        }
        return url;
    }
}
