package cn.jiuzhu.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.region.service.RegionService;
import io.quarkus.test.junit.QuarkusTest;

/** The check other capabilities use on input: the region exists and is at the right level. */
@QuarkusTest
class RegionServiceTest {

    @Inject
    RegionService regions;

    @Test
    void acceptsAnExistingRegionAtTheExpectedLevel() {
        Region county = regions.require("410305", RegionLevel.COUNTY).await().indefinitely();
        assertThat(county.name()).isEqualTo("涧西区");
    }

    @Test
    void refusesAWellFormedCodeThatNamesNoRegion() {
        assertThatThrownBy(() -> regions.require("410399", RegionLevel.COUNTY).await().indefinitely())
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.REGION_NOT_FOUND);
                    assertThat(e.details()).containsEntry("code", "410399");
                });
    }

    @Test
    void refusesARegionAtTheWrongLevelSayingWhichLevelWasExpected() {
        assertThatThrownBy(() -> regions.require("410305001", RegionLevel.COUNTY).await().indefinitely())
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.REGION_LEVEL_MISMATCH);
                    assertThat(e.getMessage()).isEqualTo("所选地区不是县级，请重新选择。");
                    assertThat(e.details()).containsEntry("actualLevel", "TOWNSHIP");
                });
    }

    @Test
    void refusesAMalformedCodeBeforeAskingTheDatabase() {
        assertThatThrownBy(() -> regions.require("4103x5", RegionLevel.COUNTY))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.REGION_CODE_INVALID));
    }
}
