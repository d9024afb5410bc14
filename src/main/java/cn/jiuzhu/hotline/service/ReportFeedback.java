package cn.jiuzhu.hotline.service;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.casework.record.ObjectionSource;
import cn.jiuzhu.casework.service.PublicityObjectionListener;
import cn.jiuzhu.hotline.WorkOrderStep;
import cn.jiuzhu.hotline.repository.WorkOrderRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * A real-name report recorded as an objection to a case in publicity is answered by the objection's answer (the
 * democratic appraisal, the re-investigation, the end of the application), in the transaction of the step that gave
 * it: the operator reads it on the work order, calls the reporter back and closes the order with that feedback
 * [DB 36–37]. The step is the office's, taken for it whoever ended the publicity (a household may withdraw).
 */
@ApplicationScoped
public class ReportFeedback implements PublicityObjectionListener {

    private final WorkOrderRepository workOrders;

    public ReportFeedback(WorkOrderRepository workOrders) {
        this.workOrders = workOrders;
    }

    @Override
    public Uni<Void> answered(SqlConnection connection, Answered answered) {
        if (answered.objection().source() != ObjectionSource.HOTLINE_REPORT) {
            return Uni.createFrom().voidItem();
        }
        WorkOrderStep step = WorkOrderStep.ANSWER_WITH_OBJECTION_RESULT;
        return workOrders.lock(connection, answered.objection().workOrderId()).flatMap(found -> {
            var order = found.orElseThrow(() -> new IllegalStateException("objection names a missing work order"));
            if (WorkOrderStep.TABLE.find(step, order.status()).isEmpty()) {
                throw new IllegalStateException("work order " + order.id() + " of an objection is " + order.status());
            }
            return workOrders.answer(connection, order.id(), answered.objection().answer(), answered.actor().subject());
        }).replaceWithVoid();
    }
}
