package cn.jiuzhu.monitoring.graphql;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import cn.jiuzhu.identity.CurrentUser;
import cn.jiuzhu.identity.Roles;
import cn.jiuzhu.monitoring.AtRiskImport;
import cn.jiuzhu.monitoring.AtRiskPersonInput;
import cn.jiuzhu.monitoring.MonitoredPopulation;
import cn.jiuzhu.monitoring.service.MonitoredPopulationService;

import io.smallrye.mutiny.Uni;

@GraphQLApi
public class MonitoredPopulationGraphQL {

    private final MonitoredPopulationService population;
    private final CurrentUser currentUser;

    public MonitoredPopulationGraphQL(MonitoredPopulationService population, CurrentUser currentUser) {
        this.population = population;
        this.currentUser = currentUser;
    }

    @Query("monitoredPopulation")
    @RolesAllowed({ Roles.COUNTY_OFFICER, Roles.PROVINCIAL_OFFICER })
    @Description("低收入人口库: a county's monitored people counted by layer (each person once, in the first layer that applies): "
            + "members of dibao and extreme-poverty cases in payment, of recognised marginal and rigid-expenditure households, "
            + "of cases refused or left in the last 12 months, and the county's at-risk list. For the county's bureau and its "
            + "province's department; OUTSIDE_JURISDICTION otherwise, REGION_LEVEL_MISMATCH for a code not a county's.")
    public Uni<@NonNull MonitoredPopulation> monitoredPopulation(@NonNull @Name("countyCode") String countyCode) {
        return currentUser.actor().flatMap(actor -> population.of(actor, countyCode));
    }

    @Mutation("importAtRiskPersons")
    @RolesAllowed(Roles.COUNTY_OFFICER)
    @Description("A county bureau adds people to its list of people at risk of falling back into poverty (防返贫监测对象), citing "
            + "the list (sourceReference); at most 5,000 at once. People already on it are left as they are, so a retried "
            + "import adds nobody twice. ID_NUMBER_INVALID and FIELD_REQUIRED name the person (details.field persons[i]...); "
            + "nothing is added when one is refused.")
    public Uni<@NonNull AtRiskImport> importAtRiskPersons(@NonNull @Name("countyCode") String countyCode,
            @NonNull @Name("sourceReference") String sourceReference,
            @NonNull @Name("persons") List<@NonNull AtRiskPersonInput> persons) {
        return currentUser.actor().flatMap(actor -> population.importAtRisk(actor, countyCode, sourceReference, persons));
    }

    @Mutation("removeAtRiskPerson")
    @RolesAllowed(Roles.COUNTY_OFFICER)
    @Description("A county bureau takes a person off its at-risk list (they stay monitored in any layer their cases give); "
            + "false when they were not on it.")
    public Uni<@NonNull Boolean> removeAtRiskPerson(@NonNull @Name("countyCode") String countyCode,
            @NonNull @Name("idNumber") String idNumber) {
        return currentUser.actor().flatMap(actor -> population.removeAtRisk(actor, countyCode, idNumber));
    }
}
