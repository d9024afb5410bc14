package cn.jiuzhu.notification;

import java.util.UUID;

/** One message to one person, as the outbox holds it. {@code recipient} is the person's ID number. */
public record Notification(long id, UUID caseId, String recipient, Channel channel, String title, String body, int attempts) {
}
