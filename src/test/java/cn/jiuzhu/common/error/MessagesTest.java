package cn.jiuzhu.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyErrorCodeHasChineseText() {
        assertThat(Messages.missing()).isEmpty();
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(Messages.of(code)).as(code.name()).containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void fillsPlaceholdersFromDetails() {
        assertThat(Messages.of(ErrorCode.REGION_LEVEL_MISMATCH, Map.of("expectedLevelName", "村级")))
                .isEqualTo("所选地区不是村级，请重新选择。");
        assertThat(Messages.of(ErrorCode.PAGE_SIZE_INVALID, Map.of("max", 100))).contains("100");
    }
}
