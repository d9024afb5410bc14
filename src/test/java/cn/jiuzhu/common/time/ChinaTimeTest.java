package cn.jiuzhu.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.TestClock;
import cn.jiuzhu.testsupport.TestIds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The service on a server clock in UTC, early in China's morning (23:30 UTC the evening before): every legal date is
 * China's. The rules themselves are tested at that instant in IdNumberTest and ApplicationRulesTest.
 */
@QuarkusTest
class ChinaTimeTest {

    @Inject
    TestClock clock;

    /** Today in China, 07:30 there: 23:30 UTC of the day before. */
    private final LocalDate chinaToday = LocalDate.now(ChinaTime.ZONE);
    private final Instant halfPastSevenInChina = chinaToday.atTime(LocalTime.of(7, 30)).atZone(ChinaTime.ZONE).toInstant();

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void anEmergencyThatHappenedThisMorningIsAcceptedAt2330Utc() {
        clock.set(halfPastSevenInChina);
        assertThat(LocalDate.ofInstant(clock.instant(), clock.getZone())).as("the server's own date").isEqualTo(chinaToday.minusDays(1));
        Household h = new Household();
        Map<String, Object> form = h.form();
        form.put("emergencyRegionCode", "410305001");
        form.put("answers", List.of(Map.of("key", "emergencyType", "value", "FIRE"),
                Map.of("key", "emergencyDate", "value", chinaToday.toString()),
                Map.of("key", "emergencyPlace", "value", "湖北路街道"),
                Map.of("key", "emergencyDescription", "value", "凌晨住房失火")));

        String caseId = Journeys.submit(h, "LINSHI_URGENT", form);

        JsonPath mine = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));
        assertThat(mine.getString("data.case.caseNumber")).startsWith("LJ-410305-" + chinaToday.getYear() + "-");
        assertThat(OffsetDateTime.parse(mine.getString("data.case.submittedAt")).toInstant()).isEqualTo(halfPastSevenInChina);
    }

    @Test
    void aBabyBornThisMorningInChinaCanBeAddedToTheHouseholdAt2330Utc() {
        clock.set(halfPastSevenInChina);
        Household h = new Household();
        String bornToday = TestIds.withCheck("410305" + chinaToday.toString().replace("-", "") + "021");
        Map<String, Object> form = h.form();
        List<Object> members = new ArrayList<>((List<?>) form.get("members"));
        members.add(Household.member("王小宝", bornToday, "CHILD", null, "NOT_WORKING_AGE", false));
        form.put("members", members);

        String id = Journeys.startDraft(h.applicantToken(), "DIBAO");
        JsonPath saved = Journeys.save(h.applicantToken(), id, 1, form);

        assertThat(saved.getList("errors")).isNull();
        assertThat(saved.getInt("data.saveApplicationDraft.version")).isEqualTo(2);
    }
}
