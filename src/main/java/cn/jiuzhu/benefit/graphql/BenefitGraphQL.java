package cn.jiuzhu.benefit.graphql;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import cn.jiuzhu.benefit.BenefitEstimate;
import cn.jiuzhu.benefit.CaseBenefit;
import cn.jiuzhu.benefit.SelfAssessmentRules;
import cn.jiuzhu.benefit.SelfCareAssessment;
import cn.jiuzhu.benefit.assessment.SelfAssessment;
import cn.jiuzhu.benefit.assessment.SelfAssessmentInput;
import cn.jiuzhu.benefit.service.BenefitService;
import cn.jiuzhu.benefit.service.SelfCareAssessments;
import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Messages;
import cn.jiuzhu.common.time.CalendarService;
import cn.jiuzhu.identity.Roles;
import cn.jiuzhu.programme.service.CatalogueService;
import cn.jiuzhu.region.RegionCode;
import cn.jiuzhu.region.service.RegionService;
import cn.jiuzhu.standard.service.StandardService;
import io.smallrye.mutiny.Uni;

/**
 * Amounts that explain themselves: a case's benefit with its traces, the self-care assessments its extreme-poverty
 * support is computed from, and the self-assessment anyone may run.
 */
@GraphQLApi
public class BenefitGraphQL {

    private final BenefitService benefits;
    private final SelfCareAssessments selfCare;
    private final StandardService standards;
    private final RegionService regions;
    private final CatalogueService catalogue;
    private final CalendarService calendar;

    public BenefitGraphQL(BenefitService benefits, SelfCareAssessments selfCare, StandardService standards, RegionService regions,
            CatalogueService catalogue, CalendarService calendar) {
        this.benefits = benefits;
        this.selfCare = selfCare;
        this.standards = standards;
        this.regions = regions;
        this.catalogue = catalogue;
        this.calendar = calendar;
    }

    @Query("selfAssessment")
    @Description("自助测算, no login needed and nothing stored: what a household may qualify for by the rules the office uses, "
            + "with the standard in force today where it lives, and why. REGION_NOT_FOUND, REGION_LEVEL_MISMATCH (a township "
            + "or village is needed), STANDARD_NOT_SET, SELF_ASSESSMENT_INVALID, MONEY_INVALID.")
    public Uni<@NonNull SelfAssessment> selfAssessment(@NonNull @Name("input") SelfAssessmentInput input) {
        return Uni.createFrom().item(() -> StandardService.areaOf(input.regionCode()))
                .flatMap(area -> regions.find(input.regionCode()))
                .flatMap(region -> {
                    if (region == null) {
                        throw new ApiException(ErrorCode.REGION_NOT_FOUND, Map.of("code", input.regionCode()));
                    }
                    return standards.inForceAt(input.regionCode(), calendar.today());
                })
                .map(found -> found.orElseThrow(() -> new ApiException(ErrorCode.STANDARD_NOT_SET,
                        Map.of("countyCode", RegionCode.countyOf(input.regionCode())))))
                .map(standard -> new SelfAssessment(standard,
                        SelfAssessmentRules.assess(standard.rule(), input, p -> catalogue.get(p).name()),
                        Messages.text("selfAssessment.notice", Map.of())));
    }

    @Description("救助金: the amount paid this month and each period since the decision, each with the standard version and "
            + "the steps that gave it. Null until a dibao or extreme-poverty case is approved, and for programmes whose amounts "
            + "the office decides.")
    public Uni<List<CaseBenefit>> benefit(@Source List<AssistanceCase> of) {
        return benefits.benefits(of);
    }

    @Description("测算金额: for a dibao case not yet decided, what the rules give today for what the household declared; for "
            + "an extreme-poverty case, for its members' self-care assessments once each member has one. Not a decision; null "
            + "once decided, for other programmes, or where no standard is set.")
    public Uni<List<BenefitEstimate>> benefitEstimate(@Source List<AssistanceCase> of) {
        return benefits.estimates(of);
    }

    @Description("生活自理能力评估: for an extreme-poverty case, each member's latest assessment and the care tier it gives (which "
            + "sets the care support paid), in the household's order; empty before the township records one, null for "
            + "programmes that assess no one. Who assessed is for staff only.")
    public Uni<List<List<@NonNull SelfCareAssessment>>> selfCareAssessments(@Source List<AssistanceCase> of) {
        return selfCare.of(of);
    }

    @RolesAllowed({ Roles.CASEWORKER, Roles.COUNTY_OFFICER, Roles.DEPARTMENT_OFFICER })
    @Description("Staff only (FORBIDDEN for residents and the hotline): the office that recorded the assessment")
    public List<@NonNull String> assessedBy(@Source List<SelfCareAssessment> of) {
        return of.stream().map(a -> a.record().recordedBy()).toList();
    }

    @RolesAllowed({ Roles.CASEWORKER, Roles.COUNTY_OFFICER, Roles.DEPARTMENT_OFFICER })
    @Description("Staff only (FORBIDDEN for residents and the hotline): who assessed, by name, where the office gave them; "
            + "empty otherwise")
    public List<@NonNull List<@NonNull String>> assessors(@Source List<SelfCareAssessment> of) {
        return of.stream().map(a -> a.record().assessors()).toList();
    }
}
