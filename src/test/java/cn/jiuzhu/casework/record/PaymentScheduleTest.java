package cn.jiuzhu.casework.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class PaymentScheduleTest {

    @Test
    void paymentStartsTheMonthAfterTheApproval() {
        assertThat(PaymentSchedule.firstPaymentMonth(LocalDate.of(2026, 11, 20))).isEqualTo(YearMonth.of(2026, 12));
        assertThat(PaymentSchedule.firstPaymentMonth(LocalDate.of(2026, 12, 31))).isEqualTo(YearMonth.of(2027, 1));
        assertThat(PaymentSchedule.firstPaymentMonth(LocalDate.of(2026, 11, 1))).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void householdsAreReviewedYearlyOrEverySixMonthsWhenIncomeIsUnstable() {
        LocalDate approved = LocalDate.of(2026, 11, 20);
        assertThat(PaymentSchedule.firstReviewOn(approved, PaymentSchedule.reviewEveryMonths(false))).isEqualTo(LocalDate.of(2027, 11, 20));
        assertThat(PaymentSchedule.firstReviewOn(approved, PaymentSchedule.reviewEveryMonths(true))).isEqualTo(LocalDate.of(2027, 5, 20));
    }

    @Test
    void aReviewMovesTheNextOneByThePeriodFromTheDateItWasDue() {
        assertThat(PaymentSchedule.reviewAfter(LocalDate.of(2027, 5, 20), 6)).isEqualTo(LocalDate.of(2027, 11, 20));
        assertThat(PaymentSchedule.reviewAfter(LocalDate.of(2027, 8, 31), 6)).as("a short month keeps its last day")
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }
}
