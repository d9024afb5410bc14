package cn.jiuzhu.region.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import cn.jiuzhu.common.paging.PageRequest;
import cn.jiuzhu.region.Region;
import cn.jiuzhu.region.RegionConnection;
import cn.jiuzhu.region.RegionLevel;
import cn.jiuzhu.region.service.RegionService;
import io.smallrye.mutiny.Uni;

/**
 * Region queries. Public reference data: the mini-app shows a region picker before sign-in.
 * Tree fields are batched ({@code @Source List}), one SQL statement per field per level of the query.
 */
@GraphQLApi
public class RegionGraphQL {

    private final RegionService regions;

    public RegionGraphQL(RegionService regions) {
        this.regions = regions;
    }

    @Query("region")
    @Description("A division by its code (2, 4, 6, 9 or 12 digits); null when no division has that code.")
    public Uni<Region> region(@NonNull @Name("code") String code) {
        return regions.find(code);
    }

    @Query("provinces")
    @Description("The 31 provincial-level divisions, in code order: the root of a region picker.")
    public Uni<@NonNull List<@NonNull Region>> provinces() {
        return regions.provinces();
    }

    @Query("searchRegions")
    @Description("Divisions whose name contains `name` (1-50 characters), optionally at one level, in code order.")
    public Uni<@NonNull RegionConnection> searchRegions(@NonNull @Name("name") String name,
            @Name("level") RegionLevel level,
            @Name("first") @Description("Page size, 1-100, default 20") Integer first,
            @Name("after") @Description("endCursor of the previous page") String after) {
        return regions.search(name, level, PageRequest.of(first, after));
    }

    @NonNull
    @Description("The divisions directly under this one, in code order")
    public Uni<List<@NonNull List<@NonNull Region>>> children(@Source List<Region> parents) {
        return regions.childrenOf(parents);
    }

    @NonNull
    @Description("The divisions above this one, province first")
    public Uni<List<@NonNull List<@NonNull Region>>> ancestors(@Source List<Region> descendants) {
        return regions.ancestorsOf(descendants);
    }

    @Description("The division directly above; null for a province")
    public Uni<List<Region>> parent(@Source List<Region> children) {
        return regions.parentsOf(children);
    }
}
