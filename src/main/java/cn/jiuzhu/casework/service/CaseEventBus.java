package cn.jiuzhu.casework.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;

/**
 * Case events as they are committed, from PostgreSQL's NOTIFY on channel {@code case_event}: every
 * instance of the service hears every commit, so a subscription works whichever instance holds it.
 */
@ApplicationScoped
public class CaseEventBus {

    private static final Logger LOG = Logger.getLogger(CaseEventBus.class);

    private final BroadcastProcessor<Signal> signals = BroadcastProcessor.create();
    private final Vertx vertx;
    private final String url;
    private final String user;
    private final String password;
    private PgSubscriber subscriber;

    public CaseEventBus(Vertx vertx, @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.vertx = vertx;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void start(@Observes StartupEvent event) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.startsWith("vertx-reactive:") ? url.substring(15) : url)
                .setUser(user).setPassword(password);
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1000L);
        subscriber.channel("case_event").handler(payload -> {
            String[] parts = payload.split(":", 2);
            signals.onNext(new Signal(UUID.fromString(parts[0]), Long.parseLong(parts[1])));
        });
        subscriber.connect().subscribe().with(ok -> LOG.debug("listening on case_event"),
                failure -> LOG.errorf(failure, "cannot listen for case events"));
    }

    void stop(@Observes ShutdownEvent event) {
        if (subscriber != null) {
            subscriber.closeAndAwait();
        }
    }

    /** Signals of one case from now on. */
    public Multi<Signal> of(UUID caseId) {
        return signals.filter(s -> s.caseId().equals(caseId));
    }

    public record Signal(UUID caseId, long eventId) {
    }
}
