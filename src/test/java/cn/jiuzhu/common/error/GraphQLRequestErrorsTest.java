package cn.jiuzhu.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A broken or abusive GraphQL document is refused with a code, before any resolver runs. */
@QuarkusTest
class GraphQLRequestErrorsTest {

    @Test
    void syntaxErrorIsQueryInvalid() {
        JsonPath r = GraphQL.query("{ region(code: \"41\") { name ");
        assertThat(r.getString("errors[0].extensions.code")).isEqualTo("QUERY_INVALID");
        assertThat(r.getString("errors[0].message")).isEqualTo("请求格式不正确，请更新应用后重试。");
        assertThat(r.getString("errors[0].extensions.details.description")).isNotBlank();
    }

    @Test
    void unknownFieldIsQueryInvalidAndNamesTheField() {
        JsonPath r = GraphQL.query("{ region(code: \"41\") { population } }");
        assertThat(r.getString("errors[0].extensions.code")).isEqualTo("QUERY_INVALID");
        assertThat(r.getString("errors[0].extensions.details.description")).contains("population");
        assertThat(r.getString("data")).isNull();
    }

    @Test
    void overDeepQueryIsRefusedBeforeItRuns() {
        String deep = "{ region(code: \"41\") { " + "children { ".repeat(12) + "code" + " }".repeat(12) + " } }";
        JsonPath r = GraphQL.query(deep);
        assertThat(r.getString("errors[0].extensions.code")).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(r.getString("errors[0].message")).contains("太多");
        assertThat(r.getString("data")).isNull();
    }

    @Test
    void aQueryWithinTheLimitsStillRuns() {
        String nested = "{ region(code: \"41\") { " + "parent { ".repeat(5) + "code" + " }".repeat(5) + " name } }";
        assertThat(GraphQL.query(nested).getString("data.region.name")).isEqualTo("河南省");
    }
}
