package cn.jiuzhu.casework.service;

import java.time.LocalDate;

import cn.jiuzhu.casework.AssistanceCase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * What a capability above casework does when a case is approved, inside the approval's transaction, once the decision
 * is on file: a failure rolls the approval back. Casework calls every implementation and knows none of them; benefit
 * fixes the decided amount this way, writing it back through {@link CaseRecordService#recordDecidedAmount}.
 */
public interface CaseDecisionListener {

    Uni<Void> approved(SqlConnection connection, Approval approval);

    /** The case as it was before the approval, and the first month it is paid for (the month after the decision). */
    record Approval(AssistanceCase c, LocalDate firstPaymentMonth) {
    }
}
