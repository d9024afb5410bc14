package cn.jiuzhu.testsupport;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.casework.service.CaseDecisionListener;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Test-only: a listener on approvals that fails for the cases a test names, the way a capability above casework
 * would fail half-way (a standard missing, the database refusing a write). Every other approval passes through it.
 */
@ApplicationScoped
public class FailingDecisionListener implements CaseDecisionListener {

    private static final Set<UUID> FAILING = ConcurrentHashMap.newKeySet();

    public static void failFor(UUID caseId) {
        FAILING.add(caseId);
    }

    public static void stopFailingFor(UUID caseId) {
        FAILING.remove(caseId);
    }

    @Override
    public Uni<Void> approved(SqlConnection connection, Approval approval) {
        if (FAILING.contains(approval.c().id())) {
            return Uni.createFrom().failure(new IllegalStateException("test: the listener fails for " + approval.c().id()));
        }
        return Uni.createFrom().voidItem();
    }
}
