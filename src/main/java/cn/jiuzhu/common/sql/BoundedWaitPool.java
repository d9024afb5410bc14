package cn.jiuzhu.common.sql;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.spi.PgDriver;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

/**
 * The application's PostgreSQL pool, as Quarkus configures it, with two waits bounded. With the
 * database gone, the client's defaults let a request wait 60 s for a TCP connect and 30 s for a
 * pooled connection; a phone gives up long before and learns nothing. Quarkus 3.30 has no
 * {@code quarkus.datasource.reactive.*} key for either, so this creator sets them.
 *
 * <p>A request that cannot get a connection in time fails with the pool's timeout, which the
 * error model answers as SERVICE_UNAVAILABLE (docs/decisions/0017-database-unavailable.md).
 */
@Singleton
public class BoundedWaitPool implements PgPoolCreator {

    private final Duration connectTimeout;
    private final Duration acquisitionTimeout;

    public BoundedWaitPool(
            @ConfigProperty(name = "jiuzhu.datasource.connect-timeout", defaultValue = "3s") Duration connectTimeout,
            @ConfigProperty(name = "jiuzhu.datasource.acquisition-timeout", defaultValue = "5s") Duration acquisitionTimeout) {
        this.connectTimeout = connectTimeout;
        this.acquisitionTimeout = acquisitionTimeout;
    }

    @Override
    public Pool create(Input input) {
        PoolOptions pool = new PoolOptions(input.poolOptions())
                .setConnectionTimeout((int) acquisitionTimeout.toMillis())
                .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS);
        List<PgConnectOptions> servers = input.pgConnectOptionsList().stream()
                .map(server -> new PgConnectOptions(server).setConnectTimeout((int) connectTimeout.toMillis()))
                .toList();
        // Quarkus expects the PgPool that its own path creates with the same driver.
        return PgDriver.INSTANCE.createPool(input.vertx(), servers, pool);
    }
}
