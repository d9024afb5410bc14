package cn.jiuzhu.notification.repository;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.common.sql.Rows;
import cn.jiuzhu.notification.Channel;
import cn.jiuzhu.notification.Notification;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** The notification_outbox table; every statement runs in the caller's transaction. */
@ApplicationScoped
public class NotificationRepository {

    public Uni<Void> insert(SqlConnection connection, UUID caseId, long caseEventId, String recipient, Channel channel,
            String title, String body) {
        return connection.preparedQuery("""
                INSERT INTO notification_outbox (case_id, case_event_id, recipient, channel, title, body)
                VALUES ($1, $2, $3, $4, $5, $6)""")
                .execute(Tuple.of(caseId, caseEventId, recipient, channel.name(), title, body)).replaceWithVoid();
    }

    /** Up to {@code limit} pending notifications that are due, oldest first, locked; rows another transaction holds are skipped. */
    public Uni<List<Notification>> lockDue(SqlConnection connection, int limit) {
        return connection.preparedQuery("""
                SELECT id, case_id, recipient, channel, title, body, attempts FROM notification_outbox
                 WHERE status = 'PENDING' AND next_attempt_at <= now()
                 ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED""")
                .execute(Tuple.of(limit))
                .map(rows -> Rows.all(rows, r -> new Notification(r.getLong("id"), r.getUUID("case_id"), r.getString("recipient"),
                        Channel.valueOf(r.getString("channel")), r.getString("title"), r.getString("body"),
                        r.getInteger("attempts"))));
    }

    public Uni<Void> markSent(SqlConnection connection, long id) {
        return connection.preparedQuery(
                "UPDATE notification_outbox SET status = 'SENT', attempts = attempts + 1, sent_at = now(), last_error = NULL WHERE id = $1")
                .execute(Tuple.of(id)).replaceWithVoid();
    }

    /** A failed attempt: {@code status} PENDING to try again after {@code retryAfter}, or FAILED. */
    public Uni<Void> markAttemptFailed(SqlConnection connection, long id, int attempts, String status, String error,
            Duration retryAfter) {
        return connection.preparedQuery("""
                UPDATE notification_outbox SET attempts = $2, status = $3, last_error = $4,
                       next_attempt_at = now() + make_interval(secs => $5) WHERE id = $1""")
                .execute(Tuple.of(id, attempts, status, error, (double) retryAfter.toSeconds()))
                .replaceWithVoid();
    }
}
