package cn.jiuzhu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.notification.service.NotificationOutbox;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.RecordingNotificationSender;
import cn.jiuzhu.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Notifications are written with the event that causes them, delivered by the dispatcher, retried, never lost. */
@QuarkusTest
class NotificationDeliveryTest {

    @Inject
    NotificationOutbox outbox;

    @Inject
    RecordingNotificationSender sender;


    @Test
    void submittingWritesTheEventAndItsNotificationInOneTransaction() {
        Household h = new Household();
        JsonPath submitted = Journeys.submittedCase(h);
        String caseId = submitted.getString("data.submitApplication.id");
        String caseNumber = submitted.getString("data.submitApplication.caseNumber");

        String row = Sql.text("""
                SELECT n.recipient || '|' || n.channel || '|' || n.status || '|' || n.body || '|' || e.action
                  FROM notification_outbox n JOIN case_event e ON e.id = n.case_event_id
                 WHERE n.case_id = '%s'""".formatted(caseId));
        assertThat(row).startsWith(h.applicant + "|MINIAPP|PENDING|").contains(caseNumber).endsWith("|SUBMIT");
    }

    @Test
    void aRefusedSubmissionLeavesNeitherEventNorNotification() {
        Household h = new Household();
        Journeys.submittedCase(h);
        long eventsBefore = Sql.count("SELECT count(*) FROM case_event");
        long outboxBefore = Sql.count("SELECT count(*) FROM notification_outbox");

        String second = Journeys.startDraft(h.applicantToken(), "DIBAO");
        Journeys.save(h.applicantToken(), second, 1, h.form());
        JsonPath refused = Operations.miniapp("SubmitApplication", h.applicantToken(), Map.of("id", second, "idempotencyKey", Household.key()));
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("OPEN_CASE_EXISTS");

        assertThat(Sql.count("SELECT count(*) FROM case_event")).isEqualTo(eventsBefore);
        assertThat(Sql.count("SELECT count(*) FROM notification_outbox")).isEqualTo(outboxBefore);
        assertThat(Sql.count("SELECT count(*) FROM case_number_sequence WHERE last_value > 1000000")).isZero();
    }

    @Test
    void theDispatcherDeliversRetriesAfterAFailureAndNeverSendsTwice() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        // Make everything else already delivered, so this test watches only its own notification.
        drain();

        Operations.miniapp("WithdrawCase", h.applicantToken(), Map.of("id", caseId));
        sender.failNext(1);
        assertThat(outbox.dispatchDue().await().indefinitely()).as("the gateway fails").isZero();
        assertThat(Sql.text("SELECT status || '|' || attempts || '|' || last_error FROM notification_outbox n "
                + "JOIN case_event e ON e.id = n.case_event_id WHERE n.case_id = '" + caseId + "' AND e.action = 'WITHDRAW'"))
                .isEqualTo("PENDING|1|gateway unavailable");

        Sql.exec("UPDATE notification_outbox SET next_attempt_at = now() WHERE case_id = '" + caseId + "'");
        int before = sender.sent().size();
        assertThat(outbox.dispatchDue().await().indefinitely()).isEqualTo(1);
        assertThat(sender.sent().subList(before, sender.sent().size()))
                .singleElement().satisfies(n -> {
                    assertThat(n.recipient()).isEqualTo(h.applicant);
                    assertThat(n.title()).isEqualTo("申请已撤回");
                });
        assertThat(outbox.dispatchDue().await().indefinitely()).as("nothing is sent twice").isZero();
        assertThat(Sql.count("SELECT count(*) FROM notification_outbox WHERE case_id = '" + caseId + "' AND status = 'SENT'"))
                .isEqualTo(2);
    }

    private void drain() {
        while (outbox.dispatchDue().await().indefinitely() > 0) {
            // keep dispatching until nothing is due
        }
    }

}
