package cn.jiuzhu.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.GraphQL;
import cn.jiuzhu.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** A result within the cost budget but larger than the response cap is replaced, not sent. */
@QuarkusTest
@TestProfile(ResponseCapTest.SmallCap.class)
class ResponseCapTest {

    public static class SmallCap implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jiuzhu.graphql.max-response-size", "8K");
        }
    }

    @Test
    void aResultLargerThanTheCapIsRefused() {
        JsonPath r = GraphQL.asUser(Tokens.resident(Tokens.RESIDENT_ID), "{ provinces { code name children { code name } } }");
        assertThat(r.getString("errors[0].extensions.code")).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(r.getMap("errors[0].extensions.details")).containsEntry("reason", "RESPONSE_TOO_LARGE")
                .containsEntry("limitBytes", 8192);
        assertThat(r.getString("data")).isNull();
    }

    @Test
    void aSmallerResultIsSentAsItIs() {
        JsonPath r = GraphQL.query("{ region(code: \"41\") { name children { code name } } }");
        assertThat(r.getString("errors")).isNull();
        assertThat(r.getString("data.region.name")).isEqualTo("河南省");
    }
}
