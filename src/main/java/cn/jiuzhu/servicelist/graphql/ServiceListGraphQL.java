package cn.jiuzhu.servicelist.graphql;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Ids;
import cn.jiuzhu.identity.CurrentUser;
import cn.jiuzhu.identity.Roles;
import cn.jiuzhu.servicelist.ServiceItem;
import cn.jiuzhu.servicelist.ServiceItemInput;
import cn.jiuzhu.servicelist.ServiceListRules;
import cn.jiuzhu.servicelist.service.ServiceListService;
import io.smallrye.mutiny.Uni;

/** A county's service list (服务清单): kept by its civil affairs bureau, read by the bureau and the county's townships. */
@GraphQLApi
public class ServiceListGraphQL {

    private final ServiceListService services;
    private final CurrentUser currentUser;

    public ServiceListGraphQL(ServiceListService services, CurrentUser currentUser) {
        this.services = services;
        this.currentUser = currentUser;
    }

    @Query("countyServices")
    @RolesAllowed({ Roles.CASEWORKER, Roles.COUNTY_OFFICER })
    @Description("服务清单: the services a county (6 digits) offers, by category and name: for its civil affairs bureau and its "
            + "township offices (OUTSIDE_JURISDICTION for others; REGION_LEVEL_MISMATCH for a code that is not a county). "
            + "Retired entries are not listed; arrangements made from them still show them.")
    public Uni<@NonNull List<@NonNull ServiceItem>> countyServices(@NonNull @Name("countyCode") String countyCode) {
        return currentUser.actor().flatMap(actor -> services.offered(actor, countyCode));
    }

    @Mutation("addServiceItem")
    @RolesAllowed(Roles.COUNTY_OFFICER)
    @Description("The county bureau adds a service to its own county's list (OUTSIDE_JURISDICTION for another county). "
            + "VALIDATION_FAILED names the field: reason ALREADY_LISTED when an offered entry has the same name and provider, "
            + "LIST_FULL beyond " + ServiceListRules.MAX_OFFERED + " offered entries.")
    public Uni<@NonNull ServiceItem> addServiceItem(@NonNull @Name("countyCode") String countyCode,
            @NonNull @Name("input") ServiceItemInput input) {
        return currentUser.actor().flatMap(actor -> services.add(actor, countyCode, input));
    }

    @Mutation("updateServiceItem")
    @RolesAllowed(Roles.COUNTY_OFFICER)
    @Description("The county bureau corrects an offered entry of its list (SERVICE_ITEM_NOT_FOUND for another county's; "
            + "VALIDATION_FAILED with reason RETIRED for a retired one). Arrangements made from it show the correction: a "
            + "different service or provider is a new entry, with this one retired.")
    public Uni<@NonNull ServiceItem> updateServiceItem(@NonNull @Id @Name("id") String id, @NonNull @Name("input") ServiceItemInput input) {
        return currentUser.actor().flatMap(actor -> services.update(actor, itemId(id), input));
    }

    @Mutation("retireServiceItem")
    @RolesAllowed(Roles.COUNTY_OFFICER)
    @Description("The county bureau stops offering a service (retired, never deleted): it can no longer be arranged, and the "
            + "arrangements already made keep it. SERVICE_ITEM_NOT_FOUND for another county's. Retiring twice changes nothing.")
    public Uni<@NonNull ServiceItem> retireServiceItem(@NonNull @Id @Name("id") String id) {
        return currentUser.actor().flatMap(actor -> services.retire(actor, itemId(id)));
    }

    private static UUID itemId(String id) {
        return Ids.parse(id, ErrorCode.SERVICE_ITEM_NOT_FOUND);
    }
}
