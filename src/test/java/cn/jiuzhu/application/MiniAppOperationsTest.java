package cn.jiuzhu.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The mini-app's remaining operation files, executed as shipped. */
@QuarkusTest
class MiniAppOperationsTest {

    @Test
    void catalogueBuildsTheFormsWithoutAToken() {
        JsonPath all = Operations.miniapp("Programmes", null, Map.of());
        assertThat(all.getList("data.programmes.code")).contains("DIBAO", "TEKUN", "LINSHI_URGENT", "SERVICE");
        JsonPath urgent = Operations.miniapp("Programme", null, Map.of("code", "LINSHI_URGENT"));
        assertThat(urgent.getList("data.programme.questions.key")).contains("emergencyType");
        assertThat(urgent.getString("data.programme.applyWhere")).contains("发生地");
    }

    @Test
    void regionPickerAndSearch() {
        assertThat(Operations.miniapp("RegionPicker", null, Map.of("code", "410305")).getList("data.region.children.name"))
                .contains("湖北路街道");
        assertThat(Operations.miniapp("SearchRegions", null, Map.of("name", "湖北路", "level", "TOWNSHIP"))
                .getList("data.searchRegions.nodes.code")).contains("410305001");
    }

    @Test
    void meShowsTheMaskedIdNumber() {
        Household h = new Household();
        String masked = Operations.miniapp("Me", h.applicantToken(), Map.of()).getString("data.me.maskedIdNumber");
        assertThat(masked).startsWith(h.applicant.substring(0, 3)).endsWith(h.applicant.substring(14)).contains("*");
    }

    @Test
    void aDiscardedDraftLeavesTheListOfDrafts() {
        Household h = new Household();
        String id = Journeys.startDraft(h.applicantToken(), "TEKUN");
        assertThat(Operations.miniapp("MyApplicationDrafts", h.applicantToken(), Map.of()).getList("data.myApplicationDrafts.id"))
                .contains(id);
        assertThat(Operations.miniapp("DiscardApplication", h.applicantToken(), Map.of("id", id))
                .getString("data.discardApplication.status")).isEqualTo("DISCARDED");
        assertThat(Operations.miniapp("MyApplicationDrafts", h.applicantToken(), Map.of()).getList("data.myApplicationDrafts.id"))
                .doesNotContain(id);
    }
}
