package cn.jiuzhu.routing.service;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.office.OfficeKind;
import cn.jiuzhu.office.service.OfficeService;
import cn.jiuzhu.programme.Programme;
import cn.jiuzhu.region.RegionCode;
import cn.jiuzhu.region.RegionLevel;
import cn.jiuzhu.routing.Assignment;
import cn.jiuzhu.routing.RoutingBasis;
import cn.jiuzhu.routing.RoutingRule;
import cn.jiuzhu.routing.repository.RoutingRuleRepository;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;

/**
 * Who handles a case, decided by data (routing_rule × the divisions × office), not by code paths:
 * the rule picks the place (residence or where the emergency happened) and the kind of office; the
 * office is then one index probe by (region, kind, department), however many offices there are.
 */
@ApplicationScoped
public class RoutingService {

    private final RoutingRuleRepository ruleTable;
    private final OfficeService offices;
    private volatile Map<Programme, RoutingRule> rules = Map.of();

    public RoutingService(RoutingRuleRepository ruleTable, OfficeService offices) {
        this.ruleTable = ruleTable;
        this.offices = offices;
    }

    /**
     * Reads the rules once, before the application serves: on the main thread, where waiting is allowed,
     * never at injection or on an event loop. A programme without a rule stops the start.
     */
    void load(@Observes StartupEvent event) {
        Map<Programme, RoutingRule> loaded = new EnumMap<>(Programme.class);
        for (RoutingRule rule : ruleTable.findAll().await().indefinitely()) {
            loaded.put(rule.programme(), rule);
        }
        for (Programme p : Programme.values()) {
            if (!loaded.containsKey(p)) {
                throw new IllegalStateException("routing_rule has no row for " + p);
            }
        }
        rules = loaded;
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
        String county = code.county().value();
        String officeRegion = rule.officeKind() == OfficeKind.TOWNSHIP_OFFICE
                ? code.value().substring(0, RegionLevel.TOWNSHIP.codeLength()) : county;
        return offices.findResponsible(officeRegion, rule.officeKind(), rule.department()).map(found -> found
                .map(o -> new Assignment(o.code(), o.name(), county, rule.explanation() + "：" + o.name()))
                .orElseThrow(() -> new ApiException(ErrorCode.NO_RESPONSIBLE_OFFICE, Map.of("regionCode", officeRegion,
                        "officeKind", rule.officeKind().name()))));
    }
}
