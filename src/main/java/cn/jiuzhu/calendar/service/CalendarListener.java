package cn.jiuzhu.calendar.service;

import cn.jiuzhu.common.time.WorkingDayCalendar;
import cn.jiuzhu.identity.Actor;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * A capability above that stores due dates counted in working days (open cases, referrals, work orders) and keeps them
 * true when a year's arrangement is loaded: in the load's transaction, it recounts those whose count runs through the
 * year over the new calendar and says how many moved.
 */
public interface CalendarListener {

    Uni<Integer> arrangementLoaded(SqlConnection connection, ArrangementLoaded loaded);

    /** {@code calendar} is the calendar with the new arrangement of {@code year}; the source is cited in notes. */
    record ArrangementLoaded(int year, WorkingDayCalendar calendar, String sourceTitle, Actor actor) {
    }
}
