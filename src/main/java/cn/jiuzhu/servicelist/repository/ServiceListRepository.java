package cn.jiuzhu.servicelist.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.common.sql.Rows;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.servicelist.ServiceCategory;
import cn.jiuzhu.servicelist.ServiceFrequency;
import cn.jiuzhu.servicelist.ServiceItem;
import cn.jiuzhu.servicelist.ServiceItemInput;
import cn.jiuzhu.servicelist.ServicePeriod;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** service_item: the entries of each county's service list; retired, never deleted. */
@ApplicationScoped
public class ServiceListRepository {

    private static final String COLUMNS = """
            SELECT id, county_code, name, category, provider, unit, frequency_count, frequency_period, retired_at
              FROM service_item
            """;

    private final Pool client;

    public ServiceListRepository(Pool client) {
        this.client = client;
    }

    public Uni<Void> insert(SqlConnection connection, UUID id, String countyCode, ServiceItemInput in, Actor actor) {
        return connection.preparedQuery("""
                INSERT INTO service_item (id, county_code, name, category, provider, unit, frequency_count, frequency_period,
                                          created_by, created_by_office)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)""")
                .execute(Tuple.from(List.of(id, countyCode, in.name(), in.category().name(), in.provider(), in.unit(),
                        (short) in.frequencyCount(), in.frequencyPeriod().name(), actor.subject(), actor.officeCode())))
                .replaceWithVoid();
    }

    public Uni<Void> update(SqlConnection connection, UUID id, ServiceItemInput in, Actor actor) {
        return connection.preparedQuery("""
                UPDATE service_item SET name = $2, category = $3, provider = $4, unit = $5, frequency_count = $6,
                       frequency_period = $7, updated_by = $8, updated_by_office = $9, updated_at = now()
                 WHERE id = $1""")
                .execute(Tuple.from(List.of(id, in.name(), in.category().name(), in.provider(), in.unit(), (short) in.frequencyCount(),
                        in.frequencyPeriod().name(), actor.subject(), actor.officeCode())))
                .replaceWithVoid();
    }

    public Uni<Void> retire(SqlConnection connection, UUID id, Actor actor) {
        return connection.preparedQuery("""
                UPDATE service_item SET retired_at = now(), retired_by = $2, retired_by_office = $3
                 WHERE id = $1 AND retired_at IS NULL""")
                .execute(Tuple.of(id, actor.subject(), actor.officeCode())).replaceWithVoid();
    }

    public Uni<Optional<ServiceItem>> find(SqlClient connection, UUID id) {
        return connection.preparedQuery(COLUMNS + "WHERE id = $1").execute(Tuple.of(id)).map(rows -> Rows.first(rows, ServiceListRepository::toItem));
    }

    /** Locked for a change: two officers editing one entry change it one after the other. */
    public Uni<Optional<ServiceItem>> lock(SqlConnection connection, UUID id) {
        return connection.preparedQuery(COLUMNS + "WHERE id = $1 FOR UPDATE").execute(Tuple.of(id))
                .map(rows -> Rows.first(rows, ServiceListRepository::toItem));
    }

    /**
     * Entries by id, held (FOR SHARE) until the caller's transaction ends, so an entry being arranged cannot be retired
     * half-way through.
     */
    public Uni<List<ServiceItem>> holdAll(SqlConnection connection, Collection<UUID> ids) {
        return connection.preparedQuery(COLUMNS + "WHERE id = ANY($1) FOR SHARE").execute(Tuple.of(ids.toArray(UUID[]::new)))
                .map(ServiceListRepository::all);
    }

    public Uni<List<ServiceItem>> findAll(Collection<UUID> ids) {
        return client.preparedQuery(COLUMNS + "WHERE id = ANY($1)").execute(Tuple.of(ids.toArray(UUID[]::new)))
                .map(ServiceListRepository::all);
    }

    /** The county's offered entries by category (in the enum's order) and name. */
    public Uni<List<ServiceItem>> offeredIn(String countyCode) {
        return client.preparedQuery(COLUMNS + """
                 WHERE county_code = $1 AND retired_at IS NULL
                 ORDER BY array_position($2::varchar[], category), name, provider""")
                .execute(Tuple.of(countyCode, categoryOrder()))
                .map(ServiceListRepository::all);
    }

    public Uni<Integer> countOffered(SqlConnection connection, String countyCode) {
        return connection.preparedQuery("SELECT count(*) FROM service_item WHERE county_code = $1 AND retired_at IS NULL")
                .execute(Tuple.of(countyCode)).map(rows -> Rows.one(rows, r -> r.getInteger(0)));
    }

    private static String[] categoryOrder() {
        ServiceCategory[] all = ServiceCategory.values();
        String[] names = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            names[i] = all[i].name();
        }
        return names;
    }

    private static List<ServiceItem> all(RowSet<Row> rows) {
        return Rows.all(rows, ServiceListRepository::toItem);
    }

    private static ServiceItem toItem(Row r) {
        ServiceCategory category = ServiceCategory.valueOf(r.getString("category"));
        String unit = r.getString("unit");
        return new ServiceItem(r.getUUID("id"), r.getString("county_code"), r.getString("name"), category, category.label(),
                r.getString("provider"), unit, ServiceFrequency.of(r.getShort("frequency_count"),
                        ServicePeriod.valueOf(r.getString("frequency_period")), unit),
                r.getOffsetDateTime("retired_at") == null, r.getOffsetDateTime("retired_at"));
    }
}
