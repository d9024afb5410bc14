package cn.jiuzhu.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiuzhu.common.time.WorkingDayCalendar;

/**
 * The 2026 working-day calendar exactly as the V7 migration ships it, read without a database, so
 * unit tests count deadlines over the data production uses.
 */
public final class Calendar2026 {

    private static final String MIGRATION = "db/migration/V7__calendar.sql";
    private static final Pattern ROW = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})',\\s*'(HOLIDAY|WORKDAY)'");

    private Calendar2026() {
    }

    public static WorkingDayCalendar load() {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        Matcher row = ROW.matcher(read());
        while (row.find()) {
            (row.group(2).equals("HOLIDAY") ? holidays : workdays).add(LocalDate.parse(row.group(1)));
        }
        if (holidays.isEmpty() || workdays.isEmpty()) {
            throw new IllegalStateException("No calendar rows found in " + MIGRATION);
        }
        return new WorkingDayCalendar(holidays, workdays, Set.of(2026));
    }

    private static String read() {
        try (InputStream in = Calendar2026.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            if (in == null) {
                throw new IllegalStateException(MIGRATION + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
