package cn.jiuzhu.common.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** A stored due date and the day its working-day count started (the day of the act, China time), for a recount. */
public record CountedDate(UUID id, LocalDate countedFrom, LocalDate dueOn) {

    /** Those of {@code stored} whose due date, counted again from their start, differs: with the new date. */
    public static List<CountedDate> moved(List<CountedDate> stored, UnaryOperator<LocalDate> recount) {
        List<CountedDate> moved = new ArrayList<>();
        for (CountedDate s : stored) {
            LocalDate due = recount.apply(s.countedFrom());
            if (!due.equals(s.dueOn())) {
                moved.add(new CountedDate(s.id(), s.countedFrom(), due));
            }
        }
        return moved;
    }
}
