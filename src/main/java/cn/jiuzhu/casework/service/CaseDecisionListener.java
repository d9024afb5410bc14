package cn.jiuzhu.casework.service;

import java.time.LocalDate;

import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.record.ReviewOutcome;
import cn.jiuzhu.identity.Actor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * What a capability above casework does when a case is publicised or approved, inside the approval's transaction, once the decision
 * is on file: a failure rolls the approval back. Casework calls every implementation and knows none of them; benefit
 * fixes the decided amount this way, writing it back through {@link CaseRecordService#recordDecidedAmount}.
 */
public interface CaseDecisionListener {

    Uni<Void> approved(SqlConnection connection, Approval approval);

    /**
     * The township has put its first review up for publicity (初审并公示), in that step's transaction: a programme whose
     * amount is computed publishes the one the rules give, recorded through {@link CaseRecordService#recordPublishedAmount}.
     */
    default Uni<Void> publicised(SqlConnection connection, Publicity publicity) {
        return Uni.createFrom().voidItem();
    }

    /**
     * The county has decided a periodic review (or reversed one on objection), in that step's transaction: a programme
     * whose amount is computed is paid the review's amount from its month (0.00 for a stop), or no longer.
     */
    default Uni<Void> reviewDecided(SqlConnection connection, Review review) {
        return Uni.createFrom().voidItem();
    }

    default Uni<Void> reviewRevoked(SqlConnection connection, Review review) {
        return Uni.createFrom().voidItem();
    }

    /** Which review of the case, with what outcome, and the first month it applies to. */
    record Review(AssistanceCase c, long reviewId, ReviewOutcome outcome, LocalDate effectiveFrom, Actor actor, String actorLabel) {
    }

    /** The case as it was before publicity, and who put it up. */
    record Publicity(AssistanceCase c, Actor actor, String actorLabel) {
    }

    /** The case as it was before the approval, and the first month it is paid for (the month after the decision). */
    record Approval(AssistanceCase c, LocalDate firstPaymentMonth) {
    }
}
