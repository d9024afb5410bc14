package cn.jiuzhu.common.time;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The days in force (the latest arrangement of each loaded year: the public holidays and the weekend days declared
 * working days, a few dozen a year), the years loaded, and the staging clock's offset.
 */
@ApplicationScoped
class CalendarRepository {

    private final Pool client;

    CalendarRepository(Pool client) {
        this.client = client;
    }

    Uni<WorkingDayCalendar> load() {
        Uni<RowSet<Row>> days = client.query("SELECT day, kind FROM calendar_day").execute();
        Uni<RowSet<Row>> years = client.query("SELECT DISTINCT year FROM calendar_arrangement").execute();
        return Uni.combine().all().unis(days, years).asTuple().map(t -> {
            Set<LocalDate> holidays = new HashSet<>();
            Set<LocalDate> workdays = new HashSet<>();
            for (Row row : t.getItem1()) {
                ("HOLIDAY".equals(row.getString("kind")) ? holidays : workdays).add(row.getLocalDate("day"));
            }
            Set<Integer> loaded = new HashSet<>();
            for (Row row : t.getItem2()) {
                loaded.add(row.getInteger("year"));
            }
            return new WorkingDayCalendar(holidays, workdays, loaded);
        });
    }

    /** A stamp that changes whenever an arrangement is loaded: the number of versions and the latest load. */
    Uni<String> stamp() {
        return client.query("SELECT count(*) AS n, max(loaded_at)::text AS at FROM calendar_arrangement").execute()
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return row.getLong("n") + "@" + row.getString("at");
                });
    }

    Uni<Long> stagingOffsetSeconds() {
        return client.query("SELECT offset_seconds FROM staging_clock").execute()
                .map(rows -> rows.size() == 0 ? 0L : rows.iterator().next().getLong("offset_seconds"));
    }

    Uni<Void> saveStagingOffset(long seconds, String setBy) {
        return client.preparedQuery("""
                INSERT INTO staging_clock (offset_seconds, set_by) VALUES ($1, $2)
                ON CONFLICT (id) DO UPDATE SET offset_seconds = EXCLUDED.offset_seconds, set_by = EXCLUDED.set_by, set_at = now()""")
                .execute(Tuple.of(seconds, setBy)).replaceWithVoid();
    }
}
