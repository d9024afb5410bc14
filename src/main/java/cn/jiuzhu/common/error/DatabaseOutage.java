package cn.jiuzhu.common.error;

import java.net.SocketException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import io.vertx.core.VertxException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;

/**
 * Recognises a failure that means the database is unreachable or going away, as the Vert.x
 * PostgreSQL client really reports it: measured with a proxy that
 * cuts a real server (docs/decisions/0017-database-unavailable.md). Such a request may well
 * succeed a few seconds later, so it answers SERVICE_UNAVAILABLE, retryable, instead of
 * INTERNAL_ERROR.
 */
final class DatabaseOutage {

    /** How long a client should wait before retrying; a database restart or failover takes about that. */
    static final int RETRY_AFTER_SECONDS = 5;

    /** Failures further apart than this belong to different outages, each logged once. */
    private static final Duration QUIET = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);

    /** 53300 too many connections; 57P01 admin shutdown; 57P02 crash shutdown; 57P03 cannot connect now. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("53300", "57P01", "57P02", "57P03");

    /**
     * What vertx-sql-client 4.5 fails a request with when it waited the pool's connection timeout:
     * a statement run on the pool gets a shared VertxException, a connection or transaction asked
     * of the pool a NoStackTraceThrowable.
     */
    private static final String POOL_WAIT_TIMEOUT = "Timeout waiting for connection";
    private static final String ACQUIRE_TIMEOUT = "Timeout";

    private static final Storm STORM = new Storm(QUIET);

    private DatabaseOutage() {
    }

    static boolean is(Throwable t) {
        // The connection closed under a statement, or while it was being opened (the server went away).
        return t instanceof ClosedConnectionException
                // Refused, reset, or the connect timeout passed (netty's ConnectTimeoutException is a ConnectException).
                || t instanceof SocketException
                || t instanceof UnknownHostException
                || t instanceof VertxException && POOL_WAIT_TIMEOUT.equals(t.getMessage())
                || t instanceof NoStackTraceThrowable && ACQUIRE_TIMEOUT.equals(t.getMessage())
                || t instanceof DatabaseException e && unavailable(e.getSqlState())
                // The same failure in JDBC's form (the driver Flyway uses, or a library wrapping the client).
                || t instanceof SQLException e && unavailable(e.getSQLState());
    }

    /** SQLSTATE class 08 (connection exception) and the server refusing or closing connections. */
    private static boolean unavailable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || UNAVAILABLE_STATES.contains(sqlState));
    }

    /**
     * While the database is away every request fails the same way: the first failure of an outage is
     * logged at WARN, without a stack trace (it would say nothing more), the rest at DEBUG.
     */
    static void report(Throwable t) {
        if (STORM.firstOf(System.nanoTime())) {
            LOG.warnf("Database unavailable (%s: %s); answering SERVICE_UNAVAILABLE, further failures of this outage at DEBUG",
                    t.getClass().getName(), t.getMessage());
        } else {
            LOG.debugf("Database still unavailable (%s: %s)", t.getClass().getName(), t.getMessage());
        }
    }

    /** Tells the first failure of a storm from the rest: a storm ends after {@code quiet} without failures. */
    static final class Storm {

        private static final long NEVER = Long.MIN_VALUE;

        private final long quietNanos;
        private final AtomicLong lastFailure = new AtomicLong(NEVER);

        Storm(Duration quiet) {
            this.quietNanos = quiet.toNanos();
        }

        boolean firstOf(long nowNanos) {
            long previous = lastFailure.getAndSet(nowNanos);
            return previous == NEVER || nowNanos - previous >= quietNanos;
        }
    }
}
