package cn.jiuzhu.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.RepeatedTest;

import cn.jiuzhu.testsupport.Concurrently;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A phone on a bad network may send the same submission several times at once. */
@QuarkusTest
class ConcurrentSubmissionTest {

    @RepeatedTest(5)
    void simultaneousRetriesWithOneKeyCreateOneCase() throws Exception {
        Household h = new Household();
        String token = h.applicantToken();
        String id = Journeys.startDraft(token, "DIBAO");
        Journeys.save(token, id, 1, h.form());
        String key = Household.key();

        List<JsonPath> answers = Concurrently.times(6, () -> Operations.miniapp("SubmitApplication", token,
                Map.of("id", id, "idempotencyKey", key)));

        assertThat(answers).allSatisfy(a -> assertThat(a.getString("errors")).as(a.prettify()).isNull());
        assertThat(answers.stream().map(a -> a.getString("data.submitApplication.id")).distinct()).hasSize(1);
        assertThat(Operations.miniapp("MyCases", token, Map.of()).getList("data.myCases.nodes.id")).hasSize(1);
    }

    @RepeatedTest(3)
    void simultaneousStartsWithOneKeyMakeOneDraft() throws Exception {
        Household h = new Household();
        String token = h.applicantToken();
        String key = Household.key();

        List<JsonPath> answers = Concurrently.times(6, () -> Operations.miniapp("StartApplication", token,
                Map.of("programme", "TEKUN", "idempotencyKey", key)));

        assertThat(answers).allSatisfy(a -> assertThat(a.getString("errors")).as(a.prettify()).isNull());
        assertThat(answers.stream().map(a -> a.getString("data.startApplication.id")).distinct()).hasSize(1);
        assertThat(Sql.count("SELECT count(*) FROM application WHERE owner_id_number = '" + h.applicant + "'")).isEqualTo(1);
    }

    @RepeatedTest(3)
    void twoMembersSubmittingAtOnceGetOneCaseAndOneClearRefusal() throws Exception {
        Household h = new Household();
        String first = Journeys.startDraft(h.applicantToken(), "DIBAO");
        Journeys.save(h.applicantToken(), first, 1, h.form());
        String spouseToken = h.token(h.spouse);
        String second = Journeys.startDraft(spouseToken, "DIBAO");
        Map<String, Object> spouseForm = h.form();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members = (List<Map<String, Object>>) spouseForm.get("members");
        members.get(0).put("relation", "SPOUSE");
        members.get(1).put("relation", "SELF");
        Journeys.save(spouseToken, second, 1, spouseForm);

        List<JsonPath> answers = Concurrently.all(List.<Callable<JsonPath>> of(
                () -> Operations.miniapp("SubmitApplication", h.applicantToken(), Map.of("id", first, "idempotencyKey", Household.key())),
                () -> Operations.miniapp("SubmitApplication", spouseToken, Map.of("id", second, "idempotencyKey", Household.key()))));

        assertThat(answers.stream().filter(a -> a.getString("errors") == null)).hasSize(1);
        assertThat(answers.stream().map(a -> a.getString("errors[0].extensions.code")).filter(c -> c != null))
                .containsExactly("OPEN_CASE_EXISTS");
    }
}
