package cn.jiuzhu.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;

import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import io.netty.channel.ConnectTimeoutException;
import io.smallrye.mutiny.CompositeException;
import io.vertx.core.VertxException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * Which failures mean "the database is away, try again shortly": the exceptions the PostgreSQL
 * client was seen to throw when its server was cut, refused, stuck or shutting down
 * ({@link DatabaseUnavailableTest} provokes the common ones for real), and nothing else.
 */
class DatabaseOutageTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void anUnreachableOrDepartingDatabaseIsServiceUnavailableAndRetryable() {
        List<Throwable> outages = List.of(
                ClosedConnectionException.INSTANCE,
                new ConnectException("Connection refused: /127.0.0.1:5432"),
                new SocketException("Connection reset"),
                new ConnectTimeoutException("connection timed out: /10.0.0.9:5432"),
                new UnknownHostException("Failed to resolve 'db.internal'"),
                new VertxException("Timeout waiting for connection", true),
                new NoStackTraceThrowable("Timeout"),
                server("57P01", "terminating connection due to administrator command"),
                server("57P02", "terminating connection because of crash of another server process"),
                server("57P03", "the database system is shutting down"),
                server("53300", "too many connections for database \"jiuzhu\""),
                server("08006", "connection failure"),
                new RuntimeException("error executing SQL statement", new SQLException("the database system is starting up", "57P03")),
                new CompletionException(ClosedConnectionException.INSTANCE),
                new CompositeException(new ConnectException("Connection refused"), new IllegalStateException("later")));

        for (Throwable outage : outages) {
            ApiError error = ErrorTranslator.translate(outage);
            assertThat(error.code()).as(outage.toString()).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(error.status()).isEqualTo(503);
            assertThat(error.retryable()).isTrue();
            assertThat(error.details()).containsEntry("retryAfterSeconds", DatabaseOutage.RETRY_AFTER_SECONDS);
            assertThat(error.correlationId()).isNull();
            assertThat(error.message()).isEqualTo(Messages.of(ErrorCode.SERVICE_UNAVAILABLE));
        }
    }

    @Test
    void aDatabaseThatAnswersWithAnErrorIsStillAnInternalError() {
        List<Throwable> answered = List.of(
                server("23505", "duplicate key value violates unique constraint"),
                server("42601", "syntax error at or near \"SELEC\""),
                server("57014", "canceling statement due to statement timeout"),
                server("28P01", "password authentication failed for user \"jiuzhu\""),
                server("3D000", "database \"jiuzhu\" does not exist"),
                new RuntimeException("error executing SQL statement", new SQLException("deadlock detected", "40P01")),
                new VertxException("Pool closed"),
                new NoStackTraceThrowable("something else"),
                new IllegalStateException("a bug"));

        for (Throwable failure : answered) {
            ApiError error = ErrorTranslator.translate(failure);
            assertThat(error.code()).as(failure.toString()).isEqualTo("INTERNAL_ERROR");
            assertThat(error.retryable()).isNull();
        }
    }

    @Test
    void graphQLExtensionsSayRetryableAsAJsonBoolean() {
        assertThat(ErrorTranslator.translate(ClosedConnectionException.INSTANCE).toExtensions())
                .containsEntry("code", "SERVICE_UNAVAILABLE").containsEntry("retryable", JsonValue.TRUE);
        assertThat(ErrorTranslator.translate(new ApiException(ErrorCode.REGION_NOT_FOUND)).toExtensions())
                .doesNotContainKey("retryable");
    }

    @Test
    void aStormOfFailuresIsOneOutageUntilAQuietMinuteHasPassed() {
        DatabaseOutage.Storm storm = new DatabaseOutage.Storm(MINUTE);
        long start = 1_000;

        assertThat(storm.firstOf(start)).isTrue();
        assertThat(storm.firstOf(start + seconds(1))).isFalse();
        assertThat(storm.firstOf(start + seconds(59))).isFalse();
        assertThat(storm.firstOf(start + seconds(118))).isFalse();
        assertThat(storm.firstOf(start + seconds(178))).isTrue();
        assertThat(storm.firstOf(start + seconds(179))).isFalse();
    }

    private static long seconds(long s) {
        return Duration.ofSeconds(s).toNanos();
    }

    private static PgException server(String sqlState, String message) {
        return new PgException(message, "FATAL", sqlState, null);
    }
}
