package cn.jiuzhu.casework.record;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When an approved household is first paid and when it is reviewed [DB]: payment from the month
 * after the approval; a review every year, or every six months when the household's income is
 * unstable (a member able to work lives on odd jobs or flexible work, see the application's
 * ApplicationRules.unstableIncome). Each review moves the next one on by the same period. Dates
 * are China dates.
 */
public final class PaymentSchedule {

    public static final int REVIEW_MONTHS = 12;
    public static final int UNSTABLE_INCOME_REVIEW_MONTHS = 6;

    private PaymentSchedule() {
    }

    /** Approved on 2026-11-20: paid from 2026-12. */
    public static YearMonth firstPaymentMonth(LocalDate approvedOn) {
        return YearMonth.from(approvedOn).plusMonths(1);
    }

    public static int reviewEveryMonths(boolean unstableIncome) {
        return unstableIncome ? UNSTABLE_INCOME_REVIEW_MONTHS : REVIEW_MONTHS;
    }

    public static LocalDate firstReviewOn(LocalDate approvedOn, int reviewEveryMonths) {
        return approvedOn.plusMonths(reviewEveryMonths);
    }

    /** After a review, the next is one period after the one that was due, so the cycle does not drift. */
    public static LocalDate reviewAfter(LocalDate dueOn, int reviewEveryMonths) {
        return dueOn.plusMonths(reviewEveryMonths);
    }
}
