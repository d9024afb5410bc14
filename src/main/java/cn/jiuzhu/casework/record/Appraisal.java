package cn.jiuzhu.casework.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("民主评议: a democratic appraisal of the household's situation in its village or community, held on an "
        + "objection during publicity or where the township judged the facts unclear; the township then reviews the case again")
public record Appraisal(
        @NonNull @Description("The day it was held (China date)") LocalDate heldOn,
        @NonNull @Description("How many people took part") int participants,
        @NonNull @Description("评议意见: the appraisal's opinion, as recorded") String opinion,
        @NonNull @Description("The office that held it, e.g. 涧西区湖北路街道办事处") String recordedBy,
        @NonNull OffsetDateTime recordedAt,
        @Ignore UUID caseId) {
}
