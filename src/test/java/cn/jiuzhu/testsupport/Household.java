package cn.jiuzhu.testsupport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.jiuzhu.identity.Role;

/**
 * A test household in 涧西区湖北路街道唐村社区 (410305001001, its township office 410305001): an applicant, a
 * spouse who is disabled, a child at school; each with a real signed resident token. {@link #form()} is a complete
 * dibao application as the mini-app would send it.
 */
public final class Household {

    public final String applicant = TestIds.next();
    public final String spouse = TestIds.next();
    public final String child = TestIds.next();

    public String token(String idNumber) {
        return Tokens.resident(idNumber);
    }

    public String applicantToken() {
        return token(applicant);
    }

    public static String key() {
        return UUID.randomUUID().toString();
    }

    public Map<String, Object> form() {
        Map<String, Object> form = new HashMap<>();
        form.put("residenceRegionCode", "410305001001");
        form.put("mobileNumber", "13812345678");
        form.put("members", new ArrayList<>(List.of(
                member("王建国", applicant, "SELF", null, "UNEMPLOYED", false),
                member("李秀英", spouse, "SPOUSE", "PHYSICAL", "UNABLE_TO_WORK", false),
                member("王小明", child, "CHILD", null, "NOT_WORKING_AGE", true))));
        form.put("incomes", new ArrayList<>(List.of(
                Map.of("category", "WAGES", "memberIdNumber", applicant, "monthlyAmount", "800.00",
                        "monthlyEmploymentCost", "100.00", "description", "打零工"),
                Map.of("category", "SOCIAL_ASSISTANCE", "monthlyAmount", "200.00", "description", "残疾人补贴"))));
        form.put("properties", new ArrayList<>(List.of(Map.of("type", "DEPOSIT", "value", "3000.00"))));
        form.put("expenditures", new ArrayList<>(List.of(
                Map.of("type", "REHABILITATION", "memberIdNumber", spouse, "amountLast12Months", "5600.00"))));
        form.put("answers", new ArrayList<>());
        form.put("declarations", new HashMap<>(Map.of("truthfulnessPromise", true, "verificationAuthorisation", true,
                "nearRelativeOfStaff", false)));
        return form;
    }

    public static Map<String, Object> member(String name, String id, String relation, String disability, String employment,
            boolean student) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("idNumber", id);
        m.put("relation", relation);
        m.put("disabilityType", disability);
        m.put("disabilityGrade", disability == null ? null : 2);
        m.put("seriousIllness", false);
        m.put("employment", employment);
        m.put("student", student);
        return m;
    }

    /**
     * The first village or community of a township in code order: where a test household lives when the township is what
     * matters (its office, its county). For a street (街道) that is a residents' committee, so urban as the street is.
     */
    public static String firstVillageOf(String township) {
        return Sql.text("SELECT min(code) FROM region WHERE parent_code = '" + township + "'");
    }

    public static String staffToken() {
        return Tokens.staff(Role.CASEWORKER, "410305001");
    }
}
