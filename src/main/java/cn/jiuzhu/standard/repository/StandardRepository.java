package cn.jiuzhu.standard.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.common.money.Yuan;
import cn.jiuzhu.common.sql.Rows;
import cn.jiuzhu.standard.CareTier;
import cn.jiuzhu.standard.Standard;
import cn.jiuzhu.standard.StandardVersion;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** Dated standard versions: written once, read by the version in force on a day. */
@ApplicationScoped
public class StandardRepository {

    private static final String COLUMNS = """
            SELECT id, region_code, area, effective_from, reference, dibao_monthly, method, tiers, marginal_multiple,
                   rigid_expenditure_ratio, last_year_disposable_income, last_year_consumption, tekun_basic_monthly,
                   tekun_care_monthly, temporary_aid_bands, filing_id
              FROM standard_version
            """;

    /**
     * The version in force for a county on a day: the county's own before its city's, then the latest date. A
     * unified standard (城乡统一) applies to both areas, so a county that unified its standards finds it either way.
     */
    public static final String IN_FORCE_SQL = COLUMNS + """
             WHERE region_code IN ($1::varchar, left($1::varchar, 4)) AND area IN ($2, 'UNIFIED') AND effective_from <= $3
             ORDER BY length(region_code) DESC, effective_from DESC
             LIMIT 1""";

    private final Pool client;

    public StandardRepository(Pool client) {
        this.client = client;
    }

    public Uni<Optional<StandardVersion>> inForce(SqlClient connection, String countyCode, Standard.Area area, LocalDate on) {
        return connection.preparedQuery(IN_FORCE_SQL).execute(Tuple.of(countyCode, area.name(), on)).map(StandardRepository::first);
    }

    public Uni<Optional<StandardVersion>> inForce(String countyCode, Standard.Area area, LocalDate on) {
        return inForce(client, countyCode, area, on);
    }

    /** Versions a county's households may be paid by after {@code month}, in date order: the county's and its city's. */
    public Uni<List<StandardVersion>> effectiveAfter(SqlClient connection, String countyCode, Standard.Area area, LocalDate month) {
        return connection.preparedQuery(COLUMNS + """
                 WHERE region_code IN ($1::varchar, left($1::varchar, 4)) AND area IN ($2, 'UNIFIED') AND effective_from > $3
                 ORDER BY effective_from""").execute(Tuple.of(countyCode, area.name(), month)).map(StandardRepository::all);
    }

    /** Every version recorded for a region (county or city) and, for a county, its city, newest first. */
    public Uni<List<StandardVersion>> history(String regionCode) {
        return client.preparedQuery(COLUMNS + """
                 WHERE region_code IN ($1::varchar, left($1::varchar, 4)) ORDER BY effective_from DESC, length(region_code) DESC, area""")
                .execute(Tuple.of(regionCode)).map(StandardRepository::all);
    }

    public Uni<Optional<StandardVersion>> find(SqlClient connection, UUID id) {
        return connection.preparedQuery(COLUMNS + " WHERE id = $1").execute(Tuple.of(id)).map(StandardRepository::first);
    }

    public Uni<List<StandardVersion>> findAll(List<UUID> ids) {
        return client.preparedQuery(COLUMNS + " WHERE id = ANY($1)").execute(Tuple.of(ids.toArray(UUID[]::new)))
                .map(StandardRepository::all);
    }

    public Uni<StandardVersion> insert(SqlConnection connection, UUID id, UUID filingId, Standard s) {
        JsonObject json = toJson(s);
        return connection.preparedQuery("""
                INSERT INTO standard_version (id, region_code, area, effective_from, reference, dibao_monthly, method, tiers,
                       marginal_multiple, rigid_expenditure_ratio, last_year_disposable_income, last_year_consumption,
                       tekun_basic_monthly, tekun_care_monthly, temporary_aid_bands, filing_id)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)""")
                .execute(Tuple.from(Arrays.asList(id, s.regionCode(), s.area().name(), s.effectiveFrom(), s.reference(),
                        s.dibaoMonthly(), s.method().name(), json.getJsonArray("tiers"), s.marginalMultiple(),
                        s.rigidExpenditureRatio(), s.lastYearPerCapitaDisposableIncome(), s.lastYearPerCapitaConsumption(),
                        s.tekunBasicMonthly(), json.getJsonObject("tekunCareMonthly"), json.getJsonArray("temporaryAidBands"),
                        filingId)))
                .map(ignored -> StandardVersion.of(id, filingId, s));
    }

    /** A standard as JSON in the column's terms: how a filing keeps its proposal until it is accepted. */
    public static JsonObject toJson(Standard s) {
        JsonArray tiers = new JsonArray();
        s.tiers().forEach(t -> tiers.add(new JsonObject().put("maxPerCapitaIncome", Yuan.format(t.maxPerCapitaIncome()))
                .put("amountPerPerson", Yuan.format(t.amountPerPerson()))));
        JsonObject care = new JsonObject();
        s.tekunCareMonthly().forEach((tier, amount) -> care.put(tier.name(), Yuan.format(amount)));
        JsonArray bands = new JsonArray();
        s.temporaryAidBands().forEach(b -> bands.add(new JsonObject().put("code", b.code()).put("label", b.label())
                .put("maxMultiple", b.maxMultiple().toPlainString())));
        return new JsonObject().put("regionCode", s.regionCode()).put("area", s.area().name())
                .put("effectiveFrom", s.effectiveFrom().toString()).put("reference", s.reference())
                .put("dibaoMonthly", Yuan.format(s.dibaoMonthly())).put("method", s.method().name()).put("tiers", tiers)
                .put("marginalMultiple", s.marginalMultiple().toPlainString())
                .put("rigidExpenditureRatio", plain(s.rigidExpenditureRatio()))
                .put("lastYearDisposableIncome", plain(s.lastYearPerCapitaDisposableIncome()))
                .put("lastYearConsumption", plain(s.lastYearPerCapitaConsumption()))
                .put("tekunBasicMonthly", plain(s.tekunBasicMonthly()))
                .put("tekunCareMonthly", care).put("temporaryAidBands", bands);
    }

    public static Standard fromJson(JsonObject j) {
        return standard(j.getString("regionCode"), j.getString("area"), LocalDate.parse(j.getString("effectiveFrom")),
                j.getString("reference"), new BigDecimal(j.getString("dibaoMonthly")), j.getString("method"), j.getJsonArray("tiers"),
                new BigDecimal(j.getString("marginalMultiple")), decimal(j.getString("rigidExpenditureRatio")),
                decimal(j.getString("lastYearDisposableIncome")), decimal(j.getString("lastYearConsumption")),
                decimal(j.getString("tekunBasicMonthly")), j.getJsonObject("tekunCareMonthly"), j.getJsonArray("temporaryAidBands"));
    }

    private static StandardVersion version(Row r) {
        Standard s = standard(r.getString("region_code"), r.getString("area"), r.getLocalDate("effective_from"),
                r.getString("reference"), r.getBigDecimal("dibao_monthly"), r.getString("method"), (JsonArray) r.getValue("tiers"),
                r.getBigDecimal("marginal_multiple"), r.getBigDecimal("rigid_expenditure_ratio"),
                r.getBigDecimal("last_year_disposable_income"), r.getBigDecimal("last_year_consumption"),
                r.getBigDecimal("tekun_basic_monthly"), (JsonObject) r.getValue("tekun_care_monthly"),
                (JsonArray) r.getValue("temporary_aid_bands"));
        return StandardVersion.of(r.getUUID("id"), r.getUUID("filing_id"), s);
    }

    private static Standard standard(String region, String area, LocalDate from, String reference, BigDecimal dibao, String method,
            JsonArray tiersJson, BigDecimal marginal, BigDecimal rigidRatio, BigDecimal disposable, BigDecimal consumption,
            BigDecimal tekunBasic, JsonObject careJson, JsonArray bandsJson) {
        List<Standard.Tier> tiers = new ArrayList<>();
        for (int i = 0; i < tiersJson.size(); i++) {
            JsonObject t = tiersJson.getJsonObject(i);
            tiers.add(new Standard.Tier(new BigDecimal(t.getString("maxPerCapitaIncome")), new BigDecimal(t.getString("amountPerPerson"))));
        }
        Map<CareTier, BigDecimal> care = new EnumMap<>(CareTier.class);
        careJson.forEach(e -> care.put(CareTier.valueOf(e.getKey()), new BigDecimal(String.valueOf(e.getValue()))));
        List<Standard.AidBand> bands = new ArrayList<>();
        for (int i = 0; i < bandsJson.size(); i++) {
            JsonObject b = bandsJson.getJsonObject(i);
            bands.add(new Standard.AidBand(b.getString("code"), b.getString("label"), new BigDecimal(b.getString("maxMultiple"))));
        }
        return new Standard(region, Standard.Area.valueOf(area), from, reference, dibao, Standard.Method.valueOf(method), tiers,
                marginal, rigidRatio, disposable, consumption, tekunBasic, care, bands);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static Optional<StandardVersion> first(RowSet<Row> rows) {
        return Rows.first(rows, StandardRepository::version);
    }

    private static List<StandardVersion> all(RowSet<Row> rows) {
        return Rows.all(rows, StandardRepository::version);
    }
}
