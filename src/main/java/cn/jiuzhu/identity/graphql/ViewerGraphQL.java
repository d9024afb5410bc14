package cn.jiuzhu.identity.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import cn.jiuzhu.identity.CurrentUser;
import cn.jiuzhu.identity.Viewer;
import cn.jiuzhu.office.OfficeView;
import cn.jiuzhu.office.service.OfficeService;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

@GraphQLApi
public class ViewerGraphQL {

    private final CurrentUser currentUser;
    private final OfficeService offices;

    public ViewerGraphQL(CurrentUser currentUser, OfficeService offices) {
        this.currentUser = currentUser;
        this.offices = offices;
    }

    @Query("me")
    @Authenticated
    @Description("Who the bearer token belongs to. Requires a token; the first call a front end makes after sign-in.")
    public Uni<Viewer> me() {
        return currentUser.caller().map(Viewer::of);
    }

    @Description("Staff: the office they work for")
    public Uni<OfficeView> office(@Source Viewer viewer) {
        return viewer.officeCode() == null ? Uni.createFrom().nullItem() : offices.require(viewer.officeCode());
    }
}
