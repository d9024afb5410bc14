package cn.jiuzhu.routing.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.common.sql.Rows;
import cn.jiuzhu.office.Department;
import cn.jiuzhu.office.OfficeKind;
import cn.jiuzhu.programme.Programme;
import cn.jiuzhu.routing.RoutingBasis;
import cn.jiuzhu.routing.RoutingRule;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/** The routing_rule table: one row per programme, written only by migrations. */
@ApplicationScoped
public class RoutingRuleRepository {

    private final Pool client;

    public RoutingRuleRepository(Pool client) {
        this.client = client;
    }

    public Uni<List<RoutingRule>> findAll() {
        return client.query("SELECT programme, basis, office_kind, department, explanation FROM routing_rule").execute()
                .map(rows -> Rows.all(rows, row -> {
                    String department = row.getString("department");
                    return new RoutingRule(Programme.valueOf(row.getString("programme")),
                            RoutingBasis.valueOf(row.getString("basis")), OfficeKind.valueOf(row.getString("office_kind")),
                            department == null ? null : Department.valueOf(department), row.getString("explanation"));
                }));
    }
}
