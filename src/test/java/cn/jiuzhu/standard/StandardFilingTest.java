package cn.jiuzhu.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.identity.Role;
import cn.jiuzhu.testsupport.Casework;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Payments;
import cn.jiuzhu.testsupport.Staff;
import cn.jiuzhu.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * 标准备案 in 太原市小店区 (140105, Shanxi's urban 669 from 2026): three households in payment, a filing that raises
 * the standard to 700 but by tiers that drop one of them (提标减人, flagged, returned by the province), then a
 * plain raise to 700 that the province accepts, which changes amounts from its month and not before.
 */
@QuarkusTest
class StandardFilingTest {

    private static final String COUNTY = "140105";
    private static final String STREET = "140105001"; // 坞城街道
    private static final String BUREAU = "140105-MZ";
    private static final String PROVINCE = "14-MZ";

    private final LocalDate firstPaymentMonth = YearMonth.now(Casework.CHINA).plusMonths(1).atDay(1);
    private final LocalDate effective = firstPaymentMonth.plusMonths(1);

    @Test
    void aRaiseThatCoversFewerHouseholdsIsFlaggedAndOnlyAnAcceptedFilingChangesAmountsFromItsMonth() {
        Household a = new Household();
        Household b = new Household();
        Household c = new Household();
        String caseA = Payments.inPayment(a, Payments.form(a, STREET, "300.00"), STREET, BUREAU); // 100 per person: 1707.00
        Payments.inPayment(b, Payments.form(b, STREET, "1650.00"), STREET, BUREAU); // 550 per person: 357.00
        Payments.inPayment(c, Payments.form(c, STREET, "900.00"), STREET, BUREAU); // 300 per person: 1107.00
        String county = Staff.countyOfficer(BUREAU);
        String province = Tokens.staff(Role.PROVINCIAL_OFFICER, PROVINCE);

        // 700 by tiers: under 200 per person 700 each, under 500 400 each; 550 per person falls under no tier.
        Map<String, Object> tiered = standard("700.00", "TIERS");
        tiered.put("tiers", List.of(Map.of("maxPerCapitaIncome", "200.00", "amountPerPerson", "700.00"),
                Map.of("maxPerCapitaIncome", "500.00", "amountPerPerson", "400.00")));
        JsonPath flagged = file(county, tiered, Household.key());
        String impact = "data.fileStandard.impact.";
        assertThat(flagged.getString("data.fileStandard.status")).isEqualTo("FILED");
        assertThat(flagged.getInt(impact + "casesAssessed")).isEqualTo(3);
        assertThat(flagged.getInt(impact + "householdsCoveredNow")).isEqualTo(3);
        assertThat(flagged.getInt(impact + "peopleCoveredNow")).isEqualTo(9);
        assertThat(flagged.getString(impact + "monthlyTotalNow")).isEqualTo("3171.00");
        assertThat(flagged.getInt(impact + "householdsCoveredNew")).isEqualTo(2);
        assertThat(flagged.getInt(impact + "peopleCoveredNew")).isEqualTo(6);
        assertThat(flagged.getString(impact + "monthlyTotalNew")).isEqualTo("3300.00"); // 2100 + 1200
        assertThat(flagged.getInt(impact + "householdsNoLongerCovered")).isEqualTo(1);
        assertThat(flagged.getString(impact + "standardNow")).isEqualTo("669.00");
        assertThat(flagged.getBoolean(impact + "reducesCoverage")).isTrue();
        assertThat(flagged.getString(impact + "summary")).startsWith("提标减人");

        // Filed is not in force; one filing waits at a time.
        assertThat(inForce(effective)).isEqualTo("669.00");
        assertThat(file(county, standard("710.00", "GAP"), Household.key()).getString("errors[0].extensions.code"))
                .isEqualTo("FILING_PENDING");

        String flaggedId = flagged.getString("data.fileStandard.id");
        assertThat(Operations.casework("AcceptStandardFiling", Tokens.staff(Role.PROVINCIAL_OFFICER, "41-MZ"), Map.of("id", flaggedId))
                .getString("errors[0].extensions.code")).as("another province's").isEqualTo("FILING_NOT_FOUND");
        JsonPath returned = Operations.casework("ReturnStandardFiling", province,
                Map.of("id", flaggedId, "reasons", "分档设置使部分原保障家庭退出，属于提标减人，请调整后重新备案。"));
        assertThat(returned.getString("data.returnStandardFiling.status")).isEqualTo("RETURNED");
        assertThat(returned.getString("data.returnStandardFiling.reviewedByOffice")).isEqualTo(PROVINCE);
        assertThat(inForce(effective)).isEqualTo("669.00");

        // A plain raise to 700 covers everyone and is accepted.
        JsonPath raise = file(county, standard("700.00", "GAP"), Household.key());
        assertThat(raise.getBoolean(impact + "reducesCoverage")).isFalse();
        assertThat(raise.getInt(impact + "householdsCoveredNew")).isEqualTo(3);
        assertThat(raise.getString(impact + "monthlyTotalNew")).isEqualTo("3450.00"); // 1800 + 450 + 1200
        String raiseId = raise.getString("data.fileStandard.id");
        JsonPath accepted = Operations.casework("AcceptStandardFiling", province, Map.of("id", raiseId, "note", "同意备案"));
        assertThat(accepted.getString("data.acceptStandardFiling.status")).isEqualTo("ACCEPTED");
        assertThat(accepted.getString("data.acceptStandardFiling.standardId")).isNotNull();
        JsonPath again = Operations.casework("AcceptStandardFiling", province, Map.of("id", raiseId));
        assertThat(again.getString("errors[0].extensions.code")).isEqualTo("FILING_ALREADY_REVIEWED");
        assertThat(again.getString("errors[0].message")).as("names the status it already has").contains("（已接受）");

        // In force from its day, not a day before.
        assertThat(inForce(effective)).isEqualTo("700.00");
        assertThat(inForce(effective.minusDays(1))).isEqualTo("669.00");

        // Household A: 1707.00 from its first payment month by 669, 1800.00 from the effective month by 700.
        JsonPath benefit = Operations.miniapp("CaseBenefit", a.applicantToken(), Map.of("id", caseA));
        assertThat(benefit.getList("data.case.benefit.periods.fromMonth"))
                .containsExactly(YearMonth.from(firstPaymentMonth).toString(), YearMonth.from(effective).toString());
        assertThat(benefit.getList("data.case.benefit.periods.monthlyAmount")).containsExactly("1707.00", "1800.00");
        assertThat(benefit.getList("data.case.benefit.periods.reason")).containsExactly("DECISION", "STANDARD_CHANGE");
        assertThat(benefit.getList("data.case.benefit.periods.standard.dibaoMonthly")).containsExactly("669.00", "700.00");
        assertThat(benefit.getString("data.case.benefit.periods[1].standard.reference")).isEqualTo("小店区民政局关于提高城市低保标准的通知（测试）");

        JsonPath history = Operations.casework("StandardHistory", null, Map.of("regionCode", COUNTY));
        assertThat(history.getList("data.standardHistory.findAll { it.area == 'URBAN' }.dibaoMonthly")).containsExactly("700.00", "669.00");
        assertThat(history.getString("data.standardHistory[0].filingId")).isEqualTo(raiseId);
    }

    @Test
    void filingsAreCheckedForWhoFilesWhereAndWhatTheyFile() {
        String otherCounty = Staff.countyOfficer("140106-MZ");
        Map<String, Object> rural = standard("600.00", "GAP");
        rural.put("regionCode", "140106");
        rural.put("area", "RURAL");

        assertThat(code(file(Tokens.staff(Role.CASEWORKER, "140106001"), rural, Household.key()))).isEqualTo("FORBIDDEN");
        assertThat(code(file(Staff.countyOfficer(BUREAU), rural, Household.key()))).isEqualTo("OUTSIDE_JURISDICTION");

        Map<String, Object> midMonth = new HashMap<>(rural);
        midMonth.put("effectiveFrom", effective.withDayOfMonth(15).toString());
        JsonPath badDate = file(otherCounty, midMonth, Household.key());
        assertThat(code(badDate)).isEqualTo("EFFECTIVE_DATE_INVALID");
        assertThat(badDate.getString("errors[0].message")).isEqualTo("执行日期有误：执行日期应为某月1日");

        Map<String, Object> past = new HashMap<>(rural);
        past.put("effectiveFrom", YearMonth.now(Casework.CHINA).minusMonths(1).atDay(1).toString());
        assertThat(code(file(otherCounty, past, Household.key()))).isEqualTo("EFFECTIVE_DATE_INVALID");

        Map<String, Object> badTiers = new HashMap<>(rural);
        badTiers.put("method", "TIERS");
        badTiers.put("tiers", List.of(Map.of("maxPerCapitaIncome", "650.00", "amountPerPerson", "600.00")));
        JsonPath tooHigh = file(otherCounty, badTiers, Household.key());
        assertThat(code(tooHigh)).isEqualTo("STANDARD_INVALID");
        assertThat(tooHigh.getString("errors[0].message")).isEqualTo("标准填写有误：各档上限应从低到高排列，且不超过低保标准");

        String key = Household.key();
        JsonPath first = file(otherCounty, rural, key);
        JsonPath retry = file(otherCounty, rural, key);
        assertThat(first.getString("data.fileStandard.id")).isNotNull().isEqualTo(retry.getString("data.fileStandard.id"));
        assertThat(first.getString("data.fileStandard.proposed.reference")).isEqualTo(rural.get("reference"));
        assertThat(first.getInt("data.fileStandard.impact.casesAssessed")).isZero();
        assertThat(code(Operations.casework("ReturnStandardFiling", Tokens.staff(Role.PROVINCIAL_OFFICER, PROVINCE),
                Map.of("id", first.getString("data.fileStandard.id"), "reasons", " ")))).isEqualTo("REASON_REQUIRED");
    }

    @Test
    void aCaseApprovedAfterAFutureStandardWasAcceptedIsPaidByItFromItsMonth() {
        String street = "140107001"; // 杏花岭区巨轮街道
        Map<String, Object> raise = standard("720.00", "GAP");
        raise.put("regionCode", "140107");
        JsonPath filed = file(Staff.countyOfficer("140107-MZ"), raise, Household.key());
        assertThat(filed.getInt("data.fileStandard.impact.casesAssessed")).isZero();
        assertThat(Operations.casework("AcceptStandardFiling", Tokens.staff(Role.PROVINCIAL_OFFICER, PROVINCE),
                Map.of("id", filed.getString("data.fileStandard.id"))).getString("data.acceptStandardFiling.status")).isEqualTo("ACCEPTED");

        Household h = new Household();
        String caseId = Payments.inPayment(h, Payments.form(h, street, "300.00"), street, "140107-MZ");

        JsonPath benefit = Operations.miniapp("CaseBenefit", h.applicantToken(), Map.of("id", caseId));
        assertThat(benefit.getList("data.case.benefit.periods.fromMonth"))
                .containsExactly(YearMonth.from(firstPaymentMonth).toString(), YearMonth.from(effective).toString());
        assertThat(benefit.getList("data.case.benefit.periods.monthlyAmount")).containsExactly("1707.00", "1860.00");
        assertThat(benefit.getList("data.case.benefit.periods.reason")).containsExactly("DECISION", "STANDARD_CHANGE");
    }

    private Map<String, Object> standard(String dibao, String method) {
        Map<String, Object> s = new HashMap<>();
        s.put("regionCode", COUNTY);
        s.put("area", "URBAN");
        s.put("effectiveFrom", effective.toString());
        s.put("reference", "小店区民政局关于提高城市低保标准的通知（测试）");
        s.put("dibaoMonthly", dibao);
        s.put("method", method);
        return s;
    }

    private static JsonPath file(String token, Map<String, Object> input, String key) {
        return Operations.casework("FileStandard", token, Map.of("input", input, "idempotencyKey", key));
    }

    private static String inForce(LocalDate on) {
        JsonPath found = Operations.miniapp("StandardInForce", null, Map.of("regionCode", STREET, "on", on.toString()));
        assertThat(found.getList("errors")).as(found.prettify()).isNull();
        return found.getString("data.standardInForce.dibaoMonthly");
    }

    private static String code(JsonPath answer) {
        return answer.getString("errors[0].extensions.code");
    }
}
