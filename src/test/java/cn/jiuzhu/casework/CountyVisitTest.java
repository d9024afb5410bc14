package cn.jiuzhu.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.GraphQL;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The county visits before deciding a case drawn for the tekun spot check or registered as a near relative's. */
@QuarkusTest
class CountyVisitTest {

    private final String county = Staff.countyOfficer(Staff.JIANXI_BUREAU);

    @Test
    void aNearRelativesCaseIsDecidedOnlyAfterTheCountyVisited() {
        Household h = new Household();
        Map<String, Object> form = h.form();
        form.put("declarations", new HashMap<>(Map.of("truthfulnessPromise", true, "verificationAuthorisation", true,
                "nearRelativeOfStaff", true, "nearRelativeDetails", "申请人的妹妹是湖北路街道经办人")));
        String caseId = Journeys.submit(h, "DIBAO", form);
        Sql.exec("UPDATE assistance_case SET state = 'CONFIRMATION' WHERE id = '" + caseId + "'");

        JsonPath early = Staff.act(county, caseId, "APPROVE");
        assertThat(early.getString("errors[0].extensions.code")).isEqualTo("PRECONDITION_MISSING");
        assertThat(early.getString("errors[0].message")).contains("县级民政部门的入户核实记录");

        assertThat(visit(caseId, List.of("刘科长")).getString("errors[0].extensions.code")).as("one person is not a visit")
                .isEqualTo("HOME_VISIT_STAFF_TOO_FEW");
        assertThat(visit(Staff.countyOfficer(Staff.LAOCHENG_BUREAU), caseId, List.of("甲", "乙")).getString("errors[0].extensions.code"))
                .isEqualTo("CASE_NOT_FOUND");
        assertThat(visit(caseId, List.of("刘科长", "陈干事")).getString("data.recordCountyVisit.state")).isEqualTo("CONFIRMATION");
        assertThat(Staff.act(county, caseId, "APPROVE").getString("data.actOnCase.state")).isEqualTo("APPROVED");
    }

    @Test
    void anOrdinaryCaseNeedsNoCountyVisit() {
        String caseId = Journeys.submittedCaseId(new Household());
        Sql.exec("UPDATE assistance_case SET state = 'CONFIRMATION' WHERE id = '" + caseId + "'");
        assertThat(Staff.act(county, caseId, "REFUSE", Staff.version(county, caseId), "收入超过标准").getString("data.actOnCase.state"))
                .isEqualTo("REFUSED");
    }

    @Test
    void aTekunCaseDrawnForTheSpotCheckWaitsForTheVisit() {
        String caseId = Journeys.submittedCaseId(new Household());
        Sql.exec("UPDATE assistance_case SET programme = 'TEKUN', spot_check_required = true, state = 'CONFIRMATION' WHERE id = '"
                + caseId + "'");
        // Stands in for the township's self-care assessment of every member while it investigated.
        Sql.exec("INSERT INTO case_self_care_assessment (case_id, member_id_number, failed_items, assessed_on, recorded_by,"
                + " recorded_by_office, recorded_by_label) SELECT case_id, id_number, '{}', current_date, 'test', '410305001',"
                + " '涧西区湖北路街道办事处' FROM case_member WHERE case_id = '" + caseId + "'");
        assertThat(Staff.act(county, caseId, "APPROVE").getString("errors[0].extensions.code")).isEqualTo("PRECONDITION_MISSING");
        visit(caseId, List.of("刘科长", "陈干事"));
        assertThat(Staff.act(county, caseId, "APPROVE").getString("data.actOnCase.state")).isEqualTo("APPROVED");
    }

    private JsonPath visit(String caseId, List<String> staff) {
        return visit(county, caseId, staff);
    }

    private static JsonPath visit(String token, String caseId, List<String> staff) {
        return GraphQL.execute(Operations.document("casework/RecordCountyVisit"), Map.of("caseId", caseId,
                "visitedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "staff", staff, "findings", "入户核实，情况属实"),
                token);
    }
}
