package cn.jiuzhu.standard.service;

import java.time.LocalDate;
import java.util.List;

import cn.jiuzhu.standard.Standard;
import cn.jiuzhu.standard.StandardVersion;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * What a filing needs to know about, and do to, the households a county pays by its standard. Standard names the
 * question; benefit, which computes amounts with standards and so sits above them, answers it. A filing thereby
 * never calls up a floor.
 */
public interface HouseholdsInPayment {

    /**
     * The county's households in payment in the proposal's area, each with what it is paid in the month of
     * {@code on} and what the proposal would give it. Reads through {@code connection}, the filing's transaction.
     */
    Uni<List<FilingImpactRule.Household>> underProposal(SqlClient connection, Standard proposal, LocalDate on);

    /**
     * A version has just been accepted, inside the acceptance's transaction: every household in payment of its
     * county that it applies to is paid by it from its month. Returns how many were recomputed.
     */
    Uni<Integer> recomputeFrom(SqlConnection connection, StandardVersion version);
}
