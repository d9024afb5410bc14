package cn.jiuzhu.hotline;

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
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Staff;
import cn.jiuzhu.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The hotline identifies a caller by any of three keys, sees their cases masked, and unmasks only with a reason, audited. */
@QuarkusTest
class CallerLookupTest {

    private static final String LUOYANG_HOTLINE = "4103-12345";

    private final String operator = Tokens.staff(Role.HOTLINE_OPERATOR, LUOYANG_HOTLINE);
    private Household household;
    private String mobile;
    private String caseId;
    private String caseNumber;

    @BeforeEach
    void aHouseholdWithACase() {
        household = new Household();
        mobile = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Map<String, Object> form = new HashMap<>(household.form());
        form.put("mobileNumber", mobile);
        caseId = Journeys.submit(household, "DIBAO", form);
        caseNumber = Sql.text("SELECT case_number FROM assistance_case WHERE id = '" + caseId + "'");
    }

    @Test
    void byMobileNumberWithPersonalDataMasked() {
        JsonPath r = identify(Map.of("mobileNumber", mobile));
        assertThat(r.getString("data.identifyCaller.maskedMobileNumber")).isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
        assertThat(r.getList("data.identifyCaller.cases.id")).containsExactly(caseId);
        assertThat(r.getString("data.identifyCaller.cases[0].applicantName")).isEqualTo("王建国");
        assertThat(r.getList("data.identifyCaller.cases[0].timeline.action")).containsExactly("SUBMIT");
        assertThat(r.prettify()).doesNotContain(mobile, household.applicant, household.spouse);
    }

    @Test
    void byTheIdNumberOfAnyHouseholdMember() {
        JsonPath r = identify(Map.of("idNumber", household.spouse));
        assertThat(r.getString("data.identifyCaller.maskedIdNumber"))
                .isEqualTo(household.spouse.substring(0, 3) + "***********" + household.spouse.substring(14));
        assertThat(r.getList("data.identifyCaller.cases.id")).containsExactly(caseId);
        assertThat(r.prettify()).doesNotContain(household.spouse);
    }

    @Test
    void byCaseNumberAsReadOverThePhone() {
        assertThat(identify(Map.of("caseNumber", caseNumber.toLowerCase())).getList("data.identifyCaller.cases.id")).containsExactly(caseId);
    }

    @Test
    void anotherCitysHotlineDoesNotSeeTheCase() {
        String zhengzhou = Tokens.staff(Role.HOTLINE_OPERATOR, "4101-12345");
        assertThat(GraphQL.execute(Operations.document("hotline/IdentifyCaller"), Map.of("mobileNumber", mobile), zhengzhou)
                .getList("data.identifyCaller.cases")).isEmpty();
        assertThat(unmask(zhengzhou, "回访核实身份").getString("errors[0].extensions.code")).isEqualTo("CASE_NOT_FOUND");
    }

    @Test
    void exactlyOneKeyIsAsked() {
        assertThat(identify(Map.of("mobileNumber", mobile, "caseNumber", caseNumber)).getString("errors[0].extensions.code"))
                .isEqualTo("VALIDATION_FAILED");
        assertThat(identify(Map.of("idNumber", "110105194912310021")).getString("errors[0].extensions.code"))
                .isEqualTo("ID_NUMBER_INVALID");
    }

    @Test
    void aNulInTheSearchTextIsTextInvalidNotASystemError() {
        JsonPath r = identify(Map.of("mobileNumber", mobile.substring(0, 5) + "\u0000" + mobile.substring(5)));
        assertThat(r.getString("errors[0].extensions.code")).isEqualTo("TEXT_INVALID");
        assertThat(r.getString("errors[0].extensions.details.field")).isEqualTo("variables.mobileNumber");
        assertThat(r.getString("data")).isNull();
        assertThat(identify(Map.of("caseNumber", caseNumber + "\u202E")).getString("errors[0].extensions.details.reason"))
                .isEqualTo("BIDI_CONTROL");
    }

    @Test
    void unmaskingNeedsAReasonAndIsAudited() {
        String shown = "SELECT count(*) FROM personal_data_access WHERE outcome = 'SHOWN' AND case_id = '" + caseId + "'";
        assertThat(unmask(operator, "看").getString("errors[0].extensions.code")).isEqualTo("REASON_REQUIRED");
        assertThat(Sql.count(shown)).isZero();

        JsonPath r = unmask(operator, "来电人要求回拨，核对联系电话");
        assertThat(r.getString("data.unmaskCaseContact.idNumber")).isEqualTo(household.applicant);
        assertThat(r.getString("data.unmaskCaseContact.mobileNumber")).isEqualTo(mobile);
        assertThat(Sql.text("SELECT actor_role || '|' || actor_subject || '|' || actor_office_code || '|' || kind || '|' "
                + "|| array_to_string(fields, ',') || '|' || reason FROM personal_data_access WHERE outcome = 'SHOWN' AND case_id = '"
                + caseId + "'"))
                .isEqualTo("hotline_operator|hotline_operator-4103-12345|4103-12345|CASE_CONTACT|ID_NUMBER,MOBILE_NUMBER|来电人要求回拨，核对联系电话");
    }

    @Test
    void onlyOperatorsUseTheHotlineOperationsAndTheyNeverDecide() {
        for (String token : new String[] { household.applicantToken(), Staff.caseworker(Staff.HUBEILU_STREET) }) {
            assertThat(GraphQL.execute(Operations.document("hotline/IdentifyCaller"), Map.of("mobileNumber", mobile), token)
                    .getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
            assertThat(unmask(token, "想看看完整号码").getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        }
        assertThat(Staff.act(operator, caseId, "ACCEPT", 1, null).getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
    }

    private JsonPath identify(Map<String, Object> variables) {
        return GraphQL.execute(Operations.document("hotline/IdentifyCaller"), variables, operator);
    }

    private JsonPath unmask(String token, String reason) {
        return GraphQL.execute(Operations.document("hotline/UnmaskCaseContact"), Map.of("caseId", caseId, "reason", reason), token);
    }
}
