package cn.jiuzhu.common.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class YuanTest {

    @Test
    void computedAmountsAreRoundedHalfUpToTheFen() {
        assertThat(Yuan.toFen(new BigDecimal("1365.645"))).as("half up, not half even").isEqualByComparingTo("1365.65");
        assertThat(Yuan.toFen(new BigDecimal("1365.6449"))).isEqualByComparingTo("1365.64");
        assertThat(Yuan.toFen(new BigDecimal("0.005"))).isEqualByComparingTo("0.01");
        assertThat(Yuan.toFen(new BigDecimal("1407"))).hasToString("1407.00");
    }
}
