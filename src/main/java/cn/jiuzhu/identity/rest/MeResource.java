package cn.jiuzhu.identity.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.jiuzhu.identity.CurrentUser;
import cn.jiuzhu.identity.Viewer;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

@Path("/api/me")
@Tag(name = "identity")
public class MeResource {

    private final CurrentUser currentUser;

    public MeResource(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who the bearer token belongs to")
    @SecurityRequirement(name = "bearer")
    public Uni<Viewer> me() {
        return currentUser.caller().map(Viewer::of);
    }
}
