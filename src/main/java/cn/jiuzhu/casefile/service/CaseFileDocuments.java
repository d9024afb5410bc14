package cn.jiuzhu.casefile.service;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.attachment.Attachment;
import cn.jiuzhu.attachment.service.AttachmentService;
import cn.jiuzhu.attachment.service.AttachmentService.Download;
import cn.jiuzhu.audit.DataSubject;
import cn.jiuzhu.audit.PersonalDataRead;
import cn.jiuzhu.audit.service.PersonalDataAuditService;
import cn.jiuzhu.casework.service.CaseService;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.identity.Caller;
import cn.jiuzhu.identity.Role;
import cn.jiuzhu.referral.service.ReferralService;
import io.smallrye.mutiny.Uni;

/**
 * Opening a document of a case file. The household opens its own, unrecorded. Staff open the documents of a case their
 * office works on: the township handling it, its county bureau (as for {@code officeCase}) and a department the case
 * was referred to. Every opening by staff is recorded before the document leaves; every refusal is recorded too and
 * says nothing: outside their work a document does not exist for them (ATTACHMENT_NOT_FOUND), and roles that never
 * open documents (the hotline, auditors, administrators) are FORBIDDEN.
 */
@ApplicationScoped
public class CaseFileDocuments {

    static final Set<Role> STAFF_WHO_OPEN = Set.of(Role.CASEWORKER, Role.COUNTY_OFFICER, Role.DEPARTMENT_OFFICER);

    private final AttachmentService attachments;
    private final CaseService cases;
    private final ReferralService referrals;
    private final PersonalDataAuditService audit;

    public CaseFileDocuments(AttachmentService attachments, CaseService cases, ReferralService referrals,
            PersonalDataAuditService audit) {
        this.attachments = attachments;
        this.cases = cases;
        this.referrals = referrals;
        this.audit = audit;
    }

    public Uni<Download> open(Caller caller, UUID attachmentId) {
        Actor actor = caller.actor();
        if (actor.role() == Role.RESIDENT) {
            return attachments.download(actor, attachmentId);
        }
        return attachments.find(attachmentId).flatMap(found -> attachments.dataSubjectOf(found).flatMap(subject -> {
            PersonalDataRead read = PersonalDataRead.document(attachmentId, found.map(Attachment::documentType).orElse(null));
            if (!STAFF_WHO_OPEN.contains(actor.role())) {
                return audit.refuse(caller, subject, read, null, new ApiException(ErrorCode.FORBIDDEN));
            }
            ApiException notFound = new ApiException(ErrorCode.ATTACHMENT_NOT_FOUND, Map.of("attachmentId", attachmentId));
            return worksOn(actor, found, subject).flatMap(works -> works
                    ? audit.shown(caller, subject, read).flatMap(recorded -> attachments.content(found.get()))
                    : audit.refuse(caller, subject, read, null, notFound));
        }));
    }

    /** Whether the person's office works on the case the document belongs to; a draft's documents are the household's alone. */
    private Uni<Boolean> worksOn(Actor actor, Optional<Attachment> document, DataSubject subject) {
        if (document.isEmpty() || subject.caseId() == null) {
            return Uni.createFrom().item(false);
        }
        UUID caseId = subject.caseId();
        return cases.findForStaff(actor, caseId).map(c -> true)
                .onFailure(e -> e instanceof ApiException a && a.code() == ErrorCode.CASE_NOT_FOUND)
                .recoverWithUni(() -> actor.role() == Role.DEPARTMENT_OFFICER ? referrals.referredTo(caseId, actor.officeCode())
                        : Uni.createFrom().item(false));
    }
}
