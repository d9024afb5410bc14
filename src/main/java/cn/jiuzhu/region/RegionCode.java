package cn.jiuzhu.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;

/**
 * A division code and what its digits say on their own (domain §9): the level from its length,
 * every ancestor from its prefixes, the township kind from digits 7–9 and urban/rural from
 * digits 10–12. Whether the code exists is the region service's question, not this class's.
 */
public record RegionCode(String value) {

    private static final Pattern DIGITS = Pattern.compile("^\\d+$");

    public RegionCode {
        if (value == null || !DIGITS.matcher(value).matches() || RegionLevel.ofCodeLength(value.length()).isEmpty()) {
            throw new ApiException(ErrorCode.REGION_CODE_INVALID, Map.of("expectedLengths", "2, 4, 6, 9, 12"));
        }
    }

    /** REGION_LEVEL_MISMATCH unless {@code value} is a county's code (6 digits): for operations on a county's data. */
    public static void requireCounty(String value) {
        if (!isWellFormed(value) || new RegionCode(value).level() != RegionLevel.COUNTY) {
            throw new ApiException(ErrorCode.REGION_LEVEL_MISMATCH, Map.of("code", String.valueOf(value), "expectedLevelName",
                    "县（区）", "actualLevel", isWellFormed(value) ? new RegionCode(value).level().name() : "-"));
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && DIGITS.matcher(value).matches() && RegionLevel.ofCodeLength(value.length()).isPresent();
    }

    public RegionLevel level() {
        return RegionLevel.ofCodeLength(value.length()).orElseThrow();
    }

    public Optional<RegionCode> parent() {
        return level().parent().map(p -> new RegionCode(value.substring(0, p.codeLength())));
    }

    /** The county this code lies in (itself for a county): where cases are numbered and standards set. */
    public RegionCode county() {
        return new RegionCode(countyOf(value));
    }

    /**
     * The county's six digits of a county, township or village code, for callers holding the code as text;
     * a province or city code has no county and is refused.
     */
    public static String countyOf(String countyOrLowerCode) {
        int length = RegionLevel.COUNTY.codeLength();
        if (countyOrLowerCode.length() < length) {
            throw new IllegalArgumentException("no county in region code " + countyOrLowerCode);
        }
        return countyOrLowerCode.substring(0, length);
    }

    /** Province first, parent last. */
    public List<RegionCode> ancestors() {
        List<RegionCode> result = new ArrayList<>();
        for (RegionLevel l : RegionLevel.values()) {
            if (l.codeLength() >= value.length()) {
                break;
            }
            result.add(new RegionCode(value.substring(0, l.codeLength())));
        }
        return result;
    }

    /** Only villages carry it; a township or above mixes both. */
    public Optional<UrbanRural> urbanRural() {
        if (level() != RegionLevel.VILLAGE) {
            return Optional.empty();
        }
        int committee = Integer.parseInt(value.substring(9, 12));
        if (committee >= 1 && committee <= 199) {
            return Optional.of(UrbanRural.URBAN);
        }
        if (committee >= 200 && committee <= 399) {
            return Optional.of(UrbanRural.RURAL);
        }
        return Optional.empty();
    }

    public Optional<TownshipKind> townshipKind() {
        if (level() != RegionLevel.TOWNSHIP) {
            return Optional.empty();
        }
        int n = Integer.parseInt(value.substring(6, 9));
        if (n >= 1 && n <= 99) {
            return Optional.of(TownshipKind.STREET);
        }
        if (n >= 100 && n <= 199) {
            return Optional.of(TownshipKind.TOWN);
        }
        if (n >= 200 && n <= 399) {
            return Optional.of(TownshipKind.TOWNSHIP);
        }
        return Optional.of(TownshipKind.SPECIAL_AREA);
    }

    @Override
    public String toString() {
        return value;
    }
}
