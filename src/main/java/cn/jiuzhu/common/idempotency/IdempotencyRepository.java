package cn.jiuzhu.common.idempotency;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.common.sql.Rows;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** The idempotency_record table: which result a (person, key) produced, by which operation. */
@ApplicationScoped
class IdempotencyRepository {

    private final Pool client;

    IdempotencyRepository(Pool client) {
        this.client = client;
    }

    Uni<Optional<IdempotencyStore.Record>> find(String subject, String key) {
        return client.preparedQuery("SELECT operation, result_id FROM idempotency_record WHERE subject = $1 AND key = $2")
                .execute(Tuple.of(subject, key))
                .map(rows -> Rows.first(rows, r -> new IdempotencyStore.Record(r.getString("operation"), r.getUUID("result_id"))));
    }

    /** True when this transaction now owns the key; false when it was already used. */
    Uni<Boolean> claim(SqlConnection connection, String subject, String key, String operation, UUID resultId) {
        return connection.preparedQuery("""
                INSERT INTO idempotency_record (subject, key, operation, result_id) VALUES ($1, $2, $3, $4)
                ON CONFLICT (subject, key) DO NOTHING""")
                .execute(Tuple.of(subject, key, operation, resultId))
                .map(Rows::changed);
    }
}
