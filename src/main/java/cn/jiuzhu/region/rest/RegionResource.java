package cn.jiuzhu.region.rest;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.region.Region;
import cn.jiuzhu.region.service.RegionService;
import io.smallrye.mutiny.Uni;

/** REST view of a region, for integrations (data feeds) that do not speak GraphQL. */
@Path("/api/regions")
@Tag(name = "region")
public class RegionResource {

    private final RegionService regions;

    public RegionResource(RegionService regions) {
        this.regions = regions;
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A division by its code; 404 REGION_NOT_FOUND when none has it")
    public Uni<Region> region(@PathParam("code") String code) {
        return regions.find(code).map(region -> {
            if (region == null) {
                throw new ApiException(ErrorCode.REGION_NOT_FOUND, Map.of("code", code));
            }
            return region;
        });
    }
}
