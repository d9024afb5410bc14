package cn.jiuzhu.common.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * China Standard Time, in which every legal date is counted (受理日, due dates, the month payment starts, publicity
 * days), whatever the zone of the JVM: servers and containers run in UTC, where between 16:00 and 24:00 the date is
 * China's yesterday. Services take the application's {@link Clock} (see {@link Clocks}) and ask this class for the
 * date; rules take the date as a parameter, so a test runs them at any instant.
 */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Clock SYSTEM = Clock.system(ZONE);

    private ChinaTime() {
    }

    /** China's date at the clock's instant; the clock's own zone is ignored. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    public static YearMonth month(Clock clock) {
        return YearMonth.from(today(clock));
    }

    /**
     * China's date now, for value types checked where nothing can be injected (an ID number in a Bean Validation
     * constraint or a token). Services use their injected clock instead.
     */
    public static LocalDate today() {
        return today(SYSTEM);
    }

    static Clock system() {
        return SYSTEM;
    }
}
