package cn.jiuzhu.standard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.standard.Standard;

/** Urban or rural is read from the residence code, as the statistics office assigns it. */
class StandardServiceTest {

    @Test
    void aStreetIsUrbanATownOrTownshipRural() {
        assertThat(StandardService.areaOf("410305001")).isEqualTo(Standard.Area.URBAN); // 湖北路街道
        assertThat(StandardService.areaOf("140121100")).isEqualTo(Standard.Area.RURAL); // 清源镇
        assertThat(StandardService.areaOf("140121200")).isEqualTo(Standard.Area.RURAL); // a 乡
    }

    @Test
    void aVillageFollowsItsCommitteeNotItsTownship() {
        assertThat(StandardService.areaOf("140121100001")).isEqualTo(Standard.Area.URBAN); // 居委会 in a town
        assertThat(StandardService.areaOf("410305001201")).isEqualTo(Standard.Area.RURAL); // 村委会 under a street
    }

    @Test
    void aCountyIsNotWhereAHouseholdLives() {
        assertThatThrownBy(() -> StandardService.areaOf("410305")).isInstanceOf(ApiException.class);
    }
}
