package cn.jiuzhu.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Every case goes to the office responsible for it (domain §5), and the case says why. */
@QuarkusTest
class RoutingTest {

    @Test
    void dibaoGoesToTheTownshipOfTheRegisteredResidence() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        JsonPath office = Staff.view(Staff.caseworker(Staff.HUBEILU_STREET), caseId);
        assertThat(office.getString("data.officeCase.assignedOfficeCode")).isEqualTo("410305001");
        assertThat(office.getString("data.officeCase.routingExplanation")).contains("户籍地").contains("湖北路街道办事处");
    }

    @Test
    void aVillageResidenceGoesToItsTownship() {
        Household h = new Household();
        Map<String, Object> form = h.form();
        form.put("residenceRegionCode", "410323101201"); // 新安县石寺镇磨五村
        String caseId = Journeys.submit(h, "DIBAO", form);
        assertThat(Sql.text("SELECT assigned_office_code || '|' || county_code FROM assistance_case WHERE id = '" + caseId + "'"))
                .isEqualTo("410323101|410323");
    }

    @Test
    void theUsualResidenceDecidesWhereTheHouseholdAskedForIt() {
        Household h = new Household();
        Map<String, Object> form = h.form();
        form.put("applyAtUsualResidence", true);
        form.put("usualResidenceRegionCode", "410302001001"); // 老城区西关街道承福门社区
        String caseId = Journeys.submit(h, "DIBAO", form);
        assertThat(Sql.text("SELECT assigned_office_code FROM assistance_case WHERE id = '" + caseId + "'")).isEqualTo("410302001");
    }

    @Test
    void urgentAidGoesWhereTheEmergencyHappenedWhateverTheHukou() {
        Household h = new Household(); // registered in 涧西区 (410305)
        Map<String, Object> form = h.form();
        form.put("emergencyRegionCode", "410323101"); // 新安县石寺镇, another county
        form.put("answers", List.of(Map.of("key", "emergencyType", "value", "FIRE"),
                Map.of("key", "emergencyDate", "value", "2026-11-01"),
                Map.of("key", "emergencyPlace", "value", "石寺镇"),
                Map.of("key", "emergencyDescription", "value", "住房失火")));
        String caseId = Journeys.submit(h, "LINSHI_URGENT", form);
        String routed = Sql.text("SELECT assigned_office_code || '|' || county_code || '|' || routing_explanation || '|' || case_number "
                + "FROM assistance_case WHERE id = '" + caseId + "'");
        assertThat(routed).startsWith("410323101|410323|").contains("急难发生地").contains("|LJ-410323-");
    }

    @Test
    void specialAssistanceGoesToTheCountyDepartmentThatRunsIt() {
        Household h = new Household();
        Map<String, Object> form = h.form();
        form.put("answers", List.of(Map.of("key", "illnessDescription", "value", "尿毒症透析"),
                Map.of("key", "outOfPocketAmount", "value", "23000.00")));
        String caseId = Journeys.submit(h, "SPECIAL_MEDICAL", form);
        assertThat(Sql.text("SELECT assigned_office_code || '|' || routing_explanation FROM assistance_case WHERE id = '" + caseId + "'"))
                .isEqualTo("410305-YB|医疗救助由所在县（市、区）医疗保障部门办理：涧西区医疗保障局");
    }

    @Test
    void aMisroutedCaseIsTransferredWithAReasonTheResidentSees() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        String from = Staff.caseworker(Staff.HUBEILU_STREET);
        JsonPath moved = run("casework/TransferCase", from, Map.of("id", caseId, "toOfficeCode", Staff.TIANJINLU_STREET,
                "reason", "申请人实际户籍在天津路街道", "expectedVersion", Staff.version(from, caseId)));
        assertThat(moved.getString("data.transferCase.assignedOfficeCode")).isEqualTo(Staff.TIANJINLU_STREET);
        assertThat(moved.getString("data.transferCase.routingExplanation")).contains("转办").contains("天津路");

        assertThat(Staff.view(from, caseId).getString("errors[0].extensions.code")).as("the old office no longer sees it")
                .isEqualTo("CASE_NOT_FOUND");
        assertThat(Staff.act(Staff.caseworker(Staff.TIANJINLU_STREET), caseId, "ACCEPT").getString("data.actOnCase.state"))
                .isEqualTo("ACCEPTED");
        JsonPath resident = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));
        assertThat(resident.getList("data.case.timeline.action")).containsSubsequence("SUBMIT", "TRANSFER", "ACCEPT");
        assertThat(resident.getString("data.case.timeline[1].reason")).contains("天津路街道");
        assertThat(resident.getString("data.case.timeline[1].actorLabel")).isEqualTo("涧西区湖北路街道办事处");
    }

    @Test
    void aTransferNeedsAReason() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        String from = Staff.caseworker(Staff.HUBEILU_STREET);
        assertThat(run("casework/TransferCase", from, Map.of("id", caseId, "toOfficeCode", Staff.TIANJINLU_STREET,
                "reason", " ", "expectedVersion", Staff.version(from, caseId))).getString("errors[0].extensions.code"))
                .isEqualTo("REASON_REQUIRED");
    }

    private static JsonPath run(String operation, String token, Map<String, Object> variables) {
        return cn.jiuzhu.testsupport.GraphQL.execute(Operations.document(operation), variables, token);
    }
}
