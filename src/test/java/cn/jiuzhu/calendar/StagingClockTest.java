package cn.jiuzhu.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.Casework;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * In dev and staging (and the tests' profile) an administrator moves the service's clock ahead, and a front-end team
 * walks a dibao case through seven days of publicity in minutes. Production leaves it out: see
 * {@link StagingClockInProductionTest} and its packaged twin.
 */
@QuarkusTest
class StagingClockTest {

    private static final String ADMIN = Tokens.admin("admin-staging");

    @AfterEach
    void clockBack() {
        assertThat(Operations.admin("SetStagingClock", ADMIN, Map.of("aheadDays", 0)).getString("errors")).isNull();
    }

    @Test
    void movingTheClockAWeekAheadEndsPublicity() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        Casework.investigated(caseId);
        Casework.step(Casework.township(), caseId, "START_PUBLICITY");
        JsonPath early = Casework.act(Casework.township(), caseId, "SEND_FOR_CONFIRMATION", null);
        assertThat(early.getString("errors[0].extensions.code")).isEqualTo("PUBLICITY_NOT_OVER");

        JsonPath moved = Operations.admin("SetStagingClock", ADMIN, Map.of("aheadDays", 7));
        assertThat(moved.getString("errors")).isNull();
        LocalDate realToday = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(moved.getString("data.setStagingClock.today")).isEqualTo(realToday.plusDays(7).toString());
        assertThat(moved.getInt("data.setStagingClock.aheadSeconds")).isEqualTo(7 * 24 * 3600);
        assertThat(moved.getString("data.setStagingClock.label")).isEqualTo("系统时间比实际时间快 7天0小时");
        assertThat(Operations.admin("StagingClock", null, Map.of()).getString("data.stagingClock.today"))
                .as("anyone may read it").isEqualTo(realToday.plusDays(7).toString());

        JsonPath sent = Casework.act(Casework.township(), caseId, "SEND_FOR_CONFIRMATION", null);
        assertThat(sent.getString("errors")).isNull();
        assertThat(Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId)).getString("data.case.state"))
                .isEqualTo("CONFIRMATION");
        assertThat(Sql.text("SELECT offset_seconds FROM staging_clock")).as("kept for every instance and a restart")
                .isEqualTo(String.valueOf(7 * 24 * 3600));
    }

    @Test
    void onlyAdministratorsMoveItAndOnlyForwardWithinAYear() {
        for (String token : List.of(Casework.township(), Casework.county(), Tokens.resident(new Household().applicant))) {
            assertThat(Operations.admin("SetStagingClock", token, Map.of("aheadDays", 7)).getString("errors[0].extensions.code"))
                    .isEqualTo("FORBIDDEN");
        }
        assertThat(Operations.admin("SetStagingClock", null, Map.of("aheadDays", 7)).getString("errors[0].extensions.code"))
                .isEqualTo("UNAUTHENTICATED");
        JsonPath back = Operations.admin("SetStagingClock", ADMIN, Map.of("aheadDays", -1));
        assertThat(back.getString("errors[0].extensions.code")).isEqualTo("STAGING_CLOCK_OFFSET_INVALID");
        assertThat(back.getString("errors[0].message")).isEqualTo("时钟只能向前调，最多366天；调回现在请填0。");
        assertThat(Operations.admin("SetStagingClock", ADMIN, Map.of("aheadDays", 367)).getString("errors[0].extensions.code"))
                .isEqualTo("STAGING_CLOCK_OFFSET_INVALID");
        assertThat(Operations.admin("StagingClock", null, Map.of()).getInt("data.stagingClock.aheadSeconds")).isZero();
    }
}
