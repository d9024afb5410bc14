package cn.jiuzhu.routing;

import cn.jiuzhu.office.Department;
import cn.jiuzhu.office.OfficeKind;
import cn.jiuzhu.programme.Programme;

/** One row of routing_rule: for a programme, the place that decides and the kind of office that handles it. */
public record RoutingRule(Programme programme, RoutingBasis basis, OfficeKind officeKind, Department department,
        String explanation) {
}
