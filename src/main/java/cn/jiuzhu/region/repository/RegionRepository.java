package cn.jiuzhu.region.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.region.Region;
import cn.jiuzhu.region.RegionLevel;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Reads the region table with the reactive SQL client. Each call is one statement on its own
 * pooled connection, so GraphQL may resolve region fields in parallel safely.
 */
@ApplicationScoped
public class RegionRepository {

    private static final String COLUMNS = "SELECT code, name, parent_code FROM region ";

    private final Pool client;

    public RegionRepository(Pool client) {
        this.client = client;
    }

    public Uni<List<Region>> findByCodes(Collection<String> codes) {
        return query(COLUMNS + "WHERE code = ANY($1) ORDER BY code", Tuple.of(codes.toArray(String[]::new)));
    }

    public Uni<List<Region>> findChildrenOf(Collection<String> parentCodes) {
        return query(COLUMNS + "WHERE parent_code = ANY($1) ORDER BY code", Tuple.of(parentCodes.toArray(String[]::new)));
    }

    public Uni<List<Region>> findProvinces() {
        return query(COLUMNS + "WHERE parent_code IS NULL ORDER BY code", Tuple.tuple());
    }

    /** Names containing {@code fragment}, in code order (a division before its sub-divisions), after a code. */
    public Uni<List<Region>> searchByName(String fragment, RegionLevel level, String afterCode, int limit) {
        String pattern = "%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return query(COLUMNS + """
                WHERE name LIKE $1
                  AND ($2::varchar IS NULL OR level = $2)
                  AND ($3::varchar IS NULL OR code > $3)
                ORDER BY code LIMIT $4""",
                Tuple.of(pattern, level == null ? null : level.name(), afterCode, limit));
    }

    private Uni<List<Region>> query(String sql, Tuple arguments) {
        return client.preparedQuery(sql).execute(arguments).map(RegionRepository::toRegions);
    }

    private static List<Region> toRegions(RowSet<Row> rows) {
        List<Region> regions = new ArrayList<>(rows.size());
        for (Row row : rows) {
            regions.add(Region.of(row.getString("code"), row.getString("name"), row.getString("parent_code")));
        }
        return regions;
    }
}
