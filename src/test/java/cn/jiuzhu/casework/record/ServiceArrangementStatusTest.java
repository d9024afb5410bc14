package cn.jiuzhu.casework.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.casework.record.ServiceArrangement.ArrangementStatus;

class ServiceArrangementStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void anArrangementIsPlannedUntilItStartsThenRunsUntilItsLastDay() {
        assertThat(ArrangementStatus.on(TODAY, TODAY.plusDays(1), null, false)).isEqualTo(ArrangementStatus.PLANNED);
        assertThat(ArrangementStatus.on(TODAY, TODAY, null, false)).isEqualTo(ArrangementStatus.IN_PROGRESS);
        assertThat(ArrangementStatus.on(TODAY, TODAY.minusMonths(1), TODAY, false)).as("the last day is still a day of service")
                .isEqualTo(ArrangementStatus.IN_PROGRESS);
        assertThat(ArrangementStatus.on(TODAY, TODAY.minusMonths(1), TODAY.minusDays(1), false)).isEqualTo(ArrangementStatus.ENDED);
    }

    @Test
    void endedBeforeItBeganOrOnARefusedCaseNothingIsGiven() {
        assertThat(ArrangementStatus.on(TODAY, TODAY.plusDays(3), TODAY, false)).isEqualTo(ArrangementStatus.CANCELLED);
        assertThat(ArrangementStatus.on(TODAY, TODAY, null, true)).isEqualTo(ArrangementStatus.CANCELLED);
        assertThat(ArrangementStatus.CANCELLED.label()).isEqualTo("已取消");
    }
}
