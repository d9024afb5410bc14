package cn.jiuzhu.benefit.service;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.casework.service.CaseDecisionListener;
import cn.jiuzhu.casework.service.CaseRecordService;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Dibao and extreme-poverty support: the decision's amount is the one the rules give for the first payment month, by
 * the standard in force then, recorded with that version on the decision, in the approval's transaction; dibao's
 * published amount is the rules' too. Casework calls this through its seam and knows nothing of benefits; the amount
 * goes back down through casework's own service.
 */
@ApplicationScoped
public class ApprovedAmount implements CaseDecisionListener {

    private final BenefitService benefits;
    private final CaseRecordService caseRecords;

    private final ReviewService reviews;

    public ApprovedAmount(BenefitService benefits, CaseRecordService caseRecords, ReviewService reviews) {
        this.reviews = reviews;
        this.benefits = benefits;
        this.caseRecords = caseRecords;
    }

    @Override
    public Uni<Void> approved(SqlConnection connection, Approval approval) {
        if (!BenefitService.computed(approval.c().programme())) {
            return Uni.createFrom().voidItem();
        }
        return benefits.assessOnApproval(connection, approval.c(), approval.firstPaymentMonth()).flatMap(assessed -> caseRecords
                .recordDecidedAmount(connection, approval.c().id(), assessed.monthlyAmount(), assessed.standardId()));
    }

    @Override
    public Uni<Void> reviewDecided(SqlConnection connection, Review review) {
        return reviews.decided(connection, review);
    }

    @Override
    public Uni<Void> reviewRevoked(SqlConnection connection, Review review) {
        return reviews.revoked(connection, review);
    }

    /** The amount on the noticeboard is the rules' for the household as verified, by the standard in force that day. */
    @Override
    public Uni<Void> publicised(SqlConnection connection, Publicity publicity) {
        if (!BenefitService.computed(publicity.c().programme())) {
            return Uni.createFrom().voidItem();
        }
        return benefits.assessForPublicity(connection, publicity.c()).flatMap(amount -> caseRecords.recordPublishedAmount(connection,
                publicity.c().id(), amount, publicity.actor(), publicity.actorLabel()));
    }
}
