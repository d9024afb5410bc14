package cn.jiuzhu.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import cn.jiuzhu.notification.Notification;
import cn.jiuzhu.notification.NotificationSender;
import io.smallrye.mutiny.Uni;

/** The tests' notification channel: records what was sent, and can be told to fail the next sends. */
@Alternative
@Priority(1)
@ApplicationScoped
public class RecordingNotificationSender implements NotificationSender {

    private final List<Notification> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToCome = new AtomicInteger();

    @Override
    public Uni<Void> send(Notification notification) {
        if (failuresToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return Uni.createFrom().failure(new IllegalStateException("gateway unavailable"));
        }
        sent.add(notification);
        return Uni.createFrom().voidItem();
    }

    public List<Notification> sent() {
        return List.copyOf(sent);
    }

    public void failNext(int times) {
        failuresToCome.set(times);
    }
}
