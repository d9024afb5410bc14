package cn.jiuzhu.casework.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class SpotCheckRuleTest {

    @Test
    void theFloorDrawsWhateverTheDice() {
        assertThat(SpotCheckRule.draw(0, 0, 0.99)).as("first case of the year").isTrue();
        assertThat(SpotCheckRule.draw(2, 9, 0.99)).as("2 of 10 would be under 30%").isTrue();
        assertThat(SpotCheckRule.draw(3, 9, 0.99)).as("3 of 10 meets it").isFalse();
        assertThat(SpotCheckRule.draw(3, 9, 0.10)).as("the dice may still draw").isTrue();
    }

    @Test
    void overAYearTheShareNeverFallsBelowThirtyPercent() {
        SplittableRandom dice = new SplittableRandom(2026);
        int drawn = 0;
        for (int decided = 0; decided < 1000; decided++) {
            if (SpotCheckRule.draw(drawn, decided, dice.nextDouble())) {
                drawn++;
            }
            assertThat((double) drawn / (decided + 1)).as("after %d cases", decided + 1).isGreaterThanOrEqualTo(0.30);
        }
        assertThat((double) drawn / 1000).as("and stays near the floor plus chance").isLessThan(0.60);
    }
}
