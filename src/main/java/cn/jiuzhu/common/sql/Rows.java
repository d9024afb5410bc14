package cn.jiuzhu.common.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/** Rows of a result mapped to records: the first (for lookups by key) or all, in the order returned. */
public final class Rows {

    private Rows() {
    }

    public static <T> Optional<T> first(RowSet<Row> rows, Function<Row, T> mapper) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(mapper.apply(rows.iterator().next()));
    }

    public static <T> List<T> all(RowSet<Row> rows, Function<Row, T> mapper) {
        List<T> found = new ArrayList<>(rows.size());
        rows.forEach(row -> found.add(mapper.apply(row)));
        return found;
    }
}
