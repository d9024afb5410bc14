package cn.jiuzhu.workflow;

import java.util.List;
import java.util.Optional;

/** A workflow's rows, read top to bottom: the only place a service looks a step up. */
public final class StepTable<K, S, R extends Step<K, S>> {

    private final List<R> rows;

    private StepTable(List<R> rows) {
        this.rows = List.copyOf(rows);
    }

    public static <K, S, R extends Step<K, S>> StepTable<K, S, R> of(List<R> rows) {
        return new StepTable<>(rows);
    }

    public List<R> rows() {
        return rows;
    }

    /** The row a step takes from a state, if it may start there. */
    public Optional<R> find(K key, S state) {
        return rows.stream().filter(r -> r.key().equals(key) && r.allowedFrom(state)).findFirst();
    }

    /** Every row of a step, whatever the state. */
    public List<R> rowsOf(K key) {
        return rows.stream().filter(r -> r.key().equals(key)).toList();
    }

    /** Whether a step ending in {@code state} exists: a retried request finds its step already taken. */
    public boolean leadsTo(K key, S state) {
        return rows.stream().anyMatch(r -> r.key().equals(key) && r.to().equals(state));
    }

    /** The rows that may start from a state. */
    public List<R> from(S state) {
        return rows.stream().filter(r -> r.allowedFrom(state)).toList();
    }
}
