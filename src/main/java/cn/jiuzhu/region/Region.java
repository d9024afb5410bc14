package cn.jiuzhu.region;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An administrative division (行政区划) as clients see it. Divisions are reference data: read often,
 * changed only by migrations and the village loader (see {@code RegionRepository}).
 */
@Description("行政区划: a province, city, county, township (乡镇街道) or village (村/社区)")
public record Region(
        @NonNull @Description("Division code: 2, 4, 6, 9 or 12 digits, e.g. 410305 (涧西区)") String code,
        @NonNull @Description("Official name, e.g. 涧西区") String name,
        @NonNull RegionLevel level,
        @Description("Code of the division above; null for a province") String parentCode,
        @Description("Villages only: urban (居委会) or rural (村委会); null above village level") UrbanRural urbanRural,
        @Description("Townships only: street, town, township or special area") TownshipKind townshipKind) {

    public static Region of(String code, String name, String parentCode) {
        RegionCode c = new RegionCode(code);
        return new Region(code, name, c.level(), parentCode, c.urbanRural().orElse(null),
                c.townshipKind().orElse(null));
    }
}
