package cn.jiuzhu.casework.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.servicelist.ServiceCategory;
import cn.jiuzhu.servicelist.ServiceFrequency;

@Description("救助服务安排: a service from the county's list arranged for the household: what, who provides it, how often, from "
        + "when to when, and where it stands")
public record ServiceArrangement(
        @NonNull @Id UUID id,
        @NonNull @Id @Description("The entry of the county's list it was arranged from") UUID serviceId,
        @NonNull @Description("服务名称, e.g. 助餐服务") String serviceName,
        @NonNull ServiceCategory category,
        @NonNull @Description("The class in Chinese, e.g. 生活服务") String categoryLabel,
        @NonNull @Description("服务提供方: the organisation that provides it") String provider,
        @NonNull @Description("计量单位, e.g. 次, 小时") String unit,
        @NonNull ServiceFrequency frequency,
        @NonNull @Description("First day of the service (China date)") LocalDate startsOn,
        @Description("Last day of the service: as planned, or the day it was ended; null while open-ended") LocalDate endsOn,
        @NonNull ArrangementStatus status,
        @NonNull @Description("The status in Chinese, e.g. 服务中") String statusLabel,
        @Description("What the office told the household about it (days, times, contact), as written") String note,
        @NonNull @Description("The office that arranged it, e.g. 涧西区湖北路街道办事处") String arrangedBy,
        @NonNull OffsetDateTime arrangedAt,
        @Description("Why it was ended, when it was; null otherwise") String endReason,
        @Ignore UUID caseId) {

    /** Where an arrangement stands on a day, from its dates; a case refused or withdrawn gives none of its services. */
    @Description("服务安排状态: PLANNED 待开始, IN_PROGRESS 服务中, ENDED 已结束, CANCELLED 已取消 (ended before it began, or the "
            + "case was refused or withdrawn)")
    @Name("ServiceArrangementStatus")
    public enum ArrangementStatus {
        PLANNED("待开始"),
        IN_PROGRESS("服务中"),
        ENDED("已结束"),
        CANCELLED("已取消");

        private final String label;

        ArrangementStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /**
         * {@code caseGivesNone}: the case was refused or withdrawn, so nothing it arranged will be given (a refusal
         * reversed on review gives the arrangements back).
         */
        public static ArrangementStatus on(LocalDate today, LocalDate startsOn, LocalDate endsOn, boolean caseGivesNone) {
            if (caseGivesNone || (endsOn != null && endsOn.isBefore(startsOn))) {
                return CANCELLED;
            }
            if (endsOn != null && endsOn.isBefore(today)) {
                return ENDED;
            }
            return startsOn.isAfter(today) ? PLANNED : IN_PROGRESS;
        }
    }
}
