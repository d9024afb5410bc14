package cn.jiuzhu.region;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.microprofile.graphql.Description;

/** The five levels of the division code, told apart by the code's length. */
@Description("行政区划级别: province 2 digits, city 4, county 6, township 9, village 12")
public enum RegionLevel {
    PROVINCE(2, "省级"), // 省、自治区、直辖市
    CITY(4, "地级"), // 地级市、地区、自治州、盟
    COUNTY(6, "县级"), // 县、县级市、市辖区、旗
    TOWNSHIP(9, "乡级"), // 乡、镇、街道
    VILLAGE(12, "村级"); // 村民委员会、居民委员会

    /** {@code expectedLevelName} of REGION_LEVEL_MISMATCH where a township or village is asked for. */
    public static final String TOWNSHIP_OR_VILLAGE_NAME = "乡镇（街道）或村（社区）";

    private final int codeLength;
    private final String chineseName;

    RegionLevel(int codeLength, String chineseName) {
        this.codeLength = codeLength;
        this.chineseName = chineseName;
    }

    public int codeLength() {
        return codeLength;
    }

    /** "县级", used in resident-facing messages. */
    public String chineseName() {
        return chineseName;
    }

    public static Optional<RegionLevel> ofCodeLength(int length) {
        return Arrays.stream(values()).filter(l -> l.codeLength == length).findFirst();
    }

    /** Where a household lives, as forms and calls give it: a township (乡镇、街道) or a village (村、社区). */
    public boolean isTownshipOrVillage() {
        return this == TOWNSHIP || this == VILLAGE;
    }

    public Optional<RegionLevel> parent() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }
}
