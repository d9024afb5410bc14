package cn.jiuzhu.calendar.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.calendar.CalendarDay;
import cn.jiuzhu.calendar.HolidayArrangement;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** calendar_arrangement and its days: every version of every year's holiday arrangement. */
@ApplicationScoped
public class HolidayArrangementRepository {

    private static final String COLUMNS = """
            SELECT a.year, a.version, a.source_title, a.source_reference, a.source_published_on, a.source_url,
                   a.loaded_by_label, a.loaded_at, a.version = max(a.version) OVER (PARTITION BY a.year) AS in_force,
                   d.day, d.kind, d.name
              FROM calendar_arrangement a
              LEFT JOIN calendar_arrangement_day d ON d.year = a.year AND d.version = a.version
            """;

    private final Pool client;

    public HolidayArrangementRepository(Pool client) {
        this.client = client;
    }

    /** One load at a time: versions are numbered in order, and the due dates recomputed once per load. */
    public Uni<Void> lock(SqlConnection connection) {
        return connection.query("SELECT pg_advisory_xact_lock(hashtext('calendar_arrangement'))").execute().replaceWithVoid();
    }

    /** The latest version of a year, in the transaction that may add the next one. */
    public Uni<List<HolidayArrangement>> latest(SqlClient connection, int year) {
        return connection.preparedQuery(COLUMNS + """
                 WHERE a.year = $1 AND a.version = (SELECT max(version) FROM calendar_arrangement WHERE year = $1)
                 ORDER BY d.day""").execute(Tuple.of(year)).map(HolidayArrangementRepository::grouped);
    }

    /** Every version of a year, newest first. */
    public Uni<List<HolidayArrangement>> versions(int year) {
        return client.preparedQuery(COLUMNS + " WHERE a.year = $1 ORDER BY a.version DESC, d.day").execute(Tuple.of(year))
                .map(HolidayArrangementRepository::grouped);
    }

    /** The version in force of every loaded year, oldest year first, without their days. */
    public Uni<List<HolidayArrangement>> inForce() {
        return client.query("""
                SELECT DISTINCT ON (year) year, version, source_title, source_reference, source_published_on, source_url,
                       loaded_by_label, loaded_at, true AS in_force, NULL::date AS day, NULL AS kind, NULL AS name
                  FROM calendar_arrangement ORDER BY year, version DESC""").execute().map(HolidayArrangementRepository::grouped);
    }

    public Uni<Void> insert(SqlConnection connection, HolidayArrangement a, String loadedBy) {
        List<Tuple> days = new ArrayList<>();
        a.holidays().forEach(d -> days.add(Tuple.of(a.year(), a.version(), d.date(), "HOLIDAY", d.name())));
        a.workdays().forEach(d -> days.add(Tuple.of(a.year(), a.version(), d.date(), "WORKDAY", d.name())));
        return connection.preparedQuery("""
                INSERT INTO calendar_arrangement (year, version, source_title, source_reference, source_published_on, source_url,
                                                  loaded_by, loaded_by_label, loaded_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)""")
                .execute(Tuple.from(Arrays.asList(a.year(), a.version(), a.sourceTitle(), a.sourceReference(),
                        a.sourcePublishedOn(), a.sourceUrl(), loadedBy, a.loadedBy(), a.loadedAt())))
                .flatMap(ignored -> connection.preparedQuery(
                        "INSERT INTO calendar_arrangement_day (year, version, day, kind, name) VALUES ($1, $2, $3, $4, $5)")
                        .executeBatch(days))
                .replaceWithVoid();
    }

    private static List<HolidayArrangement> grouped(RowSet<Row> rows) {
        Map<String, Builder> versions = new LinkedHashMap<>();
        for (Row row : rows) {
            Builder b = versions.computeIfAbsent(row.getInteger("year") + "/" + row.getInteger("version"), k -> new Builder(row));
            LocalDate day = row.getLocalDate("day");
            if (day != null) {
                ("HOLIDAY".equals(row.getString("kind")) ? b.holidays : b.workdays).add(new CalendarDay(day, row.getString("name")));
            }
        }
        return versions.values().stream().map(Builder::build).toList();
    }

    private static final class Builder {
        private final Row row;
        private final List<CalendarDay> holidays = new ArrayList<>();
        private final List<CalendarDay> workdays = new ArrayList<>();

        Builder(Row row) {
            this.row = row;
        }

        HolidayArrangement build() {
            return new HolidayArrangement(row.getInteger("year"), row.getInteger("version"), row.getBoolean("in_force"),
                    row.getString("source_title"), row.getString("source_reference"), row.getLocalDate("source_published_on"),
                    row.getString("source_url"), row.getString("loaded_by_label"), row.getOffsetDateTime("loaded_at"),
                    List.copyOf(holidays), List.copyOf(workdays));
        }
    }
}
