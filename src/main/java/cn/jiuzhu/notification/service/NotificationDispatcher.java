package cn.jiuzhu.notification.service;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;

/** Runs the outbox every few seconds. Zero turns it off (the tests dispatch by hand). */
@ApplicationScoped
public class NotificationDispatcher {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class);

    private final Vertx vertx;
    private final NotificationOutbox outbox;
    private final Duration interval;

    public NotificationDispatcher(Vertx vertx, NotificationOutbox outbox,
            @ConfigProperty(name = "jiuzhu.notifications.dispatch-interval", defaultValue = "5s") Duration interval) {
        this.vertx = vertx;
        this.outbox = outbox;
        this.interval = interval;
    }

    void start(@Observes StartupEvent event) {
        if (interval.isZero()) {
            return;
        }
        vertx.setPeriodic(interval.toMillis(), id -> outbox.dispatchDue().subscribe().with(
                sent -> {
                    if (sent > 0) {
                        LOG.debugf("sent %d notifications", sent);
                    }
                },
                failure -> LOG.warnf(failure, "notification dispatch failed; retrying next round")));
    }
}
