package cn.jiuzhu.common.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.identity.Role;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** Every caller has a budget: a storm from one client is cut off with 429 and told when to come back; others go on. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBudgets.class)
class RateLimitTest {

    public static class SmallBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jiuzhu.rate-limit.anonymous.burst", "20", "jiuzhu.rate-limit.anonymous.per-minute", "60",
                    "jiuzhu.rate-limit.authenticated.burst", "40", "jiuzhu.rate-limit.authenticated.per-minute", "120");
        }
    }

    private static final String SELF_ASSESSMENT = """
            { selfAssessment(input: {regionCode: "410305001", members: [{age: 40}, {age: 10}],
                incomes: [{category: WAGES, monthlyAmount: "600.00"}]}) { results { programmeName outcome } } }""";

    @Test
    void anAnonymousStormOfSelfAssessmentsIsCutOffWith429AndRetryAfter() {
        List<Integer> statuses = new ArrayList<>();
        Response refused = null;
        for (int i = 0; i < 100; i++) {
            Response r = given().contentType("application/json").body(Map.of("query", SELF_ASSESSMENT)).post("/graphql");
            statuses.add(r.statusCode());
            if (r.statusCode() == 429 && refused == null) {
                refused = r;
            }
        }
        long answered = statuses.stream().filter(s -> s == 200).count();
        assertThat(answered).as("the burst and what refilled meanwhile, not the storm").isBetween(20L, 40L);
        assertThat(statuses).contains(429);
        assertThat(refused.header("Retry-After")).matches("[1-9][0-9]*");
        assertThat(refused.jsonPath().getString("code")).isEqualTo("RATE_LIMITED");
        assertThat(refused.jsonPath().getString("errors[0].extensions.code")).isEqualTo("RATE_LIMITED");
        assertThat(refused.jsonPath().getBoolean("errors[0].extensions.retryable")).isTrue();
        assertThat(refused.jsonPath().getBoolean("retryable")).isTrue();
        assertThat(refused.jsonPath().getString("errors[0].message")).startsWith("操作太频繁了，请").endsWith("秒后再试。");
        assertThat(refused.jsonPath().getInt("details.retryAfterSeconds")).isEqualTo(Integer.parseInt(refused.header("Retry-After")));

        assertThat(given().get("/q/health/ready").statusCode()).as("health checks are not limited").isEqualTo(200);
        String token = Tokens.resident(Tokens.RESIDENT_ID);
        assertThat(Operations.miniapp("Programmes", token, Map.of()).getList("data.programmes")).as("a signed-in caller has a budget of its own")
                .isNotEmpty();
    }

    @Test
    void eachSignedInCallerHasABudgetOfItsOwnOnRestToo() {
        String busy = Tokens.staff(Role.CASEWORKER, "410305001", "caseworker-busy");
        String other = Tokens.staff(Role.CASEWORKER, "410305001", "caseworker-other");
        int refused = 0;
        Response lastRefused = null;
        for (int i = 0; i < 80; i++) {
            Response r = given().auth().oauth2(busy).get("/api/me");
            if (r.statusCode() == 429) {
                refused++;
                lastRefused = r;
            }
        }
        // Not "the last request is refused": the bucket refills one request every half second, and the last one may
        // be the one that got it.
        assertThat(refused).isGreaterThan(20);
        assertThat(lastRefused.header("Retry-After")).isNotBlank();
        assertThat(lastRefused.jsonPath().getString("code")).isEqualTo("RATE_LIMITED");
        assertThat(given().auth().oauth2(other).get("/api/me").statusCode()).isEqualTo(200);
    }
}
