package cn.jiuzhu.standard.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.region.RegionCode;
import cn.jiuzhu.region.RegionLevel;
import cn.jiuzhu.region.TownshipKind;
import cn.jiuzhu.region.UrbanRural;
import cn.jiuzhu.standard.Standard;
import cn.jiuzhu.standard.StandardVersion;
import cn.jiuzhu.standard.repository.StandardRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Which standard applies to a household: the version in force on a day for its county (or, failing that, its
 * city), urban or rural by where it lives. Versions are only ever added, by an accepted filing.
 */
@ApplicationScoped
public class StandardService {

    private final StandardRepository standards;

    public StandardService(StandardRepository standards) {
        this.standards = standards;
    }

    /**
     * 城市 or 农村 for a household living at a township or village: a village by its committee (居委会 urban,
     * 村委会 rural), a township by its kind (街道 urban; 镇、乡 and special areas rural). Both are read from the
     * code itself, as the statistics office assigns them.
     */
    public static Standard.Area areaOf(String townshipOrVillageCode) {
        RegionCode code = new RegionCode(townshipOrVillageCode);
        if (code.level() == RegionLevel.VILLAGE) {
            return code.urbanRural().map(u -> u == UrbanRural.URBAN ? Standard.Area.URBAN : Standard.Area.RURAL).orElseThrow();
        }
        if (code.level() == RegionLevel.TOWNSHIP) {
            return code.townshipKind().map(k -> k == TownshipKind.STREET ? Standard.Area.URBAN : Standard.Area.RURAL).orElseThrow();
        }
        throw new ApiException(ErrorCode.REGION_LEVEL_MISMATCH, Map.of("code", townshipOrVillageCode,
                "expectedLevelName", "村（社区）或乡镇（街道）", "actualLevel", code.level().name()));
    }

    /** The version in force on {@code on} for a household living at a township or village. */
    public Uni<Optional<StandardVersion>> inForceAt(String townshipOrVillageCode, LocalDate on) {
        Standard.Area area = areaOf(townshipOrVillageCode);
        return standards.inForce(RegionCode.countyOf(townshipOrVillageCode), area, on);
    }

    /** As {@link #inForceAt}, or STANDARD_NOT_SET: without a standard no amount can be computed. */
    public Uni<StandardVersion> requireInForce(SqlClient connection, String townshipOrVillageCode, LocalDate on) {
        Standard.Area area = areaOf(townshipOrVillageCode);
        String county = RegionCode.countyOf(townshipOrVillageCode);
        return standards.inForce(connection, county, area, on).map(found -> found.orElseThrow(() -> new ApiException(
                ErrorCode.STANDARD_NOT_SET, Map.of("countyCode", county, "area", area.name(), "on", on.toString()))));
    }

    /**
     * The version in force on {@code on} for many households at once: one query per county and area, however
     * many households live there. Lookups go through {@code connection}, so a version written earlier in the same
     * transaction is seen.
     */
    public Function<String, Uni<Optional<StandardVersion>>> lookup(SqlClient connection, LocalDate on) {
        Map<String, Uni<Optional<StandardVersion>>> byPlace = new ConcurrentHashMap<>();
        return townshipOrVillageCode -> {
            Standard.Area area = areaOf(townshipOrVillageCode);
            String county = RegionCode.countyOf(townshipOrVillageCode);
            return byPlace.computeIfAbsent(county + area, k -> standards.inForce(connection, county, area, on).memoize().indefinitely());
        };
    }

    /** For a county and area directly: a filing compares itself with this. */
    public Uni<Optional<StandardVersion>> inForce(SqlClient connection, String countyCode, Standard.Area area, LocalDate on) {
        return standards.inForce(connection, countyCode, area, on);
    }

    /** Versions taking effect after {@code month} that may apply to a household living there, in date order. */
    public Uni<List<StandardVersion>> effectiveAfter(SqlClient connection, String townshipOrVillageCode, LocalDate month) {
        return standards.effectiveAfter(connection, RegionCode.countyOf(townshipOrVillageCode), areaOf(townshipOrVillageCode), month);
    }

    /** All versions of a county (with its city's) or of a city, newest first. */
    public Uni<List<StandardVersion>> history(String countyOrCityCode) {
        RegionLevel level = new RegionCode(countyOrCityCode).level();
        if (level != RegionLevel.COUNTY && level != RegionLevel.CITY) {
            throw new ApiException(ErrorCode.REGION_LEVEL_MISMATCH, Map.of("code", countyOrCityCode,
                    "expectedLevelName", "县（区）或市", "actualLevel", level.name()));
        }
        return standards.history(countyOrCityCode);
    }

    public Uni<Optional<StandardVersion>> find(SqlClient connection, UUID id) {
        return standards.find(connection, id);
    }

    public Uni<List<StandardVersion>> byIds(List<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : standards.findAll(ids);
    }

    /** Adds a version; only an accepted filing calls this. */
    public Uni<StandardVersion> record(SqlConnection connection, UUID filingId, Standard standard) {
        return standards.insert(connection, UUID.randomUUID(), filingId, standard);
    }
}
