package cn.jiuzhu.programme;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One entry of the assistance catalogue: everything a front end needs to explain a programme and build its form. */
@Description("救助事项说明: who may apply, what they get, which documents and questions the form has, and the legal time limits. Texts are plain Chinese for residents.")
public record ProgrammeInfo(
        @NonNull Programme code,
        @NonNull @Description("Chinese name, e.g. 最低生活保障") String name,
        @NonNull @Description("One or two sentences saying what the programme is for") String shortDescription,
        @NonNull @Description("Conditions, one plain sentence each; all must be met unless a sentence says otherwise") List<@NonNull String> whoMayApply,
        @NonNull @Description("What the resident receives; amounts follow local standards, so no figures") String whatYouGet,
        @NonNull @Description("The rules the programme rests on, e.g. 《最低生活保障审核确认办法》（民发〔2021〕57号）") String legalBasis,
        @NonNull @Description("Where to apply, e.g. 户籍所在地乡镇人民政府（街道办事处）") String applyWhere,
        @NonNull @Description("Documents, in the order to show them; filter by `condition` against the household") List<@NonNull DocumentRequirement> documents,
        @NonNull @Description("Programme-specific questions, in the order to ask them") List<@NonNull Question> questions,
        @NonNull @Description("Legal time limits of the procedure, in procedure order") List<@NonNull TimeLimit> timeLimits,
        @Description("Whether the mini-app may submit an application for this programme") boolean canApplyOnline,
        @Description("Whether the form must ask for the household's village or residents' committee (12-digit region code): where the committee helps and publicity happens. "
                + "A residence given only to its township is listed in the draft's problems and refused on submission (RESIDENCE_VILLAGE_REQUIRED)") boolean requiresResidenceAtVillageLevel) {
}
