package cn.jiuzhu.office.graphql;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import cn.jiuzhu.identity.CurrentUser;
import cn.jiuzhu.identity.Roles;
import cn.jiuzhu.office.OfficeView;
import cn.jiuzhu.office.service.OfficeService;
import io.smallrye.mutiny.Uni;

@GraphQLApi
public class OfficeGraphQL {

    private final OfficeService offices;
    private final CurrentUser currentUser;

    public OfficeGraphQL(OfficeService offices, CurrentUser currentUser) {
        this.offices = offices;
        this.currentUser = currentUser;
    }

    @Query("office")
    @Description("An office by its code; null when there is none")
    public Uni<OfficeView> office(@NonNull @Name("code") String code) {
        return offices.find(code).map(found -> found.orElse(null));
    }

    @Mutation("setDibaoConfirmationDelegation")
    @RolesAllowed(Roles.COUNTY_OFFICER)
    @Description("My county bureau delegates dibao confirmation (审核确认) to its townships, or takes it back")
    public Uni<@NonNull OfficeView> delegate(@NonNull @Name("delegate") boolean delegate) {
        return currentUser.actor().flatMap(actor -> offices.setDibaoDelegation(actor.officeCode(), delegate));
    }

    @Mutation("renameOffice")
    @RolesAllowed(Roles.ADMIN)
    @Description("Administrators correct an office's name")
    public Uni<@NonNull OfficeView> rename(@NonNull @Name("code") String code, @NonNull @Name("name") String name) {
        return offices.rename(code, name.strip());
    }
}
