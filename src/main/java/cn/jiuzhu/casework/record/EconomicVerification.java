package cn.jiuzhu.casework.record;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("家庭经济状况核对: the county bureau's check of the household's income and property against shared data")
public record EconomicVerification(
        @NonNull @Description("The household meets the programme's income and property conditions") boolean passed,
        @NonNull @Description("What the check found, as the county recorded it") String summary,
        @NonNull @Description("The county bureau that recorded it, e.g. 洛阳市涧西区民政局") String recordedBy,
        @NonNull OffsetDateTime recordedAt,
        @Ignore UUID caseId) {
}
