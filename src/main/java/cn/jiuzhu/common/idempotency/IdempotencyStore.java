package cn.jiuzhu.common.idempotency;

import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Remembers which result a client's idempotency key produced, per person. A phone that lost the
 * answer retries with the same key and gets the same result, never a second one.
 *
 * <p>The key is claimed inside the transaction that creates the result, so the key and the result
 * commit together or not at all. A concurrent request with the same key waits on the primary key
 * until the first commits, then finds the key taken.
 */
@ApplicationScoped
public class IdempotencyStore {

    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9_-]{8,100}$");

    private final Pool client;
    private final IdempotencyRepository records;

    public IdempotencyStore(Pool client, IdempotencyRepository records) {
        this.client = client;
        this.records = records;
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
        return once(subject, key, operation, firstAnswer, () -> Uni.createFrom().voidItem(),
                (connection, id, ignored) -> create.apply(connection, id), failure -> false);
    }

    /**
     * As {@link #once(String, String, String, Function, BiFunction)}, for work that checks and reads before
     * its transaction (a submission checks the form and routes the case, holding no connection meanwhile).
     * {@code prepare} runs each time the key is found free, and {@code create} gets what it prepared. A
     * concurrent request with the same key may have done the work before this one claims the key: a
     * failure that {@code doneMeanwhile} recognises as that is answered with the first answer once the key
     * is found taken, and stays the failure otherwise.
     */
    public <P, T> Uni<T> once(String subject, String key, String operation, Function<UUID, Uni<T>> firstAnswer,
            Supplier<Uni<P>> prepare, Creation<P, T> create, Predicate<Throwable> doneMeanwhile) {
        String validKey = requireValidKey(key);
        return records.find(subject, validKey).flatMap(existing -> {
            if (existing.isPresent()) {
                return answer(existing.get(), operation, firstAnswer);
            }
            return prepare.get().flatMap(prepared -> {
                UUID id = UUID.randomUUID();
                return client.withTransaction(connection -> records.claim(connection, subject, validKey, operation, id)
                        .flatMap(claimed -> {
                            if (!claimed) {
                                throw new KeyAlreadyUsed();
                            }
                            return create.create(connection, id, prepared);
                        }));
            })
                    .onFailure(KeyAlreadyUsed.class)
                    .recoverWithUni(() -> once(subject, validKey, operation, firstAnswer, prepare, create, doneMeanwhile))
                    .onFailure(doneMeanwhile).recoverWithUni(failure -> records.find(subject, validKey)
                            .flatMap(again -> again.isPresent() ? answer(again.get(), operation, firstAnswer)
                                    : Uni.createFrom().failure(failure)));
        });
    }

    private static <T> Uni<T> answer(Record first, String operation, Function<UUID, Uni<T>> firstAnswer) {
        if (!first.operation().equals(operation)) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    Map.of("operation", first.operation())));
        }
        return firstAnswer.apply(first.resultId());
    }

    /** The work done in the transaction that claims the key, given the id of its result and what was prepared. */
    @FunctionalInterface
    public interface Creation<P, T> {
        Uni<T> create(SqlConnection connection, UUID resultId, P prepared);
    }

    record Record(String operation, UUID resultId) {
    }

    /** Thrown inside a transaction whose key turned out to be taken: roll back, then answer with the first result. */
    static final class KeyAlreadyUsed extends RuntimeException {
        KeyAlreadyUsed() {
            super(null, null, false, false);
        }
    }
}
