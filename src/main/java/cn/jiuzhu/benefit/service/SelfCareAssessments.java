package cn.jiuzhu.benefit.service;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.benefit.Household;
import cn.jiuzhu.benefit.SelfCareAssessment;
import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.Procedure;
import cn.jiuzhu.casework.record.Requirement;
import cn.jiuzhu.casework.record.SelfCareRecord;
import cn.jiuzhu.casework.service.CaseRecordService;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * What the self-care assessments on a case's file show: casework keeps who was assessed on which items, this adds the
 * member's name from the household the amounts are computed for (as verified, or as declared) and the care tier the
 * rules give, in the household's order.
 */
@ApplicationScoped
public class SelfCareAssessments {

    private final Pool client;
    private final BenefitService benefits;
    private final CaseRecordService caseRecords;

    public SelfCareAssessments(Pool client, BenefitService benefits, CaseRecordService caseRecords) {
        this.client = client;
        this.benefits = benefits;
        this.caseRecords = caseRecords;
    }

    /** Per case in the order given: each member's latest assessment; null for programmes that assess no one. */
    public Uni<List<List<SelfCareAssessment>>> of(List<AssistanceCase> cases) {
        List<AssistanceCase> assessed = cases.stream()
                .filter(c -> Procedure.of(c.programme()).asks(Requirement.SELF_CARE_ASSESSMENT)).toList();
        if (assessed.isEmpty()) {
            return Uni.createFrom().item(cases.stream().map(c -> (List<SelfCareAssessment>) null).toList());
        }
        return benefits.households(assessed).flatMap(households -> caseRecords.selfCareAssessments(client, assessed).map(records -> {
            Map<UUID, List<SelfCareAssessment>> byCase = new HashMap<>();
            for (int i = 0; i < assessed.size(); i++) {
                Household household = households.get(assessed.get(i).id()).household();
                byCase.put(assessed.get(i).id(), records.get(i).stream()
                        .sorted(Comparator.comparingInt(r -> position(household, r)))
                        .map(r -> SelfCareAssessment.of(r, household.member(r.memberIdNumber()).map(Household.Member::name).orElse(null)))
                        .toList());
            }
            return cases.stream().map(c -> byCase.get(c.id())).toList();
        }));
    }

    /** Where the member stands in the household the amounts are computed for; after everyone when not in it. */
    private static int position(Household household, SelfCareRecord r) {
        int at = household.member(r.memberIdNumber()).map(household.members()::indexOf).orElse(-1);
        return at < 0 ? Integer.MAX_VALUE : at;
    }
}
