package cn.jiuzhu.standard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;


/** 标准备案: a county's new standard, its impact, and the province's review. */
@Description("标准备案：县级民政部门拟调整的标准、对现有保障对象的影响和省级民政部门的审核")
public record StandardFiling(
        @NonNull @Id UUID id,
        @NonNull String regionCode,
        @NonNull Standard.Area area,
        @NonNull LocalDate effectiveFrom,
        @NonNull @Description("The standard as filed; its id is null until the filing is accepted") StandardVersion proposed,
        @NonNull FilingStatus status,
        @NonNull FilingImpact impact,
        @NonNull @Description("Code of the county bureau that filed it") String filedByOffice,
        @NonNull OffsetDateTime filedAt,
        @Description("Code of the provincial department that reviewed it") String reviewedByOffice,
        OffsetDateTime reviewedAt,
        @Description("Why it was returned, or the province's remark on acceptance") String reviewNote,
        @Id @Description("The standard version it became, once accepted") UUID standardId) {
}
