package cn.jiuzhu.casework.service;

import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.record.PublicityObjection;
import cn.jiuzhu.identity.Actor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * What a capability above casework does when an objection made during publicity is answered, inside the transaction
 * of the step that ended the publicity: a failure rolls the step back. Casework calls every implementation and knows
 * none of them; the hotline answers the real-name report the objection came from, so the reporter is told the result
 * [DB 36–37].
 */
public interface PublicityObjectionListener {

    Uni<Void> answered(SqlConnection connection, Answered answered);

    /** The objection as answered, the case as it was before the step, and who took the step. */
    record Answered(PublicityObjection objection, AssistanceCase c, Actor actor) {
    }
}
