package cn.jiuzhu.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/**
 * Staff steps through the staff operations (frontend-contract/operations/casework), for tests whose
 * subject comes after them. The test household's case is handled by 涧西区湖北路街道 (410305001)
 * and decided by 洛阳市涧西区民政局 (410305-MZ).
 */
public final class Casework {

    public static final String TOWNSHIP_OFFICE = Staff.HUBEILU_STREET;
    public static final String COUNTY_BUREAU = Staff.JIANXI_BUREAU;
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Casework() {
    }

    public static String township() {
        return Staff.caseworker(TOWNSHIP_OFFICE);
    }

    public static String county() {
        return Staff.countyOfficer(COUNTY_BUREAU);
    }

    public static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    public static JsonPath officeCase(String token, String caseId) {
        return Staff.view(token, caseId);
    }

    /** The case's investigation and decision records, as staff see them. */
    public static JsonPath records(String token, String caseId) {
        return Operations.casework("CaseRecords", token, Map.of("id", caseId));
    }

    /** Takes a step on the version the person has just read, as a staff screen does; returns the answer. */
    public static JsonPath act(String token, String caseId, String action, String reason) {
        return Staff.act(token, caseId, action, Staff.version(token, caseId), reason);
    }

    /** A step that must succeed: fails the test with the error otherwise. */
    public static void step(String token, String caseId, String action) {
        JsonPath r = act(token, caseId, action, null);
        assertThat(r.getList("errors")).as(action).isNull();
    }

    public static JsonPath recordHomeVisit(String caseId, List<String> staff) {
        return Operations.casework("RecordHomeVisit", township(), Map.of("caseId", caseId, "visitedOn", today().toString(),
                "staff", staff, "findings", "住房为单位旧公房，家中无贵重物品；配偶长期卧床，申请人打零工。"));
    }

    public static JsonPath recordVerification(String token, String caseId, boolean passed, String summary) {
        return Operations.casework("RecordVerification", token, Map.of("caseId", caseId, "passed", passed, "summary", summary));
    }

    public static JsonPath proposeAmount(String caseId, String monthlyAmount) {
        return Operations.casework("ProposeAmount", township(), Map.of("caseId", caseId, "monthlyAmount", monthlyAmount));
    }

    /** Accepted by the township and under investigation. */
    public static void underInvestigation(String caseId) {
        step(township(), caseId, "ACCEPT");
        step(township(), caseId, "START_INVESTIGATION");
    }

    /** Visited by two staff, verified by the county with a pass: ready for publicity (dibao's amount is computed). */
    public static void investigated(String caseId) {
        underInvestigation(caseId);
        assertThat(recordHomeVisit(caseId, List.of("李娜", "赵强")).getList("errors")).isNull();
        assertThat(recordVerification(county(), caseId, true, "收入、财产核对结果符合条件").getList("errors")).isNull();
    }

    /** The household as the office found it (the application form's parts), with the evidence of any correction. */
    public static JsonPath recordVerifiedHousehold(String token, String caseId, Map<String, Object> household, String evidence) {
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("caseId", caseId, "household", household));
        if (evidence != null) {
            variables.put("evidence", evidence);
        }
        return Operations.casework("RecordVerifiedHousehold", token, variables);
    }

    /** Stands in for the calendar: the case entered publicity seven days ago. */
    public static void publicityStartedAWeekAgo(String caseId) {
        Sql.exec("UPDATE assistance_case SET state_since = state_since - interval '7 days' WHERE id = '" + caseId + "'");
    }

    /** Through publicity to the county's confirmation. */
    public static void sentForConfirmation(String caseId) {
        investigated(caseId);
        step(township(), caseId, "START_PUBLICITY");
        publicityStartedAWeekAgo(caseId);
        step(township(), caseId, "SEND_FOR_CONFIRMATION");
    }
}
