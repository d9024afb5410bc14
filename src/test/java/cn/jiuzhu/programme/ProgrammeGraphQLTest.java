package cn.jiuzhu.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The mini-app builds its forms from these queries, before anyone signs in. */
@QuarkusTest
class ProgrammeGraphQLTest {

    @Test
    void everyProgrammeIsServedWithoutAToken() {
        JsonPath r = GraphQL.query("""
                { programmes { code name whoMayApply applyWhere canApplyOnline
                    documents { type typeName condition note } timeLimits { step days } } }""");
        assertThat(r.getList("errors")).isNull();
        assertThat(r.getList("data.programmes.code"))
                .containsExactlyElementsOf(Arrays.stream(Programme.values()).map(Enum::name).toList());
        assertThat(r.getString("data.programmes[0].name")).isEqualTo("最低生活保障");
        assertThat(r.getList("data.programmes.canApplyOnline")).containsOnly(true);
        List<Map<String, Object>> dibaoDocuments = r.getList("data.programmes[0].documents");
        assertThat(dibaoDocuments).contains(Map.of("type", "ID_CARD", "typeName", "身份证", "condition", "ALWAYS",
                "note", "申请人和全体共同生活家庭成员的身份证"));
    }

    @Test
    void urgentTemporaryAidAsksWhatHappenedAndIsHandledWhereItHappened() {
        JsonPath r = GraphQL.query("""
                query($code: Programme!) { programme(code: $code) {
                    code name applyWhere whatYouGet legalBasis
                    questions { key label type required choices { value label } help }
                    timeLimits { step label days dayKind maxDays legalReference note } } }""",
                Map.of("code", "LINSHI_URGENT"));
        assertThat(r.getList("errors")).isNull();
        assertThat(r.getString("data.programme.code")).isEqualTo("LINSHI_URGENT");
        assertThat(r.getString("data.programme.applyWhere")).contains("急难发生地").contains("不受户籍限制");
        assertThat(r.getString("data.programme.whatYouGet")).contains("先行救助").contains("不需要公示");
        assertThat(r.getString("data.programme.legalBasis")).contains("民发〔2018〕23号");

        assertThat(r.getString("data.programme.questions.find { it.key == 'emergencyType' }.type")).isEqualTo("CHOICE");
        assertThat(r.getList("data.programme.questions.find { it.key == 'emergencyType' }.choices.value"))
                .containsExactly("FIRE", "ACCIDENT", "SERIOUS_ILLNESS", "NATURAL_DISASTER", "OTHER");
        assertThat(r.getString("data.programme.questions.find { it.key == 'emergencyDate' }.type")).isEqualTo("DATE");
        assertThat(r.getList("data.programme.timeLimits.step")).doesNotContain("PUBLICITY");
    }

    @Test
    void anUnknownProgrammeCodeIsAQueryError() {
        JsonPath r = GraphQL.query("{ programme(code: NOT_A_PROGRAMME) { name } }");
        assertThat(r.getString("errors[0].extensions.code")).isEqualTo("QUERY_INVALID");
    }
}
