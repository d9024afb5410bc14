package cn.jiuzhu.testsupport;

import java.util.Map;

import io.restassured.path.json.JsonPath;

/** Short paths through the mini-app's operations, for tests whose subject comes after them. */
public final class Journeys {

    private Journeys() {
    }

    public static String startDraft(String token, String programme) {
        JsonPath r = Operations.miniapp("StartApplication", token, Map.of("programme", programme, "idempotencyKey", Household.key()));
        return r.getString("data.startApplication.id");
    }

    public static JsonPath save(String token, String id, int expectedVersion, Map<String, Object> form) {
        return Operations.miniapp("SaveApplicationDraft", token, Map.of("id", id, "expectedVersion", expectedVersion, "form", form));
    }

    /** A household's dibao application, saved and submitted; returns the case. */
    public static JsonPath submittedCase(Household h) {
        String token = h.applicantToken();
        String id = startDraft(token, "DIBAO");
        save(token, id, 1, h.form());
        return Operations.miniapp("SubmitApplication", token, Map.of("id", id, "idempotencyKey", Household.key()));
    }

    /** A household's application of any programme with the form given, saved and submitted; fails the test otherwise. */
    public static String submit(Household h, String programme, Map<String, Object> form) {
        return submit(h.applicantToken(), programme, form);
    }

    /** An application by the resident of {@code token}, saved and submitted; fails the test otherwise. */
    public static String submit(String token, String programme, Map<String, Object> form) {
        String id = startDraft(token, programme);
        JsonPath saved = save(token, id, 1, form);
        if (saved.getString("errors") != null) {
            throw new AssertionError(saved.prettify());
        }
        JsonPath submitted = Operations.miniapp("SubmitApplication", token, Map.of("id", id, "idempotencyKey", Household.key()));
        if (submitted.getString("errors") != null) {
            throw new AssertionError(submitted.prettify());
        }
        return submitted.getString("data.submitApplication.id");
    }

    public static String submittedCaseId(Household h) {
        return submittedCase(h).getString("data.submitApplication.id");
    }
}
