package cn.jiuzhu.hotline.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.identity.Actor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

@ApplicationScoped
public class UnmaskAuditRepository {

    private final Pool client;

    public UnmaskAuditRepository(Pool client) {
        this.client = client;
    }

    /** Committed before anything is shown: no record, no unmasking. */
    public Uni<Void> record(UUID caseId, String fields, String reason, Actor actor) {
        return client.preparedQuery("""
                INSERT INTO unmask_audit (case_id, fields, reason, actor_role, actor_subject, actor_office)
                VALUES ($1, $2, $3, $4, $5, $6)""")
                .execute(Tuple.of(caseId, fields, reason, actor.role().group(), actor.subject(), actor.officeCode()))
                .replaceWithVoid();
    }
}
