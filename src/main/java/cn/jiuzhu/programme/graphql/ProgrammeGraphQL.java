package cn.jiuzhu.programme.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import cn.jiuzhu.programme.Programme;
import cn.jiuzhu.programme.ProgrammeInfo;
import cn.jiuzhu.programme.service.CatalogueService;

/**
 * The assistance catalogue. Public: residents read what they may apply for before signing in, and
 * the mini-app builds its application forms from it. Data is in memory, so plain values, not Uni.
 */
@GraphQLApi
public class ProgrammeGraphQL {

    private final CatalogueService catalogue;

    public ProgrammeGraphQL(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @Query("programmes")
    @Description("Every programme residents can apply for, in catalogue order, with conditions, documents, questions and time limits. No token needed.")
    public @NonNull List<@NonNull ProgrammeInfo> programmes() {
        return catalogue.all();
    }

    @Query("programme")
    @Description("One programme of the catalogue. No token needed.")
    public @NonNull ProgrammeInfo programme(@NonNull @Name("code") Programme code) {
        return catalogue.get(code);
    }
}
