package cn.jiuzhu.hotline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("走访任务: a hotline lead about someone in need, for the township where that person lives to visit")
public record OutreachTask(
        @NonNull @Id UUID id,
        @NonNull @Id UUID workOrderId,
        @NonNull @Description("The township office that visits, e.g. 410305001") String officeCode,
        @NonNull @Description("Where the person lives: township or village code") String regionCode,
        @NonNull @Description("Who needs help and why, as the caller described them") String personDescription,
        @NonNull @Description("By when the township should visit (China time): 5 working days after the call, a service target") LocalDate dueOn,
        @NonNull OutreachTaskStatus status,
        @NonNull @Description("The status in Chinese (待走访, 已走访)") String statusLabel,
        @Description("What the visit found, once visited") String result,
        OffsetDateTime visitedAt,
        @NonNull OffsetDateTime createdAt) {
}
