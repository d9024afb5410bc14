package cn.jiuzhu.monitoring.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.time.CalendarService;
import cn.jiuzhu.common.validation.IdNumber;
import cn.jiuzhu.common.validation.PlainText;
import cn.jiuzhu.common.validation.TextInput;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.identity.Role;
import cn.jiuzhu.monitoring.AtRiskImport;
import cn.jiuzhu.monitoring.AtRiskPersonInput;
import cn.jiuzhu.monitoring.LayerCount;
import cn.jiuzhu.monitoring.MonitoredPopulation;
import cn.jiuzhu.monitoring.MonitoringLayer;
import cn.jiuzhu.monitoring.repository.MonitoredPopulationRepository;
import cn.jiuzhu.office.OfficeKind;
import cn.jiuzhu.office.OfficeView;
import cn.jiuzhu.office.service.OfficeService;
import cn.jiuzhu.region.RegionCode;

import io.smallrye.mutiny.Uni;

/**
 * The monitored population (低收入人口库) of a county: read by its bureau and its province, counted by layer; and the
 * county's list of people at risk of falling back into poverty, imported and kept by its bureau.
 */
@ApplicationScoped
public class MonitoredPopulationService {

    /** One import at most: a county's list is a few thousand people. */
    static final int MAX_IMPORT = 5000;

    private final MonitoredPopulationRepository population;
    private final OfficeService offices;
    private final CalendarService calendar;

    public MonitoredPopulationService(MonitoredPopulationRepository population, OfficeService offices, CalendarService calendar) {
        this.population = population;
        this.offices = offices;
        this.calendar = calendar;
    }

    /** The county's people by layer: its bureau, or its province's department; OUTSIDE_JURISDICTION otherwise. */
    public Uni<MonitoredPopulation> of(Actor actor, String countyCode) {
        RegionCode.requireCounty(countyCode);
        return offices.require(actor.officeCode()).flatMap(office -> {
            boolean ownCounty = office.kind() == OfficeKind.COUNTY_CIVIL_AFFAIRS && office.regionCode().equals(countyCode);
            boolean ownProvince = office.kind() == OfficeKind.PROVINCE_CIVIL_AFFAIRS && countyCode.startsWith(office.regionCode());
            if (!ownCounty && !ownProvince) {
                throw new ApiException(ErrorCode.OUTSIDE_JURISDICTION, Map.of("countyCode", countyCode));
            }
            return population.countByLayer(countyCode);
        }).map(counts -> {
            List<LayerCount> layers = Arrays.stream(MonitoringLayer.values())
                    .map(l -> new LayerCount(l, l.label(), counts.getOrDefault(l, 0))).toList();
            return new MonitoredPopulation(countyCode, layers.stream().mapToInt(LayerCount::persons).sum(), layers,
                    OffsetDateTime.now(calendar.clock()));
        });
    }

    /** Adds people to the county's at-risk list: its bureau only; people already on it are left as they are. */
    public Uni<AtRiskImport> importAtRisk(Actor actor, String countyCode, String sourceReference, List<AtRiskPersonInput> persons) {
        return Uni.createFrom().item(() -> {
            actor.requireRole(Role.COUNTY_OFFICER, "importAtRiskPersons");
            RegionCode.requireCounty(countyCode);
            return actor;
        }).flatMap(a -> ownCounty(a, countyCode)).flatMap(ignored -> {
            List<AtRiskPersonInput> checked = checked(persons);
            String reference = TextInput.required("sourceReference", "名单依据", sourceReference, 200);
            PlainText.requireName("sourceReference", reference);
            return population.importList(countyCode, checked, reference, actor.subject())
                    .map(imported -> new AtRiskImport(imported, checked.size() - imported));
        });
    }

    /** Takes a person off the county's at-risk list (they stay in any layer their cases give); false when not on it. */
    public Uni<Boolean> removeAtRisk(Actor actor, String countyCode, String idNumber) {
        return Uni.createFrom().item(() -> {
            actor.requireRole(Role.COUNTY_OFFICER, "removeAtRiskPerson");
            RegionCode.requireCounty(countyCode);
            return actor;
        }).flatMap(a -> ownCounty(a, countyCode))
                .flatMap(ignored -> population.remove(countyCode, IdNumber.parse(idNumber, calendar.today()).value()));
    }

    private Uni<OfficeView> ownCounty(Actor actor, String countyCode) {
        return offices.require(actor.officeCode()).invoke(office -> {
            if (office.kind() != OfficeKind.COUNTY_CIVIL_AFFAIRS || !office.regionCode().equals(countyCode)) {
                throw new ApiException(ErrorCode.OUTSIDE_JURISDICTION, Map.of("countyCode", countyCode));
            }
        });
    }

    /** Each person's ID number checked (the index named), names required; one row per ID number. */
    private List<AtRiskPersonInput> checked(List<AtRiskPersonInput> persons) {
        if (persons.isEmpty() || persons.size() > MAX_IMPORT) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", "persons", "min", 1, "max", MAX_IMPORT));
        }
        LocalDate today = calendar.today();
        Map<String, AtRiskPersonInput> byId = new LinkedHashMap<>();
        for (int i = 0; i < persons.size(); i++) {
            AtRiskPersonInput p = persons.get(i);
            String field = "persons[" + i + "]";
            String id = IdNumber.tryParse(p.idNumber(), today).map(IdNumber::value).orElseThrow(() ->
                    new ApiException(ErrorCode.ID_NUMBER_INVALID, Map.of("field", field + ".idNumber")));
            String name = TextInput.required(field + ".name", "姓名", p.name(), 50);
            PlainText.requireName(field + ".name", name);
            byId.putIfAbsent(id, new AtRiskPersonInput(id, name));
        }
        return List.copyOf(byId.values());
    }
}
