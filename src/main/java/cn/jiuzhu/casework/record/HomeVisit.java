package cn.jiuzhu.casework.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("入户调查: a visit to the household by at least two staff of the township office")
public record HomeVisit(
        @NonNull @Description("The day of the visit (China date)") LocalDate visitedOn,
        @NonNull @Description("Names of the staff who went, at least two") List<@NonNull String> staff,
        @NonNull @Description("What the staff found (living conditions, income, property), as written in the record") String findings,
        @NonNull @Description("The office that recorded it, e.g. 涧西区湖北路街道办事处") String recordedBy,
        @NonNull OffsetDateTime recordedAt,
        @Ignore UUID caseId) {
}
