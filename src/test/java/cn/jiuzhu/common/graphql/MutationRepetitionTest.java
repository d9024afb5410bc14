package cn.jiuzhu.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.jiuzhu.identity.Role;
import cn.jiuzhu.testsupport.GraphQL;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** One request cannot repeat a step under many aliases: a full ID number is shown once per request, audited. */
@QuarkusTest
class MutationRepetitionTest {

    private final String operator = Tokens.staff(Role.HOTLINE_OPERATOR, "4103-12345");
    private Household household;
    private String caseId;

    @BeforeEach
    void aCaseTheHotlineCanSee() {
        household = new Household();
        Map<String, Object> form = new HashMap<>(household.form());
        form.put("mobileNumber", "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
        caseId = Journeys.submit(household, "DIBAO", form);
    }

    @Test
    void twoHundredUnmaskingsInOneRequestShowNothingAndLeaveNoAudit() {
        JsonPath r = GraphQL.asUser(operator, unmaskings(200));
        assertThat(r.getString("errors[0].extensions.code")).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(r.getMap("errors[0].extensions.details")).containsEntry("reason", "MUTATION_REPEATED")
                .containsEntry("field", "unmaskCaseContact").containsEntry("count", 200).containsEntry("max", 1);
        assertThat(r.getString("data")).isNull();
        assertThat(r.prettify()).doesNotContain(household.applicant);
        assertThat(audited()).isZero();
    }

    @Test
    void twoUnmaskingsAreAlreadyTooMany() {
        JsonPath r = GraphQL.asUser(operator, unmaskings(2));
        assertThat(r.getMap("errors[0].extensions.details")).containsEntry("reason", "MUTATION_REPEATED").containsEntry("count", 2);
        assertThat(audited()).isZero();
    }

    @Test
    void oneUnmaskingWorksAsBefore() {
        JsonPath r = GraphQL.asUser(operator, unmaskings(1));
        assertThat(r.getString("errors")).isNull();
        assertThat(r.getString("data.u0.idNumber")).isEqualTo(household.applicant);
        assertThat(audited()).isEqualTo(1);
    }

    @Test
    void otherStepsMayRepeatAFewTimesAndARequestHoldsAtMostTen() {
        String resident = household.applicantToken();
        JsonPath six = GraphQL.asUser(resident, "mutation { " + withdrawals("w", 6) + "}");
        assertThat(six.getMap("errors[0].extensions.details")).containsEntry("reason", "MUTATION_REPEATED")
                .containsEntry("field", "withdrawCase").containsEntry("count", 6).containsEntry("max", 5);
        JsonPath eleven = GraphQL.asUser(resident, "mutation { " + withdrawals("w", 5) + objections("o", 5)
                + "d: discardApplication(id: \"" + caseId + "\") { id } }");
        assertThat(eleven.getMap("errors[0].extensions.details")).containsEntry("reason", "MUTATIONS_TOO_MANY")
                .containsEntry("count", 11).containsEntry("max", 10);
        assertThat(Sql.text("SELECT state FROM assistance_case WHERE id = '" + caseId + "'")).as("nothing ran").isEqualTo("SUBMITTED");
    }

    private String unmaskings(int times) {
        StringBuilder document = new StringBuilder("mutation {");
        for (int i = 0; i < times; i++) {
            document.append(" u").append(i).append(": unmaskCaseContact(caseId: \"").append(caseId)
                    .append("\", reason: \"来电人要求回拨，核对联系电话\") { idNumber mobileNumber }");
        }
        return document.append(" }").toString();
    }

    private String withdrawals(String prefix, int times) {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < times; i++) {
            fields.append(prefix).append(i).append(": withdrawCase(id: \"").append(caseId).append("\", reason: \"不需要了\") { id } ");
        }
        return fields.toString();
    }

    private String objections(String prefix, int times) {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < times; i++) {
            fields.append(prefix).append(i).append(": objectToCase(id: \"").append(caseId).append("\", reasons: \"理由\") { id } ");
        }
        return fields.toString();
    }

    private long audited() {
        return Sql.count("SELECT count(*) FROM personal_data_access WHERE outcome = 'SHOWN' AND case_id = '" + caseId + "'");
    }
}
