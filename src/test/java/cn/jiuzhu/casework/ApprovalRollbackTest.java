package cn.jiuzhu.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.Casework;
import cn.jiuzhu.testsupport.FailingDecisionListener;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * An approval and what the capabilities above casework do with it (benefit fixing the amount) commit together or
 * not at all: when one of them fails, the case is still awaiting confirmation, with no decision, amount, event or
 * notification on file, and the same approval succeeds once the cause is gone.
 */
@QuarkusTest
class ApprovalRollbackTest {

    @Test
    void anApprovalWhoseEffectsFailLeavesNothingOnFileAndCanBeTakenAgain() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        Casework.sentForConfirmation(caseId);
        int version = Staff.version(Casework.county(), caseId);
        long events = Sql.count("SELECT count(*) FROM case_event WHERE case_id = '" + caseId + "'");
        long notifications = Sql.count("SELECT count(*) FROM notification_outbox WHERE case_id = '" + caseId + "'");

        FailingDecisionListener.failFor(UUID.fromString(caseId));
        JsonPath refused;
        try {
            refused = Casework.act(Casework.county(), caseId, "APPROVE", null);
        } finally {
            FailingDecisionListener.stopFailingFor(UUID.fromString(caseId));
        }

        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("INTERNAL_ERROR");
        assertThat(Sql.text("SELECT state || ' ' || version FROM assistance_case WHERE id = '" + caseId + "'"))
                .isEqualTo("CONFIRMATION " + version);
        assertThat(Sql.count("SELECT count(*) FROM case_decision WHERE case_id = '" + caseId + "'")).isZero();
        assertThat(Sql.count("SELECT count(*) FROM case_event WHERE case_id = '" + caseId + "'")).isEqualTo(events);
        assertThat(Sql.count("SELECT count(*) FROM notification_outbox WHERE case_id = '" + caseId + "'")).isEqualTo(notifications);

        Casework.step(Casework.county(), caseId, "APPROVE");
        assertThat(Sql.text("SELECT state FROM assistance_case WHERE id = '" + caseId + "'")).isEqualTo("APPROVED");
        assertThat(Sql.text("SELECT monthly_amount FROM case_decision WHERE case_id = '" + caseId + "'")).isEqualTo("1307.00");
    }
}
