package cn.jiuzhu.workflow;

import cn.jiuzhu.identity.Role;

/**
 * One row of a workflow's step table: the step, the states it may start from, the state it leads to
 * and the role of the person who takes it. A workflow's own rows add what else its steps say (a
 * case's time limit, the records it needs).
 *
 * @param <K> the step's name in its workflow (a case action, a referral step)
 * @param <S> the workflow's states
 */
public interface Step<K, S> {

    K key();

    boolean allowedFrom(S state);

    S to();

    Role role();
}
