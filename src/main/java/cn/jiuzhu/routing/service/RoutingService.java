package cn.jiuzhu.routing.service;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.office.Department;
import cn.jiuzhu.office.OfficeKind;
import cn.jiuzhu.office.service.OfficeService;
import cn.jiuzhu.programme.Programme;
import cn.jiuzhu.region.RegionCode;
import cn.jiuzhu.region.RegionLevel;
import cn.jiuzhu.routing.Assignment;
import cn.jiuzhu.routing.RoutingBasis;
import cn.jiuzhu.routing.RoutingRule;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Who handles a case, decided by data (routing_rule × the divisions × office), not by code paths:
 * the rule picks the place (residence or where the emergency happened) and the kind of office; the
 * office is then one index probe by (region, kind, department), however many offices there are.
 */
@Startup
@ApplicationScoped
public class RoutingService {

    private final Map<Programme, RoutingRule> rules = new EnumMap<>(Programme.class);
    private final OfficeService offices;

    public RoutingService(Pool client, OfficeService offices) {
        this.offices = offices;
        for (Row row : client.query("SELECT programme, basis, office_kind, department, explanation FROM routing_rule")
                .executeAndAwait()) {
            String department = row.getString("department");
            RoutingRule rule = new RoutingRule(Programme.valueOf(row.getString("programme")),
                    RoutingBasis.valueOf(row.getString("basis")), OfficeKind.valueOf(row.getString("office_kind")),
                    department == null ? null : Department.valueOf(department), row.getString("explanation"));
            rules.put(rule.programme(), rule);
        }
        for (Programme p : Programme.values()) {
            if (!rules.containsKey(p)) {
                throw new IllegalStateException("routing_rule has no row for " + p);
            }
        }
    }

    public RoutingRule rule(Programme programme) {
        return rules.get(programme);
    }

    /**
     * @param residenceRegionCode the residence the household chose (registered or usual), township or village
     * @param emergencyRegionCode where the emergency happened, for urgent aid
     */
    public Uni<Assignment> route(Programme programme, String residenceRegionCode, String emergencyRegionCode) {
        RoutingRule rule = rules.get(programme);
        String place = rule.basis() == RoutingBasis.EMERGENCY_LOCATION && emergencyRegionCode != null
                ? emergencyRegionCode : residenceRegionCode;
        RegionCode code = new RegionCode(place);
        String county = code.value().substring(0, RegionLevel.COUNTY.codeLength());
        String officeRegion = rule.officeKind() == OfficeKind.TOWNSHIP_OFFICE
                ? code.value().substring(0, RegionLevel.TOWNSHIP.codeLength()) : county;
        return offices.findResponsible(officeRegion, rule.officeKind(), rule.department()).map(found -> found
                .map(o -> new Assignment(o.code(), o.name(), county, rule.explanation() + "：" + o.name()))
                .orElseThrow(() -> new ApiException(ErrorCode.NO_RESPONSIBLE_OFFICE, Map.of("regionCode", officeRegion,
                        "officeKind", rule.officeKind().name()))));
    }
}
