package cn.jiuzhu.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A household objects to a failed verification or to a refusal, with reasons. The staff steps that
 * lead there belong to casework; here the case is put in that state directly, as the office would.
 */
@QuarkusTest
class ObjectionTest {


    @Test
    void objectingToAFailedVerificationReopensTheInvestigation() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        putIn(caseId, CaseState.VERIFICATION_FAILED);

        JsonPath before = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));
        assertThat(before.getBoolean("data.case.progress.canObject")).isTrue();
        assertThat(before.getString("data.case.progress.nextStepForMe")).contains("异议");

        JsonPath objected = Operations.miniapp("ObjectToCase", h.applicantToken(),
                Map.of("id", caseId, "reasons", "银行存款是替亲戚保管的，有借条为证"));
        assertThat(objected.getString("data.objectToCase.state")).isEqualTo("VERIFICATION_OBJECTED");
        JsonPath timeline = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));
        assertThat(timeline.getList("data.case.timeline.action")).endsWith("OBJECT_TO_VERIFICATION");
        assertThat(timeline.getString("data.case.timeline[-1].reason")).contains("借条");
    }

    @Test
    void objectingToARefusalAsksForReview() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        putIn(caseId, CaseState.REFUSED);
        JsonPath objected = Operations.miniapp("ObjectToCase", h.token(h.spouse), Map.of("id", caseId, "reasons", "孩子的学费没有算进去"));
        assertThat(objected.getString("data.objectToCase.state")).isEqualTo("REFUSAL_OBJECTED");
        assertThat(Operations.miniapp("ObjectToCase", h.token(h.spouse), Map.of("id", caseId, "reasons", "孩子的学费没有算进去"))
                .getString("data.objectToCase.state")).as("a retried objection is harmless").isEqualTo("REFUSAL_OBJECTED");
        assertThat(Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId))
                .getList("data.case.timeline.action").stream().filter("OBJECT_TO_REFUSAL"::equals).count()).isEqualTo(1);
    }

    @Test
    void objectionsNeedReasonsAndARightMoment() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        JsonPath tooEarly = Operations.miniapp("ObjectToCase", h.applicantToken(), Map.of("id", caseId, "reasons", "不服"));
        assertThat(tooEarly.getString("errors[0].extensions.code")).isEqualTo("CASE_ACTION_NOT_ALLOWED");
        assertThat(tooEarly.getString("errors[0].message")).contains("不能");
        putIn(caseId, CaseState.VERIFICATION_FAILED);
        assertThat(Operations.miniapp("ObjectToCase", h.applicantToken(), Map.of("id", caseId, "reasons", "  "))
                .getString("errors[0].extensions.code")).isEqualTo("REASON_REQUIRED");
    }

    @Test
    void aDecidedCaseCannotBeWithdrawn() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        putIn(caseId, CaseState.APPROVED);
        JsonPath r = Operations.miniapp("WithdrawCase", h.applicantToken(), Map.of("id", caseId));
        assertThat(r.getString("errors[0].extensions.code")).isEqualTo("CASE_ACTION_NOT_ALLOWED");
        assertThat(Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId)).getString("data.case.state"))
                .isEqualTo("APPROVED");
    }

    private static void putIn(String caseId, CaseState state) {
        Sql.exec("UPDATE assistance_case SET state = '" + state + "', state_since = now() WHERE id = '" + caseId + "'");
    }
}
