package cn.jiuzhu.notification.service;

import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.jiuzhu.notification.Channel;
import cn.jiuzhu.notification.Notification;
import cn.jiuzhu.notification.NotificationSender;
import cn.jiuzhu.notification.repository.NotificationRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

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
    private final NotificationRepository notifications;
    private final NotificationSender sender;

    public NotificationOutbox(Pool client, NotificationRepository notifications, NotificationSender sender) {
        this.client = client;
        this.notifications = notifications;
        this.sender = sender;
    }

    public Uni<Void> enqueue(SqlConnection connection, UUID caseId, long caseEventId, String recipient, Channel channel,
            String title, String body) {
        return notifications.insert(connection, caseId, caseEventId, recipient, channel, title, body);
    }

    /**
     * Sends the notifications that are due, oldest first. Rows are locked with SKIP LOCKED, so several
     * instances can dispatch at once without sending anything twice. Returns how many were sent.
     */
    public Uni<Integer> dispatchDue() {
        return client.withTransaction(connection -> notifications.lockDue(connection, BATCH)
                .flatMap(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(n -> deliver(connection, n))
                        .collect().asList()
                        .map(results -> (int) results.stream().filter(Boolean::booleanValue).count())));
    }

    private Uni<Boolean> deliver(SqlConnection connection, Notification n) {
        return sender.send(n)
                .flatMap(ignored -> notifications.markSent(connection, n.id()).replaceWith(true))
                .onFailure().recoverWithUni(failure -> {
                    int attempts = n.attempts() + 1;
                    String status = attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING";
                    LOG.warnf("notification %d attempt %d failed: %s", n.id(), attempts, failure.getMessage());
                    return notifications.markAttemptFailed(connection, n.id(), attempts, status,
                            String.valueOf(failure.getMessage()), backoff(attempts)).replaceWith(false);
                });
    }

    /** 30 s, 1 min, 2 min … capped at one hour. */
    static Duration backoff(int attempts) {
        long seconds = 30L << Math.min(attempts - 1, 7);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }
}
