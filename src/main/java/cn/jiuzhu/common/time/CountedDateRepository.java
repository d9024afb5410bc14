package cn.jiuzhu.common.time;

import java.time.LocalDate;
import java.util.List;

import cn.jiuzhu.common.sql.Rows;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The two statements of a recount over a new calendar, for a table whose rows have an {@code id}, a {@code created_at}
 * (the day the count started, China time) and a {@code due_on}. Its repositories name the table and what "still
 * waiting" means in it.
 */
public final class CountedDateRepository {

    private CountedDateRepository() {
    }

    /** Rows still waiting whose due date is on or after {@code from}, locked for the recount. */
    public static Uni<List<CountedDate>> waitingFrom(SqlConnection connection, String table, String waiting, LocalDate from) {
        return connection.preparedQuery("SELECT id, (created_at AT TIME ZONE 'Asia/Shanghai')::date AS counted_from, due_on FROM "
                + table + " WHERE " + waiting + " AND due_on >= $1 ORDER BY id FOR UPDATE")
                .execute(Tuple.of(from)).map(rows -> Rows.all(rows,
                        r -> new CountedDate(r.getUUID("id"), r.getLocalDate("counted_from"), r.getLocalDate("due_on"))));
    }

    public static Uni<Void> setDueOn(SqlConnection connection, String table, List<CountedDate> moved) {
        if (moved.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery("UPDATE " + table + " SET due_on = $2 WHERE id = $1")
                .executeBatch(moved.stream().map(m -> Tuple.of(m.id(), m.dueOn())).toList()).replaceWithVoid();
    }
}
