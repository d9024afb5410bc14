package cn.jiuzhu.identity.dev;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.jiuzhu.common.validation.ValidText;
import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.mutiny.Uni;

/**
 * Development only: a signed token for any role, so a front-end developer calls a protected query a
 * minute after starting the service. Absent from production builds.
 */
@Path("/dev/tokens")
@Tag(name = "development", description = "Only in dev and test builds")
@IfBuildProfile(anyOf = { "dev", "test" })
public class DevTokenResource {

    private final DevTokenIssuer issuer;

    public DevTokenResource(DevTokenIssuer issuer) {
        this.issuer = issuer;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mint a development token")
    public Uni<DevToken> mint(@Valid @NotNull DevTokenRequest request) {
        return issuer.mint(request);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mint a development token (same as POST, for a browser or curl)")
    public Uni<DevToken> mintFromQuery(@QueryParam("role") @ValidText(singleLine = true) String role,
            @QueryParam("idNumber") String idNumber, @QueryParam("officeCode") @ValidText(singleLine = true) String officeCode,
            @QueryParam("name") @ValidText(singleLine = true) String name) {
        return mint(new DevTokenRequest(role, idNumber, officeCode, name));
    }
}
