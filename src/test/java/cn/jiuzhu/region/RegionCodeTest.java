package cn.jiuzhu.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;

class RegionCodeTest {

    @ParameterizedTest
    @CsvSource({ "41, PROVINCE", "4103, CITY", "410305, COUNTY", "410305001, TOWNSHIP", "410305001001, VILLAGE" })
    void levelFollowsTheCodeLength(String code, RegionLevel level) {
        assertThat(new RegionCode(code).level()).isEqualTo(level);
    }

    @Test
    void ancestorsAreTheCodePrefixesProvinceFirst() {
        assertThat(new RegionCode("410305001001").ancestors()).extracting(RegionCode::value)
                .containsExactly("41", "4103", "410305", "410305001");
        assertThat(new RegionCode("41").ancestors()).isEmpty();
        assertThat(new RegionCode("410305").parent()).map(RegionCode::value).contains("4103");
    }

    @ParameterizedTest
    @ValueSource(strings = { "410305", "410305001", "410305001001" })
    void aCountyTownshipOrVillageLiesInTheCountyOfItsFirstSixDigits(String code) {
        assertThat(new RegionCode(code).county()).isEqualTo(new RegionCode("410305"));
        assertThat(RegionCode.countyOf(code)).isEqualTo("410305");
    }

    @ParameterizedTest
    @ValueSource(strings = { "41", "4103" })
    void aProvinceOrCityHasNoCounty(String code) {
        assertThatThrownBy(() -> new RegionCode(code).county()).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({ "410305001001, URBAN", "410305001199, URBAN", "410323101200, RURAL", "410323101399, RURAL" })
    void villageCodeTellsUrbanFromRural(String code, UrbanRural expected) {
        assertThat(new RegionCode(code).urbanRural()).contains(expected);
    }

    @Test
    void urbanRuralIsUnknownAboveVillagesAndOutsideTheCommitteeRanges() {
        assertThat(new RegionCode("410305001").urbanRural()).isEmpty();
        assertThat(new RegionCode("410305001400").urbanRural()).isEmpty();
        assertThat(new RegionCode("410305001000").urbanRural()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({ "410305001, STREET", "410323101, TOWN", "410323200, TOWNSHIP", "410305400, SPECIAL_AREA" })
    void townshipDigitsTellTheKind(String code, TownshipKind kind) {
        assertThat(new RegionCode(code).townshipKind()).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "4", "41035", "4103050010", "41a305", "４１" })
    void rejectsMalformedCodes(String code) {
        assertThat(RegionCode.isWellFormed(code)).isFalse();
        assertThatThrownBy(() -> new RegionCode(code)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.REGION_CODE_INVALID));
    }
}
