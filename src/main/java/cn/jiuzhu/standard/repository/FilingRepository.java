package cn.jiuzhu.standard.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.common.sql.Rows;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.standard.FilingImpact;
import cn.jiuzhu.standard.FilingStatus;
import cn.jiuzhu.standard.Standard;
import cn.jiuzhu.standard.StandardFiling;
import cn.jiuzhu.standard.StandardVersion;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** standard_filing: filed by a county, reviewed once by its province. */
@ApplicationScoped
public class FilingRepository {

    private static final String COLUMNS = """
            SELECT id, region_code, area, effective_from, proposal, status, impact, filed_by_office, filed_at,
                   reviewed_by_office, reviewed_at, review_note, standard_id
              FROM standard_filing
            """;

    private final Pool client;

    public FilingRepository(Pool client) {
        this.client = client;
    }

    public Uni<Void> insert(SqlConnection connection, UUID id, Standard proposal, FilingImpact impact, Actor actor) {
        return connection.preparedQuery("""
                INSERT INTO standard_filing (id, region_code, area, effective_from, proposal, status, impact, reduces_coverage,
                       filed_by, filed_by_office)
                VALUES ($1, $2, $3, $4, $5, 'FILED', $6, $7, $8, $9)""")
                .execute(Tuple.from(List.of(id, proposal.regionCode(), proposal.area().name(), proposal.effectiveFrom(),
                        StandardRepository.toJson(proposal), impactJson(impact), impact.reducesCoverage(), actor.subject(),
                        actor.officeCode())))
                .replaceWithVoid();
    }

    public Uni<Optional<StandardFiling>> find(SqlClient connection, UUID id) {
        return connection.preparedQuery(COLUMNS + " WHERE id = $1").execute(Tuple.of(id)).map(FilingRepository::first);
    }

    public Uni<Optional<StandardFiling>> lock(SqlConnection connection, UUID id) {
        return connection.preparedQuery(COLUMNS + " WHERE id = $1 FOR UPDATE").execute(Tuple.of(id)).map(FilingRepository::first);
    }

    /** Filings of a county, or of every county of a province (2 digits), newest first. */
    public Uni<List<StandardFiling>> underRegion(String regionPrefix, FilingStatus status, int limit) {
        return client.preparedQuery(COLUMNS + """
                 WHERE starts_with(region_code, $1) AND ($2::varchar IS NULL OR status = $2) ORDER BY filed_at DESC LIMIT $3""")
                .execute(Tuple.of(regionPrefix, status == null ? null : status.name(), limit)).map(FilingRepository::all);
    }

    /** The latest date a version of exactly this region and area was recorded from, if any. */
    public Uni<Optional<LocalDate>> latestEffectiveFrom(SqlClient connection, String regionCode, Standard.Area area) {
        return connection.preparedQuery("SELECT max(effective_from) FROM standard_version WHERE region_code = $1 AND area = $2")
                .execute(Tuple.of(regionCode, area.name()))
                .map(rows -> Optional.ofNullable(Rows.one(rows, r -> r.getLocalDate(0))));
    }

    public Uni<Void> review(SqlConnection connection, UUID id, FilingStatus status, Actor actor, String note, UUID standardId) {
        return connection.preparedQuery("""
                UPDATE standard_filing SET status = $2, reviewed_by = $3, reviewed_by_office = $4, reviewed_at = now(),
                       review_note = $5, standard_id = $6
                 WHERE id = $1""")
                .execute(Tuple.from(java.util.Arrays.asList(id, status.name(), actor.subject(), actor.officeCode(), note, standardId)))
                .replaceWithVoid();
    }

    private static StandardFiling filing(Row r) {
        Standard proposal = StandardRepository.fromJson((JsonObject) r.getValue("proposal"));
        return new StandardFiling(r.getUUID("id"), r.getString("region_code"), Standard.Area.valueOf(r.getString("area")),
                r.getLocalDate("effective_from"), StandardVersion.of(r.getUUID("standard_id"), r.getUUID("id"), proposal),
                FilingStatus.valueOf(r.getString("status")), impact((JsonObject) r.getValue("impact")),
                r.getString("filed_by_office"), r.getOffsetDateTime("filed_at"), r.getString("reviewed_by_office"),
                r.getOffsetDateTime("reviewed_at"), r.getString("review_note"), r.getUUID("standard_id"));
    }

    /** Spelled out rather than mapped by reflection, so the native build needs no registration. */
    private static JsonObject impactJson(FilingImpact i) {
        return new JsonObject().put("casesAssessed", i.casesAssessed()).put("householdsCoveredNow", i.householdsCoveredNow())
                .put("peopleCoveredNow", i.peopleCoveredNow()).put("monthlyTotalNow", i.monthlyTotalNow())
                .put("householdsCoveredNew", i.householdsCoveredNew()).put("peopleCoveredNew", i.peopleCoveredNew())
                .put("monthlyTotalNew", i.monthlyTotalNew()).put("householdsNoLongerCovered", i.householdsNoLongerCovered())
                .put("standardNow", i.standardNow()).put("standardNew", i.standardNew()).put("reducesCoverage", i.reducesCoverage())
                .put("summary", i.summary());
    }

    private static FilingImpact impact(JsonObject j) {
        return new FilingImpact(j.getInteger("casesAssessed"), j.getInteger("householdsCoveredNow"), j.getInteger("peopleCoveredNow"),
                j.getString("monthlyTotalNow"), j.getInteger("householdsCoveredNew"), j.getInteger("peopleCoveredNew"),
                j.getString("monthlyTotalNew"), j.getInteger("householdsNoLongerCovered"), j.getString("standardNow"),
                j.getString("standardNew"), j.getBoolean("reducesCoverage"), j.getString("summary"));
    }

    private static Optional<StandardFiling> first(RowSet<Row> rows) {
        return Rows.first(rows, FilingRepository::filing);
    }

    private static List<StandardFiling> all(RowSet<Row> rows) {
        return Rows.all(rows, FilingRepository::filing);
    }
}
