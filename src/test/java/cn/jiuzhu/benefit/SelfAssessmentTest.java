package cn.jiuzhu.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * 自助测算 from the mini-app without logging in: the answers for the worked examples, by the standard in
 * force where the household lives, and nothing written anywhere.
 */
@QuarkusTest
class SelfAssessmentTest {

    private static final String URBAN_STREET = "410305001"; // 涧西区湖北路街道: urban 669
    private static final String RURAL_TOWN = "140121100"; // 清徐县清源镇: Shanxi rural 555

    @Test
    void aThreePersonUrbanHouseholdWithPerCapitaIncome200MayQualifyFor1407() {
        JsonPath answer = assess(input(URBAN_STREET, List.of(adult(40), adult(38), member(10)), wages("600.00")));

        Map<String, Object> dibao = result(answer, "DIBAO");
        assertThat(dibao).containsEntry("outcome", "MAY_QUALIFY").containsEntry("estimatedMonthlyAmount", "1407.00")
                .containsEntry("programmeName", "最低生活保障");
        assertThat((List<String>) dibao.get("reasons")).contains("按补差计算：（低保标准669.00元 − 人均月收入200.00元）× 3人 = 1407.00元。");
        assertThat(answer.getString("data.selfAssessment.standard.reference")).isEqualTo("涧西区城乡低保标准（演示数据，2026年）");
        assertThat(answer.getString("data.selfAssessment.notice")).contains("仅供参考", "不会保存");
        assertThat(answer.getString("data.selfAssessment.results[0].outcome")).as("likely programmes first").isEqualTo("MAY_QUALIFY");
    }

    @Test
    void justUnderOneAndAHalfTimesTheStandardIsAMarginalHouseholdAndJustOverIsNot() {
        // 1.5 × 669 = 1003.50 per person per month
        JsonPath under = assess(input(URBAN_STREET, List.of(adult(40), adult(38), member(10)), wages("3010.00")));
        JsonPath over = assess(input(URBAN_STREET, List.of(adult(40), adult(38), member(10)), wages("3011.00")));

        assertThat(result(under, "DIBAO")).containsEntry("outcome", "UNLIKELY");
        assertThat(result(under, "BIANYUAN")).containsEntry("outcome", "MAY_QUALIFY");
        assertThat((List<String>) result(under, "BIANYUAN").get("reasons")).anySatisfy(r -> assertThat(r).contains("1003.50"));
        assertThat(result(over, "BIANYUAN")).containsEntry("outcome", "UNLIKELY");
    }

    @Test
    void anOldPersonWithNoSupporterWhoCannotDoFourSelfCareItemsGetsBasicAndFullCareSupport() {
        Map<String, Object> in = input(URBAN_STREET, List.of(member(72)), List.of());
        in.put("hasAbleSupporter", false);
        in.put("selfCareItemsFailed", List.of("BATHING", "DRESSING", "TOILETING", "WALKING_INDOORS"));

        Map<String, Object> tekun = result(assess(in), "TEKUN");

        assertThat(tekun).containsEntry("outcome", "MAY_QUALIFY").containsEntry("estimatedMonthlyAmount", "1860.00"); // 870 + 990
        assertThat((List<String>) tekun.get("reasons")).anySatisfy(r -> assertThat(r).contains("完全丧失生活自理能力"));

        in.put("hasAbleSupporter", true);
        assertThat(result(assess(in), "TEKUN")).containsEntry("outcome", "UNLIKELY").containsEntry("estimatedMonthlyAmount", null);
    }

    @Test
    void aSuddenHardshipMayGetUrgentTemporaryAidUpToTheLargestBand() {
        Map<String, Object> in = input(URBAN_STREET, List.of(adult(45)), wages("2500.00"));
        in.put("suddenHardship", true);

        assertThat(result(assess(in), "LINSHI_URGENT")).containsEntry("outcome", "MAY_QUALIFY")
                .containsEntry("maxOneOffAmount", "8028.00"); // 12 × 669
    }

    @Test
    void aRuralHouseholdIsAssessedByTheRuralStandard() {
        JsonPath answer = assess(input(RURAL_TOWN, List.of(member(70)), List.of()));

        assertThat(answer.getString("data.selfAssessment.standard.area")).isEqualTo("RURAL");
        assertThat(result(answer, "DIBAO")).containsEntry("estimatedMonthlyAmount", "555.00");
    }

    @Test
    void nothingIsStored() {
        long before = rowsEverywhere();
        assess(input(URBAN_STREET, List.of(adult(40), adult(38), member(10)), wages("600.00")));
        assess(input(RURAL_TOWN, List.of(member(70)), List.of()));
        assertThat(rowsEverywhere()).isEqualTo(before);
    }

    @Test
    void badFiguresGetACodeAndAChineseReason() {
        JsonPath none = assess(input(URBAN_STREET, List.of(), List.of()));
        assertThat(none.getString("errors[0].extensions.code")).isEqualTo("SELF_ASSESSMENT_INVALID");
        assertThat(none.getString("errors[0].message")).isEqualTo("测算信息填写有误：家庭成员应为1到20人");

        assertThat(code(assess(input(URBAN_STREET, List.of(member(130)), List.of())))).isEqualTo("SELF_ASSESSMENT_INVALID");
        assertThat(code(assess(input(URBAN_STREET, List.of(adult(40)), wages("六百"))))).isEqualTo("MONEY_INVALID");
        assertThat(code(assess(input("410305", List.of(adult(40)), List.of())))).isEqualTo("REGION_LEVEL_MISMATCH");
        assertThat(code(assess(input("110105001", List.of(adult(40)), List.of())))).as("no standard set in this demo county")
                .isEqualTo("STANDARD_NOT_SET");
    }

    private static JsonPath assess(Map<String, Object> input) {
        return Operations.miniapp("SelfAssessment", null, Map.of("input", input));
    }

    private static String code(JsonPath answer) {
        return answer.getString("errors[0].extensions.code");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> result(JsonPath answer, String programme) {
        assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
        return answer.getList("data.selfAssessment.results", Map.class).stream().filter(r -> programme.equals(r.get("programme")))
                .findFirst().orElseThrow();
    }

    private static Map<String, Object> input(String region, List<Map<String, Object>> members, List<Map<String, Object>> incomes) {
        Map<String, Object> in = new HashMap<>();
        in.put("regionCode", region);
        in.put("members", members);
        in.put("incomes", incomes);
        return in;
    }

    private static Map<String, Object> adult(int age) {
        return member(age);
    }

    private static Map<String, Object> member(int age) {
        return Map.of("age", age);
    }

    private static List<Map<String, Object>> wages(String amount) {
        return List.of(Map.of("category", "WAGES", "monthlyAmount", amount));
    }

    /** Rows in every table of the schema, in one statement. */
    private static long rowsEverywhere() {
        return Sql.count("""
                SELECT sum((xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I', table_name), false, true, '')))[1]::text::bigint)
                  FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'""");
    }
}
