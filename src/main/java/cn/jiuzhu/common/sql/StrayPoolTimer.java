package cn.jiuzhu.common.sql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;

/**
 * Keeps a known vertx-sql-client 4.5 bug (issue 1706, open upstream) out of the log. A statement
 * run on the pool that cannot get a connection (refused, while the database is down) is answered
 * at once, but the pool leaves its wait timer running; when the timer fires it fails the
 * already-failed request again, and Vert.x reports "IllegalStateException: Result is already
 * complete" with a stack trace as an uncaught error: one ERROR per failed request, an acquisition
 * timeout after the outage's real failures. Only that report is dropped (to DEBUG); every other
 * uncaught failure still reaches Quarkus's handler.
 */
@ApplicationScoped
class StrayPoolTimer {

    private static final Logger LOG = Logger.getLogger(StrayPoolTimer.class);
    private static final String POOL = "io.vertx.sqlclient.impl.pool.SqlConnectionPool";

    void install(@Observes StartupEvent event, Vertx vertx) {
        Handler<Throwable> quarkus = vertx.exceptionHandler();
        vertx.exceptionHandler(failure -> {
            if (isStrayTimer(failure)) {
                LOG.debug("pool wait timer fired for a request already answered (vertx-sql-client issue 1706)");
            } else if (quarkus != null) {
                quarkus.handle(failure);
            } else {
                LOG.error("Uncaught exception received by Vert.x", failure);
            }
        });
    }

    static boolean isStrayTimer(Throwable failure) {
        if (!(failure instanceof IllegalStateException) || !"Result is already complete".equals(failure.getMessage())) {
            return false;
        }
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (frame.getClassName().equals(POOL)) {
                return true;
            }
        }
        return false;
    }
}
