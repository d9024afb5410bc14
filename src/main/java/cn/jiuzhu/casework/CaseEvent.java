package cn.jiuzhu.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.identity.Role;
import cn.jiuzhu.programme.TimeLimit;

@Description("One step in a case's timeline: who did what, when, and where it left the case")
public record CaseEvent(
        @NonNull @Id @Description("Increasing within the service; later events have larger ids") String id,
        @NonNull @Id UUID caseId,
        @NonNull CaseAction action,
        @NonNull @Description("办理环节, in Chinese") String actionLabel,
        CaseState fromState,
        @NonNull CaseState toState,
        @NonNull @Description("Who acted, as the resident should read it, e.g. 申请人 or 湖北路街道办事处") String actorLabel,
        @NonNull OffsetDateTime occurredAt,
        @Description("Reasons given (withdrawal, objection, refusal)") String reason,
        @Description("The legal time limit this step started, if any") TimeLimit timeLimit,
        @Description("By when the office should finish the step this event started (China time)") LocalDate dueDate,
        @NonNull @Description("暂定: dueDate is counted into a year whose holiday arrangement is not loaded yet (weekends only), so "
                + "it may still move; false without a due date") boolean dueDateProvisional,
        @Ignore Role actorRole) {

    public CaseEvent withDeadline(TimeLimit limit, LocalDate due, boolean provisional) {
        return new CaseEvent(id, caseId, action, actionLabel, fromState, toState, actorLabel, occurredAt, reason, limit, due,
                provisional, actorRole);
    }
}
