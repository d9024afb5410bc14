package cn.jiuzhu.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A new PostgreSQL database for each test run, dropped at the end: tests never touch the
 * development database and never see another run's rows. Needs the server deploy/postgres.sh
 * brings up (or JIUZHU_DB_* pointing at one whose user may CREATEDB).
 *
 * <p>For the {@code *IT} classes, which rerun tests on the packaged application in its production profile, the
 * database is also given what an operator would give a new deployment before the first start (the schema, the
 * offices and the standards the tests use) and the application what a deployment's environment gives it: see
 * {@link PackagedApplication}.
 */
public class FreshDatabase implements QuarkusTestResourceLifecycleManager {

    private static final String HOST = env("JIUZHU_DB_HOST", "localhost");
    private static final String PORT = env("JIUZHU_DB_PORT", "5432");
    private static final String USER = env("JIUZHU_DB_USER", "jiuzhu");
    private static final String PASSWORD = env("JIUZHU_DB_PASSWORD", "jiuzhu");

    private String name;

    @Override
    public Map<String, String> start() {
        name = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        System.setProperty("jiuzhu.test.database", name);
        Map<String, String> config = new HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(name),
                "quarkus.datasource.reactive.url", "postgresql://" + HOST + ":" + PORT + "/" + name,
                "jiuzhu.test.database", name));
        if (PackagedApplication.underTest()) {
            config.putAll(PackagedApplication.prepare(name));
        }
        return config;
    }

    /** This run's database, for tests that look at it directly (also when the application runs in its own process). */
    public static String name() {
        String name = System.getProperty("jiuzhu.test.database");
        if (name == null) {
            throw new IllegalStateException("no test database: the test is not a @QuarkusTest or @QuarkusIntegrationTest");
        }
        return name;
    }

    @Override
    public void stop() {
        if (name != null) {
            drop(name);
        }
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    /** Environment for psql and scripts run by tests against the test database. */
    public static Map<String, String> psqlEnvironment(String database) {
        return Map.of("PGHOST", HOST, "PGPORT", PORT, "PGUSER", USER, "PGPASSWORD", PASSWORD, "PGDATABASE", database);
    }

    public static String host() {
        return HOST;
    }

    public static int port() {
        return Integer.parseInt(PORT);
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    /** Creates a scratch database (for tests that migrate one themselves); drop it with {@link #drop}. */
    public static String createScratch(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        return name;
    }

    /**
     * Drops a database whoever is connected to it. FORCE cannot end a backend of another role, and PostgreSQL's
     * autovacuum, drawn by the villages just loaded, is the superuser's: that refusal (42501) is waited out.
     */
    public static void drop(String name) {
        for (int attempt = 1;; attempt++) {
            try {
                execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                return;
            } catch (IllegalStateException e) {
                if (attempt >= 60 || !(e.getCause() instanceof SQLException sql) || !"42501".equals(sql.getSQLState())) {
                    throw e;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, PASSWORD);
    }

    private static void execute(String sql) {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + HOST + ":" + PORT + " as " + USER
                    + " (run deploy/postgres.sh): " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
