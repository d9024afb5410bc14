package cn.jiuzhu.workflow;

import java.util.Optional;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.identity.Role;

/**
 * What {@link StepGuard} asks of one workflow, for one person acting: how to read its subject, which
 * office may see it and act on it, and its refusals in its own codes and details (clients and tests
 * read them, so every workflow keeps its own). A workflow implements it once, beside its rules.
 *
 * @param <K> the step's name
 * @param <S> the states
 * @param <R> the rows
 * @param <X> the subject (a case, a referral, a work order)
 */
public interface Workflow<K, S, R extends Step<K, S>, X> {

    /** The role of the person acting. */
    Role role();

    /** The table the subject follows: the workflow's one table, or (for a case) its programme's procedure. */
    StepTable<K, S, R> table(X subject);

    /**
     * Whether every subject follows the same table. Then the role a step needs is known, and refused, before
     * anything about the subject is; where the table depends on the subject, the role is asked once its row is found.
     */
    boolean sameTableForAll();

    S state(X subject);

    int version(X subject);

    /** Whether the person's office may know that the subject exists. */
    boolean sees(K key, X subject);

    /** Whether the person may take the row's step: by default, holding its role. */
    default boolean mayTake(R row) {
        return row.role() == role();
    }

    /** Whether the person's office is the one in charge of the row's step (where an office sees more than it acts on). */
    default boolean inCharge(R row, X subject) {
        return true;
    }

    /** A refusal particular to the workflow, asked before the general one when the step may not start from the state. */
    default Optional<ApiException> refusalIn(K key, X subject) {
        return Optional.empty();
    }

    /** The person may not take the step; {@code row} is the one whose role was asked. */
    ApiException forbidden(K key, R row);

    ApiException notFound(X subject);

    ApiException changed(X subject, int expectedVersion);

    ApiException notAllowed(K key, X subject);

    /** The office sees the subject but is not the one in charge of the step. */
    default ApiException outside(X subject) {
        throw new IllegalStateException("a workflow whose offices may see what they cannot act on names its refusal");
    }
}
