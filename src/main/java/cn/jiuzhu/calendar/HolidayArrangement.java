package cn.jiuzhu.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One version of a year's arrangement, with the document it cites. */
@Description("节假日安排：某一年的一个版本，附依据文件。Working days (工作日) of legal time limits are counted over the latest version of each year.")
public record HolidayArrangement(
        @NonNull Integer year,
        @NonNull @Description("1 for the first load of a year; a correction is the next version") Integer version,
        @NonNull @Description("Whether this is the version working days are counted over now (the latest of its year)") Boolean inForce,
        @NonNull @Description("依据文件") String sourceTitle,
        @Description("文号") String sourceReference,
        LocalDate sourcePublishedOn,
        String sourceUrl,
        @NonNull @Description("Who loaded it, e.g. 系统管理员") String loadedBy,
        @NonNull OffsetDateTime loadedAt,
        @NonNull @Description("放假日, in date order") List<@NonNull CalendarDay> holidays,
        @NonNull @Description("调休上班日, in date order") List<@NonNull CalendarDay> workdays) {

    public HolidayArrangement inForce(boolean now) {
        return new HolidayArrangement(year, version, now, sourceTitle, sourceReference, sourcePublishedOn, sourceUrl, loadedBy,
                loadedAt, holidays, workdays);
    }
}
