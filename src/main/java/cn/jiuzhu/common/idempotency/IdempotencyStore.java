package cn.jiuzhu.common.idempotency;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Remembers which result a client's idempotency key produced, per person. A phone that lost the
 * answer retries with the same key and gets the same result, never a second one.
 *
 * <p>{@link #claim} runs inside the transaction that creates the result, so the key and the result
 * commit together or not at all. A concurrent request with the same key waits on the primary key
 * until the first commits, then finds the key taken.
 */
@ApplicationScoped
public class IdempotencyStore {

    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9_-]{8,100}$");

    private final Pool client;

    public IdempotencyStore(Pool client) {
        this.client = client;
    }

    public static String requireValidKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_INVALID,
                    Map.of("pattern", KEY.pattern(), "hint", "use a UUID generated once per user action"));
        }
        return key;
    }

    /**
     * Does something once per (person, key). The first request runs {@code create} inside the
     * transaction that claims the key, with the id its result must have; a later request with the
     * same key gets {@code firstAnswer} of that id instead; a concurrent one waits on the key and,
     * once the first commits, gets the first answer too. A key used for another operation is
     * IDEMPOTENCY_KEY_REUSED.
     */
    public <T> Uni<T> once(String subject, String key, String operation, Function<UUID, Uni<T>> firstAnswer,
            BiFunction<SqlConnection, UUID, Uni<T>> create) {
        String validKey = requireValidKey(key);
        return find(subject, validKey).flatMap(existing -> {
            if (existing.isPresent()) {
                if (!existing.get().operation().equals(operation)) {
                    return Uni.createFrom().failure(new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                            Map.of("operation", existing.get().operation())));
                }
                return firstAnswer.apply(existing.get().resultId());
            }
            UUID id = UUID.randomUUID();
            return client.withTransaction(connection -> claim(connection, subject, validKey, operation, id).flatMap(claimed -> {
                if (!claimed) {
                    throw new KeyAlreadyUsed();
                }
                return create.apply(connection, id);
            })).onFailure(KeyAlreadyUsed.class).recoverWithUni(() -> once(subject, validKey, operation, firstAnswer, create));
        });
    }

    public Uni<Optional<Record>> find(String subject, String key) {
        return client.preparedQuery("SELECT operation, result_id FROM idempotency_record WHERE subject = $1 AND key = $2")
                .execute(Tuple.of(subject, key))
                .map(rows -> rows.size() == 0 ? Optional.empty()
                        : Optional.of(new Record(rows.iterator().next().getString("operation"),
                                rows.iterator().next().getUUID("result_id"))));
    }

    /** True when this transaction now owns the key; false when it was already used. */
    public Uni<Boolean> claim(SqlConnection connection, String subject, String key, String operation, UUID resultId) {
        return connection.preparedQuery("""
                INSERT INTO idempotency_record (subject, key, operation, result_id) VALUES ($1, $2, $3, $4)
                ON CONFLICT (subject, key) DO NOTHING""")
                .execute(Tuple.of(subject, key, operation, resultId))
                .map(rows -> rows.rowCount() == 1);
    }

    public record Record(String operation, UUID resultId) {
    }

    /** Thrown inside a transaction whose key turned out to be taken: roll back, then answer with the first result. */
    public static final class KeyAlreadyUsed extends RuntimeException {
        public KeyAlreadyUsed() {
            super(null, null, false, false);
        }
    }
}
