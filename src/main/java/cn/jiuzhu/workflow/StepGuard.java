package cn.jiuzhu.workflow;

/**
 * The one check before a staff member's step, for every workflow, in this order:
 * <ol>
 * <li>the role, where one table serves every subject (a referral is answered by a department officer): refused
 * before anything about the subject is read;</li>
 * <li>the office: to one that may not see the subject it does not exist (the workflow's NOT_FOUND), so the refusal
 * says nothing about it;</li>
 * <li>the version the person looked at (the workflow's CHANGED): a stale screen explains any later refusal;</li>
 * <li>the state: the row the step takes from it, else the workflow's own refusal if it has one (a work order not yet
 * answered), else its ACTION_NOT_ALLOWED;</li>
 * <li>the row's role, where the table depends on the subject (a case follows its programme's procedure);</li>
 * <li>the office in charge of the row's step, where an office sees more than it acts on (a county bureau sees every
 * case of its county).</li>
 * </ol>
 * Plain Java: the caller has read the subject (locked, in its transaction) and acts on the row returned.
 */
public final class StepGuard {

    private StepGuard() {
    }

    /** Every check, for a step on a subject as the person last saw it. */
    public static <K, S, R extends Step<K, S>, X> R check(Workflow<K, S, R, X> workflow, K key, X subject, int expectedVersion) {
        if (workflow.sameTableForAll()) {
            var rows = workflow.table(subject).rowsOf(key);
            if (rows.stream().noneMatch(workflow::mayTake)) {
                throw workflow.forbidden(key, rows.isEmpty() ? null : rows.get(0));
            }
        }
        if (!workflow.sees(key, subject)) {
            throw workflow.notFound(subject);
        }
        if (workflow.version(subject) != expectedVersion) {
            throw workflow.changed(subject, expectedVersion);
        }
        return rowFor(workflow, key, subject);
    }

    /** The checks from the state on, for a step taken within other work on a subject already checked (3 and before). */
    public static <K, S, R extends Step<K, S>, X> R rowFor(Workflow<K, S, R, X> workflow, K key, X subject) {
        R row = workflow.table(subject).find(key, workflow.state(subject)).orElseThrow(() -> workflow.refusalIn(key, subject)
                .orElseGet(() -> workflow.notAllowed(key, subject)));
        if (!workflow.mayTake(row)) {
            throw workflow.forbidden(key, row);
        }
        if (!workflow.inCharge(row, subject)) {
            throw workflow.outside(subject);
        }
        return row;
    }
}
