package cn.jiuzhu.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.Casework;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * 服务类社会救助 from a county's service list: 洛阳市涧西区民政局 keeps 涧西区's list, 湖北路街道 arranges services from it
 * on a service case before approving it, and beside the money of a dibao case in payment; the household reads what
 * was arranged, who provides it and when. 老城区's bureau keeps its own list and cannot touch 涧西区's.
 */
@QuarkusTest
class ServiceAssistanceTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String JIANXI = "410305";
    private static final String LAOCHENG = "410302";

    private final String county = Staff.countyOfficer(Staff.JIANXI_BUREAU);
    private final String otherCounty = Staff.countyOfficer(Staff.LAOCHENG_BUREAU);
    private final String township = Casework.township();

    @Test
    void aCountyOfficerKeepsTheCountysListAndItsTownshipsReadIt() {
        String meals = itemId(add(county, JIANXI, item("助餐服务", "DAILY_LIVING", "涧西区湖北路社区长者食堂", "餐", 1, "DAY")));
        JsonPath care = add(county, JIANXI, item("上门照料", "CARE", "涧西区颐康居家养老服务中心", "小时", 2, "WEEK"));
        assertThat(care.getString("data.addServiceItem.categoryLabel")).isEqualTo("照料护理");
        assertThat(care.getString("data.addServiceItem.frequency.label")).isEqualTo("每周2小时");
        assertThat(care.getBoolean("data.addServiceItem.offered")).isTrue();

        JsonPath listed = list(township, JIANXI);
        assertThat(listed.getList("errors")).isNull();
        assertThat(listed.getList("data.countyServices.id")).contains(meals, itemId(care));
        Map<String, Object> read = entry(listed, meals);
        assertThat(read).containsEntry("category", "DAILY_LIVING").containsEntry("categoryLabel", "生活服务")
                .containsEntry("provider", "涧西区湖北路社区长者食堂").containsEntry("unit", "餐").containsEntry("countyCode", JIANXI);
        assertThat(read.get("frequency")).isEqualTo(Map.of("count", 1, "period", "DAY", "label", "每天1餐"));

        // The bureau corrects an entry, and retires one: a retired entry is no longer listed.
        JsonPath corrected = Operations.casework("UpdateServiceItem", county, Map.of("id", meals,
                "input", item(nameOf(read), "DAILY_LIVING", "涧西区湖北路社区长者食堂", "餐", 2, "DAY")));
        assertThat(corrected.getString("data.updateServiceItem.frequency.label")).isEqualTo("每天2餐");
        JsonPath retired = Operations.casework("RetireServiceItem", county, Map.of("id", itemId(care)));
        assertThat(retired.getBoolean("data.retireServiceItem.offered")).isFalse();
        assertThat(retired.getString("data.retireServiceItem.retiredAt")).isNotNull();
        assertThat(list(county, JIANXI).getList("data.countyServices.id")).contains(meals).doesNotContain(itemId(care));

        // The same offered name and provider twice is one entry.
        JsonPath twice = add(county, JIANXI, item(nameOf(read), "DAILY_LIVING", "涧西区湖北路社区长者食堂", "餐", 1, "DAY"));
        assertThat(twice.getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");
        assertThat(twice.getString("errors[0].extensions.details.reason")).isEqualTo("ALREADY_LISTED");
    }

    @Test
    void anotherCountysOfficerCannotEditTheListNorTownshipsOfAnotherCountyReadIt() {
        JsonPath added = add(county, JIANXI, item("居家康复护理", "REHABILITATION", "涧西区残疾人康复服务站", "次", 2, "WEEK"));
        String id = itemId(added);
        String name = added.getString("data.addServiceItem.name");

        JsonPath edited = Operations.casework("UpdateServiceItem", otherCounty, Map.of("id", id,
                "input", item("改名", "OTHER", "老城区某机构", "次", 9, "MONTH")));
        assertThat(edited.getString("errors[0].extensions.code")).isEqualTo("SERVICE_ITEM_NOT_FOUND");
        assertThat(edited.getString("data")).isNull();
        assertThat(Operations.casework("RetireServiceItem", otherCounty, Map.of("id", id)).getString("errors[0].extensions.code"))
                .isEqualTo("SERVICE_ITEM_NOT_FOUND");
        assertThat(add(otherCounty, JIANXI, item("助浴服务", "CARE", "老城区某机构", "次", 1, "WEEK")).getString("errors[0].extensions.code"))
                .isEqualTo("OUTSIDE_JURISDICTION");
        assertThat(list(Staff.caseworker("410302001"), JIANXI).getString("errors[0].extensions.code")).isEqualTo("OUTSIDE_JURISDICTION");
        assertThat(list(new Household().applicantToken(), JIANXI).getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(add(township, JIANXI, item("助浴服务", "CARE", "某机构", "次", 1, "WEEK")).getString("errors[0].extensions.code"))
                .isEqualTo("FORBIDDEN");

        Map<String, Object> unchanged = entry(list(county, JIANXI), id);
        assertThat(unchanged).containsEntry("name", name).containsEntry("provider", "涧西区残疾人康复服务站").containsEntry("offered", true);
        assertThat(Sql.count("SELECT count(*) FROM service_item WHERE id = '" + id + "' AND updated_at IS NULL")).isOne();
    }

    @Test
    void aServiceCaseIsApprovedOnceServicesAreArrangedAndTheHouseholdReadsThem() {
        String meals = itemId(add(county, JIANXI, item("助餐服务", "DAILY_LIVING", "涧西区湖北路社区长者食堂", "餐", 1, "DAY")));
        String care = itemId(add(county, JIANXI, item("上门照料", "CARE", "涧西区颐康居家养老服务中心", "小时", 2, "WEEK")));
        Household h = new Household();
        String caseId = serviceCase(h);
        Casework.underInvestigation(caseId);

        JsonPath early = Casework.act(township, caseId, "APPROVE", null);
        assertThat(early.getString("errors[0].extensions.code")).isEqualTo("PRECONDITION_MISSING");
        assertThat(early.getList("errors[0].extensions.details.missing")).containsExactly("SERVICES_ARRANGED");
        assertThat(early.getString("errors[0].message")).contains("服务清单安排的救助服务");

        LocalDate today = Casework.today();
        int version = Staff.version(township, caseId);
        JsonPath arranged = arrange(township, caseId, List.of(
                wanted(meals, today.plusDays(1), today.plusMonths(6), "每天中午送餐到家"),
                wanted(care, today, null, null)));
        assertThat(arranged.getList("errors")).as(arranged.prettify()).isNull();
        assertThat(arranged.getString("data.arrangeServices.state")).isEqualTo("INVESTIGATING");
        assertThat(arranged.getInt("data.arrangeServices.version")).as("arranging is work, not a step").isEqualTo(version);
        assertThat(Casework.act(township, caseId, "APPROVE", null).getString("data.actOnCase.state")).isEqualTo("APPROVED");

        JsonPath mine = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));
        assertThat(mine.getList("errors")).isNull();
        List<Map<String, Object>> services = mine.getList("data.case.serviceArrangements");
        assertThat(services).hasSize(2);
        assertThat(services.get(0)).containsEntry("serviceName", nameOf(meals)).containsEntry("category", "DAILY_LIVING")
                .containsEntry("categoryLabel", "生活服务").containsEntry("provider", "涧西区湖北路社区长者食堂").containsEntry("unit", "餐")
                .containsEntry("startsOn", today.plusDays(1).toString()).containsEntry("endsOn", today.plusMonths(6).toString())
                .containsEntry("status", "PLANNED").containsEntry("statusLabel", "待开始").containsEntry("note", "每天中午送餐到家")
                .containsEntry("arrangedBy", "涧西区湖北路街道办事处");
        assertThat(services.get(0).get("frequency")).isEqualTo(Map.of("label", "每天1餐"));
        assertThat(services.get(1)).containsEntry("serviceName", nameOf(care)).containsEntry("provider", "涧西区颐康居家养老服务中心")
                .containsEntry("startsOn", today.toString()).containsEntry("endsOn", null).containsEntry("status", "IN_PROGRESS");
        assertThat(services.get(1).get("frequency")).isEqualTo(Map.of("label", "每周2小时"));

        // The timeline says what was arranged, in the same words, before the approval.
        List<String> actions = mine.getList("data.case.timeline.action");
        assertThat(actions).endsWith("SERVICES_ARRANGED", "APPROVE");
        String note = mine.getString("data.case.timeline[-2].reason");
        assertThat(note).contains(nameOf(meals), "涧西区湖北路社区长者食堂", "每天1餐", today.plusDays(1).toString(),
                today.plusMonths(6).toString(), nameOf(care), "每周2小时");
        assertThat(mine.getString("data.case.timeline[-2].actionLabel")).isEqualTo("安排救助服务");

        // Staff read the same on the case screen.
        JsonPath records = Casework.records(county, caseId);
        assertThat(records.getList("data.officeCase.serviceArrangements.serviceId")).containsExactly(meals, care);
    }

    @Test
    void onlyOfferedServicesOfTheCasesOwnCountyCanBeArranged() {
        String ours = itemId(add(county, JIANXI, item("心理疏导", "COUNSELLING", "涧西区心晴社会工作服务中心", "次", 2, "MONTH")));
        String theirs = itemId(add(otherCounty, LAOCHENG, item("心理疏导", "COUNSELLING", "老城区阳光社工站", "次", 2, "MONTH")));
        String retired = itemId(add(county, JIANXI, item("社区融入活动", "SOCIAL_INTEGRATION", "涧西区心晴社会工作服务中心", "次", 1, "MONTH")));
        Operations.casework("RetireServiceItem", county, Map.of("id", retired));
        String caseId = serviceCase(new Household());
        Casework.underInvestigation(caseId);
        LocalDate today = Casework.today();
        long events = events(caseId);

        JsonPath other = arrange(township, caseId, List.of(wanted(ours, today, null, null), wanted(theirs, today, null, null)));
        assertThat(other.getString("errors[0].extensions.code")).isEqualTo("SERVICE_NOT_ARRANGEABLE");
        assertThat(other.getString("errors[0].extensions.details.reason")).isEqualTo("NOT_IN_COUNTY_LIST");
        assertThat(other.getString("errors[0].extensions.details.field")).isEqualTo("services[1].serviceId");
        assertThat(other.getString("errors[0].message")).contains("不在本县（区）的服务清单中");

        JsonPath gone = arrange(township, caseId, List.of(wanted(retired, today, null, null)));
        assertThat(gone.getString("errors[0].extensions.code")).isEqualTo("SERVICE_NOT_ARRANGEABLE");
        assertThat(gone.getString("errors[0].extensions.details.reason")).isEqualTo("RETIRED");
        assertThat(gone.getString("errors[0].message")).contains("已停止提供");

        // All or none: the valid one of the first request was not kept, and the timeline has no note.
        assertThat(Casework.records(township, caseId).getList("data.officeCase.serviceArrangements")).isEmpty();
        assertThat(events(caseId)).isEqualTo(events);
        assertThat(Casework.act(township, caseId, "APPROVE", null).getString("errors[0].extensions.code")).isEqualTo("PRECONDITION_MISSING");

        // Only the office handling the case arranges; a service running on the case is not arranged twice.
        JsonPath neighbour = arrange(Staff.caseworker(Staff.TIANJINLU_STREET), caseId, List.of(wanted(ours, today, null, null)));
        assertThat(neighbour.getString("errors[0].extensions.code")).isEqualTo("CASE_NOT_FOUND");
        assertThat(arrange(township, caseId, List.of(wanted(ours, today, null, null))).getList("errors")).isNull();
        JsonPath again = arrange(township, caseId, List.of(wanted(ours, today.plusDays(3), null, null)));
        assertThat(again.getString("errors[0].extensions.details.reason")).isEqualTo("ALREADY_ARRANGED");
        JsonPath backwards = arrange(township, caseId, List.of(wanted(retired, today, today.minusDays(1), null)));
        assertThat(backwards.getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");
        assertThat(backwards.getString("errors[0].extensions.details.field")).isEqualTo("services[0].endsOn");
    }

    @Test
    void aDibaoCaseInPaymentGetsAServiceBesideItsMoney() {
        String visits = itemId(add(county, JIANXI, item("探访关爱", "SAFETY_PROTECTION", "涧西区颐康居家养老服务中心", "次", 1, "WEEK")));
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        Casework.investigated(caseId);
        LocalDate today = Casework.today();

        JsonPath tooEarly = arrange(township, caseId, List.of(wanted(visits, today, null, null)));
        assertThat(tooEarly.getString("errors[0].extensions.code")).as("money is decided first").isEqualTo("CASE_ACTION_NOT_ALLOWED");

        Casework.step(township, caseId, "START_PUBLICITY");
        Casework.publicityStartedAWeekAgo(caseId);
        Casework.step(township, caseId, "SEND_FOR_CONFIRMATION");
        Casework.step(county, caseId, "APPROVE");
        Casework.step(county, caseId, "START_PAYMENT");

        JsonPath arranged = arrange(township, caseId, List.of(wanted(visits, today, today.plusYears(1), "每周二上午上门探访")));
        assertThat(arranged.getList("errors")).as(arranged.prettify()).isNull();
        assertThat(arranged.getString("data.arrangeServices.state")).isEqualTo("IN_PAYMENT");

        JsonPath mine = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));
        assertThat(mine.getString("data.case.state")).isEqualTo("IN_PAYMENT");
        assertThat(mine.getString("data.case.decision.monthlyAmount")).as("the money stays as decided").isEqualTo("1307.00");
        assertThat(mine.getList("data.case.serviceArrangements.serviceName")).containsExactly(nameOf(visits));
        assertThat(mine.getString("data.case.serviceArrangements[0].provider")).isEqualTo("涧西区颐康居家养老服务中心");
        assertThat(mine.getString("data.case.serviceArrangements[0].status")).isEqualTo("IN_PROGRESS");
        assertThat(mine.getList("data.case.timeline.action")).endsWith("START_PAYMENT", "SERVICES_ARRANGED");

        // The township ends it; the household reads the day and why, and the timeline says so.
        String arrangementId = mine.getString("data.case.serviceArrangements[0].id");
        JsonPath ended = Operations.casework("EndServiceArrangement", township, Map.of("caseId", caseId,
                "arrangementId", arrangementId, "endsOn", today.toString(), "reason", "家属已接回同住，不再需要探访"));
        assertThat(ended.getList("errors")).as(ended.prettify()).isNull();
        JsonPath after = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));
        assertThat(after.getString("data.case.serviceArrangements[0].endsOn")).isEqualTo(today.toString());
        assertThat(after.getString("data.case.serviceArrangements[0].endReason")).isEqualTo("家属已接回同住，不再需要探访");
        assertThat(after.getList("data.case.timeline.action")).endsWith("SERVICES_ARRANGED", "SERVICE_ENDED");
        assertThat(after.getString("data.case.timeline[-1].reason")).contains(nameOf(visits), today.toString(), "家属已接回同住");
        JsonPath twice = Operations.casework("EndServiceArrangement", township, Map.of("caseId", caseId,
                "arrangementId", arrangementId, "reason", "重复"));
        assertThat(twice.getString("errors[0].extensions.details.reason")).isEqualTo("ALREADY_ENDED");
    }

    @Test
    void programmesWithoutServicesShowNoneAndAServiceCaseBeforeAnyShowsAnEmptyList() {
        Household h = new Household();
        String urgent = Journeys.submit(h, "LINSHI_URGENT", urgentForm(h));
        assertThat(Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", urgent)).getString("data.case.serviceArrangements"))
                .isNull();
        String service = serviceCase(new Household());
        assertThat(Casework.records(township, service).getList("data.officeCase.serviceArrangements")).isEmpty();
    }

    // -----------------------------------------------------------------------------------------------------------------

    /** A service application of the household (it lives in 湖北路街道唐村社区), submitted. */
    private static String serviceCase(Household h) {
        Map<String, Object> form = h.form();
        form.put("answers", new ArrayList<>(List.of(Map.of("key", "serviceNeeded", "value", "CARE"),
                Map.of("key", "serviceDescription", "value", "配偶长期卧床，白天家里没人照看"))));
        return Journeys.submit(h, "SERVICE", form);
    }

    private static Map<String, Object> urgentForm(Household h) {
        Map<String, Object> form = h.form();
        form.put("emergencyRegionCode", "410305001");
        form.put("answers", new ArrayList<>(List.of(Map.of("key", "emergencyType", "value", "FIRE"),
                Map.of("key", "emergencyDate", "value", Casework.today().toString()),
                Map.of("key", "emergencyPlace", "value", "湖北路街道"),
                Map.of("key", "emergencyDescription", "value", "厨房失火，家具被烧毁"))));
        return form;
    }

    /** An entry with a name of its own (one given back as read keeps it), so tests sharing the database never meet the same one. */
    private static Map<String, Object> item(String name, String category, String provider, String unit, int count, String period) {
        String own = name.contains("（测试") ? name : name + "（测试" + NEXT.incrementAndGet() + "）";
        return new HashMap<>(Map.of("name", own, "category", category, "provider", provider,
                "unit", unit, "frequencyCount", count, "frequencyPeriod", period));
    }

    private static JsonPath add(String token, String countyCode, Map<String, Object> input) {
        return Operations.casework("AddServiceItem", token, Map.of("countyCode", countyCode, "input", input));
    }

    private static JsonPath list(String token, String countyCode) {
        return Operations.casework("CountyServices", token, Map.of("countyCode", countyCode));
    }

    private static String itemId(JsonPath added) {
        assertThat(added.getList("errors")).as(added.prettify()).isNull();
        return added.getString("data.addServiceItem.id");
    }

    private static Map<String, Object> entry(JsonPath listed, String id) {
        List<Map<String, Object>> all = listed.getList("data.countyServices");
        return all.stream().filter(e -> id.equals(e.get("id"))).findFirst().orElseThrow();
    }

    private static String nameOf(Map<String, Object> entry) {
        return (String) entry.get("name");
    }

    private static String nameOf(String itemId) {
        return Sql.text("SELECT name FROM service_item WHERE id = '" + itemId + "'");
    }

    private static Map<String, Object> wanted(String serviceId, LocalDate startsOn, LocalDate endsOn, String note) {
        Map<String, Object> w = new HashMap<>(Map.of("serviceId", serviceId, "startsOn", startsOn.toString()));
        w.put("endsOn", endsOn == null ? null : endsOn.toString());
        w.put("note", note);
        return w;
    }

    private static JsonPath arrange(String token, String caseId, List<Map<String, Object>> services) {
        return Operations.casework("ArrangeServices", token, Map.of("caseId", caseId, "services", services));
    }

    private static long events(String caseId) {
        return Sql.count("SELECT count(*) FROM case_event WHERE case_id = '" + caseId + "'");
    }
}
