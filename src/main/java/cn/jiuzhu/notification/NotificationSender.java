package cn.jiuzhu.notification;

import io.smallrye.mutiny.Uni;

/**
 * Delivers a notification over one channel. The default only logs; a deployment provides a bean
 * for the mini-app's subscription messages or an SMS gateway. A failed Uni is retried later.
 */
public interface NotificationSender {

    Uni<Void> send(Notification notification);
}
