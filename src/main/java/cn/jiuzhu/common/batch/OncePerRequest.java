package cn.jiuzhu.common.batch;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;

import io.smallrye.mutiny.Uni;

/**
 * One read shared by the fields of a request that need the same rows. GraphQL resolves each field
 * of a case with its own batched query; where two fields read the same rows (the payment schedule
 * for {@code paymentStartsIn} and {@code nextReviewOn}, the uploaded documents for {@code progress}
 * and {@code attachments}) they ask here with the same key and the query runs once per request.
 * The benchmark's case read went from ten statements to eight (bench/README.md).
 *
 * <p>Only for reads whose rows the request does not change afterwards: the answer is kept until
 * the request ends.
 */
@RequestScoped
public class OncePerRequest {

    private final Map<List<?>, Uni<?>> reads = new ConcurrentHashMap<>();

    /** The read named {@code what} of these {@code keys}: run on first use, then the same answer. */
    @SuppressWarnings("unchecked")
    public <T> Uni<T> read(String what, List<?> keys, Supplier<Uni<T>> query) {
        return (Uni<T>) reads.computeIfAbsent(List.of(what, List.copyOf(keys)), k -> query.get().memoize().indefinitely());
    }
}
