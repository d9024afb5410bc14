package cn.jiuzhu.common.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/**
 * Rows of a result mapped to records: the first (for lookups by key), the one a statement always returns
 * (RETURNING, an aggregate), or all, in the order returned; and whether a write touched a row.
 */
public final class Rows {

    private Rows() {
    }

    public static <T> Optional<T> first(RowSet<Row> rows, Function<Row, T> mapper) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(mapper.apply(rows.iterator().next()));
    }

    /** For statements that return a row whatever the data: an aggregate, or RETURNING of a row known to exist. */
    public static <T> T one(RowSet<Row> rows, Function<Row, T> mapper) {
        if (rows.size() == 0) {
            throw new IllegalStateException("the statement returned no row");
        }
        return mapper.apply(rows.iterator().next());
    }

    public static <T> List<T> all(RowSet<Row> rows, Function<Row, T> mapper) {
        List<T> found = new ArrayList<>(rows.size());
        rows.forEach(row -> found.add(mapper.apply(row)));
        return found;
    }

    /** Whether an INSERT … ON CONFLICT DO NOTHING, UPDATE or DELETE changed a row. */
    public static boolean changed(RowSet<Row> rows) {
        return rows.rowCount() > 0;
    }
}
