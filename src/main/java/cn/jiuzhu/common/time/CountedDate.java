package cn.jiuzhu.common.time;

import java.time.LocalDate;
import java.util.UUID;

/** A stored due date and the day its working-day count started (the day of the act, China time), for a recount. */
public record CountedDate(UUID id, LocalDate countedFrom, LocalDate dueOn) {

    public CountedDate movedTo(LocalDate due) {
        return new CountedDate(id, countedFrom, due);
    }
}
