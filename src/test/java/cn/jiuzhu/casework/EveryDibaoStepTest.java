package cn.jiuzhu.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.jiuzhu.casework.Procedure.Transition;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every staff step of the dibao table, from every state it leaves: refused to the wrong role, refused
 * to the same role in the wrong office, and taken by the right one (or stopped only by a missing
 * record, which CaseRecordsTest covers).
 */
@QuarkusTest
class EveryDibaoStepTest {

    static Stream<Object[]> staffSteps() {
        return Procedure.DIBAO.transitions().stream().filter(t -> t.responsible() != Responsible.HOUSEHOLD)
                .flatMap(t -> t.from().stream().map(from -> new Object[] { t.action(), from, t }));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("staffSteps")
    void onlyTheResponsibleOfficeTakesTheStep(CaseAction action, CaseState from, Transition t) {
        String caseId = Journeys.submittedCaseId(new Household());
        // Stands in for the steps before this one; the publicity has run its seven days.
        Sql.exec("UPDATE assistance_case SET state = '" + from + "', state_since = now() - interval '8 days' WHERE id = '" + caseId + "'");
        String reason = "依据调查结果";

        String right = t.responsible() == Responsible.COUNTY ? Staff.countyOfficer(Staff.JIANXI_BUREAU) : Staff.caseworker(Staff.HUBEILU_STREET);
        String wrongRole = t.responsible() == Responsible.COUNTY ? Staff.caseworker(Staff.HUBEILU_STREET) : Staff.countyOfficer(Staff.JIANXI_BUREAU);
        String wrongOffice = t.responsible() == Responsible.COUNTY ? Staff.countyOfficer(Staff.LAOCHENG_BUREAU)
                : Staff.caseworker(Staff.TIANJINLU_STREET);
        int version = Staff.version(right, caseId);

        assertThat(code(Staff.act(wrongRole, caseId, action.name(), version, reason))).isIn("FORBIDDEN", "OUTSIDE_JURISDICTION");
        assertThat(code(Staff.act(wrongOffice, caseId, action.name(), version, reason))).isEqualTo("CASE_NOT_FOUND");

        JsonPath taken = action == CaseAction.TRANSFER
                ? cn.jiuzhu.testsupport.GraphQL.execute(cn.jiuzhu.testsupport.Operations.document("casework/TransferCase"),
                        java.util.Map.of("id", caseId, "toOfficeCode", Staff.TIANJINLU_STREET, "reason", reason, "expectedVersion", version), right)
                : Staff.act(right, caseId, action.name(), version, reason);
        if (code(taken) != null) {
            assertThat(code(taken)).as(taken.prettify()).isEqualTo("PRECONDITION_MISSING");
            assertThat(Sql.text("SELECT state FROM assistance_case WHERE id = '" + caseId + "'")).isEqualTo(from.name());
        } else {
            assertThat(Sql.text("SELECT state FROM assistance_case WHERE id = '" + caseId + "'")).isEqualTo(t.to().name());
            assertThat(Sql.count("SELECT count(*) FROM case_event WHERE case_id = '" + caseId + "' AND action = '" + action
                    + "' AND from_state = '" + from + "' AND to_state = '" + t.to() + "'")).as("audited").isEqualTo(1);
        }
    }

    private static String code(JsonPath r) {
        return r.getString("errors[0].extensions.code");
    }
}
