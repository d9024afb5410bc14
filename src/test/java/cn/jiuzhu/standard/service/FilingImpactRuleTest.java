package cn.jiuzhu.standard.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.standard.FilingImpact;

class FilingImpactRuleTest {

    @Test
    void aHigherStandardCoveringFewerHouseholdsIsFlagged() {
        FilingImpact impact = FilingImpactRule.of(List.of(household(3, "1707.00", "2100.00"), household(3, "357.00", "0.00"),
                household(2, "100.00", "150.00")), new BigDecimal("669.00"), new BigDecimal("700.00"));

        assertThat(impact.householdsCoveredNow()).isEqualTo(3);
        assertThat(impact.peopleCoveredNow()).isEqualTo(8);
        assertThat(impact.monthlyTotalNow()).isEqualTo("2164.00");
        assertThat(impact.householdsCoveredNew()).isEqualTo(2);
        assertThat(impact.peopleCoveredNew()).isEqualTo(5);
        assertThat(impact.monthlyTotalNew()).isEqualTo("2250.00");
        assertThat(impact.householdsNoLongerCovered()).isEqualTo(1);
        assertThat(impact.reducesCoverage()).isTrue();
        assertThat(impact.summary()).startsWith("提标减人：低保标准由669.00元提高到700.00元，保障户数却由3户减少到2户");
    }

    @Test
    void fewerHouseholdsUnderALowerOrEqualStandardIsNotTheRaiseThatCutsRecipients() {
        List<FilingImpactRule.Household> households = List.of(household(3, "357.00", "0.00"));

        assertThat(FilingImpactRule.of(households, new BigDecimal("669.00"), new BigDecimal("669.00")).reducesCoverage()).isFalse();
        assertThat(FilingImpactRule.of(households, new BigDecimal("669.00"), new BigDecimal("600.00")).reducesCoverage()).isFalse();
    }

    @Test
    void aRaiseThatKeepsEveryoneIsNotFlagged() {
        FilingImpact impact = FilingImpactRule.of(List.of(household(1, "69.00", "100.00")), new BigDecimal("669.00"),
                new BigDecimal("700.00"));

        assertThat(impact.reducesCoverage()).isFalse();
        assertThat(impact.householdsNoLongerCovered()).isZero();
        assertThat(impact.summary()).startsWith("低保标准由669.00元调整为700.00元");
    }

    private static FilingImpactRule.Household household(int size, String now, String later) {
        return new FilingImpactRule.Household(size, new BigDecimal(now), new BigDecimal(later));
    }
}
