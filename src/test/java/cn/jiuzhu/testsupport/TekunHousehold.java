package cn.jiuzhu.testsupport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An extreme-poverty household (特困): an older person living alone, or with an older spouse, with no income and no
 * legal supporter, each with a real signed resident token. {@link #form(String)} is a complete tekun application as
 * the mini-app would send it.
 */
public final class TekunHousehold {

    public final String elder = TestIds.bornIn(1948);
    public final String spouse = TestIds.bornIn(1951);
    private final boolean withSpouse;

    private TekunHousehold(boolean withSpouse) {
        this.withSpouse = withSpouse;
    }

    /** 赵桂兰, 78, alone. */
    public static TekunHousehold livingAlone() {
        return new TekunHousehold(false);
    }

    /** 赵桂兰 and her husband 孙德山, 75. */
    public static TekunHousehold couple() {
        return new TekunHousehold(true);
    }

    public String token() {
        return Tokens.resident(elder);
    }

    public Map<String, Object> form(String residenceRegionCode) {
        Map<String, Object> form = new HashMap<>();
        // Tekun needs the village: a township's first community stands in for a township code.
        form.put("residenceRegionCode", residenceRegionCode.length() == 9 ? Household.firstVillageOf(residenceRegionCode)
                : residenceRegionCode);
        form.put("mobileNumber", "13912345678");
        List<Map<String, Object>> members = new ArrayList<>(List.of(Household.member("赵桂兰", elder, "SELF", null, "NOT_WORKING_AGE", false)));
        if (withSpouse) {
            members.add(Household.member("孙德山", spouse, "SPOUSE", null, "NOT_WORKING_AGE", false));
        }
        form.put("members", members);
        form.put("incomes", new ArrayList<>());
        form.put("properties", new ArrayList<>());
        form.put("expenditures", new ArrayList<>());
        form.put("answers", new ArrayList<>(List.of(Map.of("key", "selfCareEating", "value", "true"),
                Map.of("key", "selfCareDressing", "value", "false"), Map.of("key", "selfCareBed", "value", "true"),
                Map.of("key", "selfCareToilet", "value", "true"), Map.of("key", "selfCareIndoorWalking", "value", "false"),
                Map.of("key", "selfCareBathing", "value", "false"), Map.of("key", "hasLegalSupporter", "value", "false"),
                Map.of("key", "supportMode", "value", "AT_HOME"))));
        form.put("declarations", new HashMap<>(Map.of("truthfulnessPromise", true, "verificationAuthorisation", true,
                "nearRelativeOfStaff", false)));
        return form;
    }
}
