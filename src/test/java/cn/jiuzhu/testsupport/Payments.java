package cn.jiuzhu.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Dibao cases taken through every staff step to payment, in any county, through the staff operations. */
public final class Payments {

    private Payments() {
    }

    /** The test household's form, living in {@code street}'s first community, with the applicant's wages as the only income. */
    public static Map<String, Object> form(Household h, String street, String monthlyWages) {
        Map<String, Object> form = h.form();
        form.put("residenceRegionCode", Household.firstVillageOf(street));
        form.put("incomes", new ArrayList<>(List.of(Map.of("category", "WAGES", "memberIdNumber", h.applicant,
                "monthlyAmount", monthlyWages, "description", "打零工"))));
        return form;
    }

    /** Submitted, investigated by {@code townshipOffice}, confirmed and put in payment by {@code countyBureau}; returns the case id. */
    public static String inPayment(Household h, Map<String, Object> form, String townshipOffice, String countyBureau) {
        String caseId = Journeys.submit(h, "DIBAO", form);
        String township = Staff.caseworker(townshipOffice);
        String county = Staff.countyOfficer(countyBureau);
        Casework.step(township, caseId, "ACCEPT");
        Casework.step(township, caseId, "START_INVESTIGATION");
        ok(Operations.casework("RecordHomeVisit", township, Map.of("caseId", caseId, "visitedOn", Casework.today().toString(),
                "staff", List.of("李娜", "赵强"), "findings", "家庭成员、收入与申报一致。")));
        ok(Casework.recordVerification(county, caseId, true, "收入、财产核对结果符合条件"));
        Casework.step(township, caseId, "START_PUBLICITY");
        Casework.publicityStartedAWeekAgo(caseId);
        Casework.step(township, caseId, "SEND_FOR_CONFIRMATION");
        Casework.step(county, caseId, "APPROVE");
        Casework.step(county, caseId, "START_PAYMENT");
        return caseId;
    }

    private static void ok(io.restassured.path.json.JsonPath answer) {
        assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
    }
}
