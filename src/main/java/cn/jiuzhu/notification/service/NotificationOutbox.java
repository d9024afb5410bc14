package cn.jiuzhu.notification.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.jiuzhu.notification.Channel;
import cn.jiuzhu.notification.Notification;
import cn.jiuzhu.notification.NotificationSender;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The transactional outbox. {@link #enqueue} writes a notification in the caller's transaction, so it
 * exists exactly when the event that caused it does; {@link #dispatchDue} delivers what is due,
 * retrying failures with growing delays and giving up (FAILED) after {@value #MAX_ATTEMPTS} tries.
 */
@ApplicationScoped
public class NotificationOutbox {

    static final int MAX_ATTEMPTS = 10;
    private static final int BATCH = 50;
    private static final Logger LOG = Logger.getLogger(NotificationOutbox.class);

    private final Pool client;
    private final NotificationSender sender;

    public NotificationOutbox(Pool client, NotificationSender sender) {
        this.client = client;
        this.sender = sender;
    }

    public Uni<Void> enqueue(SqlConnection connection, UUID caseId, long caseEventId, String recipient, Channel channel,
            String title, String body) {
        return connection.preparedQuery("""
                INSERT INTO notification_outbox (case_id, case_event_id, recipient, channel, title, body)
                VALUES ($1, $2, $3, $4, $5, $6)""")
                .execute(Tuple.of(caseId, caseEventId, recipient, channel.name(), title, body)).replaceWithVoid();
    }

    /**
     * Sends the notifications that are due, oldest first. Rows are locked with SKIP LOCKED, so several
     * instances can dispatch at once without sending anything twice. Returns how many were sent.
     */
    public Uni<Integer> dispatchDue() {
        return client.withTransaction(connection -> connection.preparedQuery("""
                SELECT id, case_id, recipient, channel, title, body, attempts FROM notification_outbox
                 WHERE status = 'PENDING' AND next_attempt_at <= now()
                 ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED""")
                .execute(Tuple.of(BATCH))
                .flatMap(rows -> {
                    List<Notification> due = new ArrayList<>();
                    rows.forEach(r -> due.add(new Notification(r.getLong("id"), r.getUUID("case_id"), r.getString("recipient"),
                            Channel.valueOf(r.getString("channel")), r.getString("title"), r.getString("body"),
                            r.getInteger("attempts"))));
                    return Multi.createFrom().iterable(due)
                            .onItem().transformToUniAndConcatenate(n -> deliver(connection, n))
                            .collect().asList()
                            .map(results -> (int) results.stream().filter(Boolean::booleanValue).count());
                }));
    }

    private Uni<Boolean> deliver(SqlConnection connection, Notification n) {
        return sender.send(n)
                .flatMap(ignored -> connection.preparedQuery(
                        "UPDATE notification_outbox SET status = 'SENT', attempts = attempts + 1, sent_at = now(), last_error = NULL WHERE id = $1")
                        .execute(Tuple.of(n.id())).replaceWith(true))
                .onFailure().recoverWithUni(failure -> {
                    int attempts = n.attempts() + 1;
                    String status = attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING";
                    LOG.warnf("notification %d attempt %d failed: %s", n.id(), attempts, failure.getMessage());
                    return connection.preparedQuery("""
                            UPDATE notification_outbox SET attempts = $2, status = $3, last_error = $4,
                                   next_attempt_at = now() + make_interval(secs => $5) WHERE id = $1""")
                            .execute(Tuple.of(n.id(), attempts, status, String.valueOf(failure.getMessage()),
                                    (double) backoff(attempts).toSeconds()))
                            .replaceWith(false);
                });
    }

    /** 30 s, 1 min, 2 min … capped at one hour. */
    static Duration backoff(int attempts) {
        long seconds = 30L << Math.min(attempts - 1, 7);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }
}
