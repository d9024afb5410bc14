package cn.jiuzhu.benefit.service;

import java.util.ArrayList;
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
 * member's name from the application and the care tier the rules give, in the household's order.
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
                Household household = households.get(assessed.get(i).id());
                List<SelfCareRecord> own = records.get(i);
                List<SelfCareAssessment> shown = new ArrayList<>();
                for (Household.Member member : household.members()) {
                    own.stream().filter(r -> household.member(r.memberIdNumber()).filter(member::equals).isPresent()).findFirst()
                            .ifPresent(r -> shown.add(SelfCareAssessment.of(r, member.name())));
                }
                byCase.put(assessed.get(i).id(), shown);
            }
            return cases.stream().map(c -> byCase.get(c.id())).toList();
        }));
    }
}
