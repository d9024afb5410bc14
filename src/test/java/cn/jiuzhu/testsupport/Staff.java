package cn.jiuzhu.testsupport;

import java.util.HashMap;
import java.util.Map;

import cn.jiuzhu.identity.Role;
import io.restassured.path.json.JsonPath;

/** Staff at work, through the casework operation files, with real tokens for real offices. */
public final class Staff {

    public static final String HUBEILU_STREET = "410305001"; // 涧西区湖北路街道办事处
    public static final String TIANJINLU_STREET = "410305002"; // 涧西区天津路街道办事处
    public static final String JIANXI_BUREAU = "410305-MZ"; // 涧西区民政局
    public static final String LAOCHENG_BUREAU = "410302-MZ"; // 老城区民政局

    private Staff() {
    }

    public static String caseworker(String office) {
        return Tokens.staff(Role.CASEWORKER, office);
    }

    public static String countyOfficer(String office) {
        return Tokens.staff(Role.COUNTY_OFFICER, office);
    }

    public static JsonPath view(String token, String caseId) {
        return GraphQL.execute(Operations.document("casework/OfficeCase"), Map.of("id", caseId), token);
    }

    public static int version(String token, String caseId) {
        return view(token, caseId).getInt("data.officeCase.version");
    }

    public static JsonPath act(String token, String caseId, String action, int expectedVersion, String reason) {
        Map<String, Object> variables = new HashMap<>(Map.of("id", caseId, "action", action, "expectedVersion", expectedVersion));
        variables.put("reason", reason);
        return GraphQL.execute(Operations.document("casework/ActOnCase"), variables, token);
    }

    /** Takes a step on the version the office sees now. */
    public static JsonPath act(String token, String caseId, String action) {
        return act(token, caseId, action, version(token, caseId), null);
    }
}
