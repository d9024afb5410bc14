package cn.jiuzhu.calendar.service;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.jiuzhu.calendar.CalendarDay;
import cn.jiuzhu.calendar.CalendarDayInput;
import cn.jiuzhu.calendar.HolidayArrangement;
import cn.jiuzhu.calendar.HolidayArrangementInput;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.validation.PlainText;
import cn.jiuzhu.common.validation.TextInput;

/**
 * What a year's arrangement must satisfy before it is counted over. Plain Java. Each refusal is CALENDAR_INVALID with a
 * stable {@code details.reason}, the field, the date where there is one, and the problem in Chinese.
 */
public final class CalendarRules {

    /** The first year an arrangement may be loaded for: the service counts no time limit before it. */
    public static final int FIRST_YEAR = 2020;
    /** A year has about 30 days off and 5–8 adjusted working days; more is a mistake in the list. */
    static final int MAX_DAYS = 60;
    static final int NAME_LENGTH = 20;

    public enum Reason {
        YEAR_OUT_OF_RANGE, NO_HOLIDAYS, TOO_MANY_DAYS, DAY_OUTSIDE_YEAR, DAY_DUPLICATED, DAY_BOTH_KINDS,
        WORKDAY_NOT_WEEKEND, NAME_REQUIRED, NAME_TOO_LONG, SOURCE_URL_INVALID, SOURCE_PUBLISHED_LATER
    }

    private CalendarRules() {
    }

    /** The arrangement as it will be kept (texts stripped, days in order), or CALENDAR_INVALID. */
    public static HolidayArrangement checked(HolidayArrangementInput in, LocalDate today, int version, String loadedBy,
            OffsetDateTime loadedAt) {
        int year = in.year();
        if (year < FIRST_YEAR || year > today.getYear() + 1) {
            throw invalid(Reason.YEAR_OUT_OF_RANGE, "year", null, "只能导入" + FIRST_YEAR + "年至" + (today.getYear() + 1) + "年的安排",
                    Map.of("min", FIRST_YEAR, "max", today.getYear() + 1));
        }
        String title = TextInput.required("sourceTitle", "依据文件", in.sourceTitle(), 200);
        PlainText.requireName("sourceTitle", title);
        String reference = TextInput.optional("sourceReference", in.sourceReference(), 100);
        PlainText.requireName("sourceReference", reference);
        String url = TextInput.optional("sourceUrl", in.sourceUrl(), 500);
        if (url != null && !webAddress(url)) {
            throw invalid(Reason.SOURCE_URL_INVALID, "sourceUrl", null, "文件网址应以 http:// 或 https:// 开头", Map.of());
        }
        if (in.sourcePublishedOn() != null && in.sourcePublishedOn().isAfter(today)) {
            throw invalid(Reason.SOURCE_PUBLISHED_LATER, "sourcePublishedOn", in.sourcePublishedOn(), "发布日期不能晚于今天", Map.of());
        }
        if (in.holidays().isEmpty()) {
            throw invalid(Reason.NO_HOLIDAYS, "holidays", null, "请列出这一年的放假日期", Map.of());
        }
        if (in.holidays().size() + in.workdays().size() > MAX_DAYS) {
            throw invalid(Reason.TOO_MANY_DAYS, "holidays", null, "一年的放假和调休日期合计不应超过" + MAX_DAYS + "天，请核对",
                    Map.of("max", MAX_DAYS));
        }
        List<CalendarDay> holidays = days("holidays", in.holidays(), year);
        List<CalendarDay> workdays = days("workdays", in.workdays(), year);
        Set<LocalDate> off = new HashSet<>();
        holidays.forEach(d -> off.add(d.date()));
        for (CalendarDay d : workdays) {
            if (off.contains(d.date())) {
                throw invalid(Reason.DAY_BOTH_KINDS, "workdays", d.date(), d.date() + "既列为放假又列为调休上班", Map.of());
            }
            DayOfWeek dow = d.date().getDayOfWeek();
            if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                throw invalid(Reason.WORKDAY_NOT_WEEKEND, "workdays", d.date(), d.date() + "不是周末，本来就是工作日，不需要列为调休上班",
                        Map.of());
            }
        }
        return new HolidayArrangement(year, version, true, title, reference, in.sourcePublishedOn(), url, loadedBy, loadedAt,
                holidays, workdays);
    }

    /** Whether two arrangements say the same: the same days, names and document. */
    public static boolean same(HolidayArrangement a, HolidayArrangement b) {
        return a.year().equals(b.year()) && a.holidays().equals(b.holidays()) && a.workdays().equals(b.workdays())
                && a.sourceTitle().equals(b.sourceTitle()) && Objects.equals(a.sourceReference(), b.sourceReference())
                && Objects.equals(a.sourcePublishedOn(), b.sourcePublishedOn())
                && Objects.equals(a.sourceUrl(), b.sourceUrl());
    }

    private static List<CalendarDay> days(String field, List<CalendarDayInput> in, int year) {
        Map<LocalDate, CalendarDay> days = new LinkedHashMap<>();
        for (CalendarDayInput d : in) {
            if (d.date().getYear() != year) {
                throw invalid(Reason.DAY_OUTSIDE_YEAR, field, d.date(), d.date() + "不在" + year + "年内", Map.of());
            }
            String name = d.name() == null ? "" : d.name().strip();
            if (name.isEmpty()) {
                throw invalid(Reason.NAME_REQUIRED, field, d.date(), "请填写" + d.date() + "是什么节日", Map.of());
            }
            if (name.length() > NAME_LENGTH) {
                throw invalid(Reason.NAME_TOO_LONG, field, d.date(), d.date() + "的名称不能超过" + NAME_LENGTH + "个字", Map.of());
            }
            PlainText.requireName(field, name);
            if (days.putIfAbsent(d.date(), new CalendarDay(d.date(), name)) != null) {
                throw invalid(Reason.DAY_DUPLICATED, field, d.date(), d.date() + "重复列出", Map.of());
            }
        }
        return days.values().stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
    }

    private static boolean webAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static ApiException invalid(Reason reason, String field, LocalDate date, String problem, Map<String, Object> more) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", reason.name());
        details.put("field", field);
        if (date != null) {
            details.put("date", date.toString());
        }
        details.put("problem", problem);
        details.putAll(more);
        return new ApiException(ErrorCode.CALENDAR_INVALID, details);
    }
}
