package cn.jiuzhu.notification.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.jiuzhu.common.validation.IdNumber;
import cn.jiuzhu.notification.Notification;
import cn.jiuzhu.notification.NotificationSender;
import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;

/** Until a real channel is configured: writes each notification to the log, recipient masked. */
@DefaultBean
@ApplicationScoped
public class LoggingNotificationSender implements NotificationSender {

    private static final Logger LOG = Logger.getLogger(LoggingNotificationSender.class);

    @Override
    public Uni<Void> send(Notification n) {
        LOG.infof("notification %d via %s to %s: %s / %s", n.id(), n.channel(),
                IdNumber.tryParse(n.recipient()).map(IdNumber::masked).orElse("?"), n.title(), n.body());
        return Uni.createFrom().voidItem();
    }
}
