package cn.jiuzhu.workflow;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.identity.Role;

/**
 * What {@link StepGuard} asks of one workflow, for one person acting: the table its subjects follow, how to read a
 * subject's state and version, which office may see it and act on it, and its refusals in its own codes and details
 * (clients and tests read them, so every workflow keeps its own). A workflow extends it once, beside its rules; the
 * reading is given to the constructor, the rest is what differs from one workflow to the next.
 *
 * @param <K> the step's name
 * @param <S> the states
 * @param <R> the rows
 * @param <X> the subject (a case, a referral, a work order)
 */
public abstract class Workflow<K, S, R extends Step<K, S>, X> {

    private final Role role;
    private final Function<X, StepTable<K, S, R>> tableOf;
    private final boolean sameTableForAll;
    private final Function<X, S> state;
    private final ToIntFunction<X> version;

    /** A workflow whose subjects all follow one table (referrals, work orders). */
    protected Workflow(Role role, StepTable<K, S, R> table, Function<X, S> state, ToIntFunction<X> version) {
        this(role, subject -> table, true, state, version);
    }

    /** A workflow whose subject chooses its table (a case follows its programme's procedure). */
    protected Workflow(Role role, Function<X, StepTable<K, S, R>> tableOf, Function<X, S> state, ToIntFunction<X> version) {
        this(role, tableOf, false, state, version);
    }

    private Workflow(Role role, Function<X, StepTable<K, S, R>> tableOf, boolean sameTableForAll, Function<X, S> state,
            ToIntFunction<X> version) {
        this.role = role;
        this.tableOf = tableOf;
        this.sameTableForAll = sameTableForAll;
        this.state = state;
        this.version = version;
    }

    /** The role of the person acting. */
    public final Role role() {
        return role;
    }

    /** The table the subject follows. */
    public final StepTable<K, S, R> table(X subject) {
        return tableOf.apply(subject);
    }

    /**
     * Whether every subject follows the same table. Then the role a step needs is known, and refused, before
     * anything about the subject is; where the table depends on the subject, the role is asked once its row is found.
     */
    public final boolean sameTableForAll() {
        return sameTableForAll;
    }

    public final S state(X subject) {
        return state.apply(subject);
    }

    public final int version(X subject) {
        return version.applyAsInt(subject);
    }

    /** Whether the person's office may know that the subject exists. */
    public abstract boolean sees(K key, X subject);

    /** Whether the person may take the row's step: by default, holding its role. */
    public boolean mayTake(R row) {
        return row.role() == role;
    }

    /** Whether the person's office is the one in charge of the row's step (where an office sees more than it acts on). */
    public boolean inCharge(R row, X subject) {
        return true;
    }

    /** A refusal particular to the workflow, asked before the general one when the step may not start from the state. */
    public Optional<ApiException> refusalIn(K key, X subject) {
        return Optional.empty();
    }

    /** The person may not take the step; {@code row} is the one whose role was asked. */
    public abstract ApiException forbidden(K key, R row);

    public abstract ApiException notFound(X subject);

    public abstract ApiException changed(X subject, int expectedVersion);

    public abstract ApiException notAllowed(K key, X subject);

    /** The office sees the subject but is not the one in charge of the step. */
    public ApiException outside(X subject) {
        throw new IllegalStateException("a workflow whose offices may see what they cannot act on names its refusal");
    }
}
