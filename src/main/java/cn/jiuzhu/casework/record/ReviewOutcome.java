package cn.jiuzhu.casework.record;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;

/** 定期核查的结论 [DB]: the household goes on as it is, is paid more or less from next month, or leaves assistance. */
@Description("定期核查结论: CONTINUE 继续保障（金额不变）, INCREASE 增发, DECREASE 减发, STOP 停发（终止保障）")
public enum ReviewOutcome {
    CONTINUE("继续保障，金额不变"),
    INCREASE("增发"),
    DECREASE("减发"),
    STOP("停发，终止保障");

    private final String label;

    ReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What the figures say: no amount any more is a stop; otherwise the new amount against the one paid now. */
    public static ReviewOutcome of(BigDecimal paidNow, BigDecimal computed) {
        if (computed.signum() == 0) {
            return STOP;
        }
        int change = computed.compareTo(paidNow == null ? BigDecimal.ZERO : paidNow);
        return change > 0 ? INCREASE : change < 0 ? DECREASE : CONTINUE;
    }
}
