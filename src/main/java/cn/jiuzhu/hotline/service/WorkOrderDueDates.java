package cn.jiuzhu.hotline.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.calendar.service.CalendarListener;
import cn.jiuzhu.common.time.CountedDate;
import cn.jiuzhu.hotline.repository.WorkOrderRepository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * The office's answer to a routed work order and the township's visit of a lead are due a number of working days after
 * the call: recounted when a year's arrangement is loaded.
 */
@ApplicationScoped
public class WorkOrderDueDates implements CalendarListener {

    private final WorkOrderRepository orders;

    public WorkOrderDueDates(WorkOrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public Uni<Integer> arrangementLoaded(SqlConnection connection, ArrangementLoaded loaded) {
        LocalDate from = LocalDate.of(loaded.year(), 1, 1);
        Uni<Integer> answers = orders.waitingOrdersDueFrom(connection, from).flatMap(waiting -> {
            List<CountedDate> moved = CountedDate.moved(waiting, d -> WorkOrderRules.answerDueOn(d, loaded.calendar()));
            return orders.setOrderDueOn(connection, moved).replaceWith(moved.size());
        });
        return answers.flatMap(a -> orders.openTasksDueFrom(connection, from).flatMap(open -> {
            List<CountedDate> moved = CountedDate.moved(open, d -> WorkOrderRules.visitDueOn(d, loaded.calendar()));
            return orders.setTaskDueOn(connection, moved).replaceWith(a + moved.size());
        }));
    }
}
