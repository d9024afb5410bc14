package cn.jiuzhu.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * frontend-contract/schema.graphql is what front ends build against, so it must be exactly the
 * schema the service serves. After an intended change, rewrite it with
 * {@code ./mvnw test -Dtest=SchemaContractTest -Dcontract.update=true} and commit it with the code.
 */
@QuarkusTest
class SchemaContractTest {

    static final Path CONTRACT = Path.of("frontend-contract", "schema.graphql");

    @Test
    void committedSchemaIsTheServedSchema() throws IOException {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        assertThat(served).contains("type Query");
        if (Boolean.getBoolean("contract.update")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(CONTRACT))
                .as("%s is missing; run with -Dcontract.update=true to write it", CONTRACT).isTrue();
        assertThat(Files.readString(CONTRACT, StandardCharsets.UTF_8))
                .as("%s differs from the served schema; if the change is intended, rerun with -Dcontract.update=true "
                        + "and note any breaking change in frontend-contract/CHANGELOG.md", CONTRACT)
                .isEqualTo(served);
    }
}
