package cn.jiuzhu.attachment.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.application.Application;
import cn.jiuzhu.application.ApplicationStatus;
import cn.jiuzhu.application.service.ApplicationService;
import cn.jiuzhu.attachment.Attachment;
import cn.jiuzhu.attachment.repository.AttachmentRepository;
import cn.jiuzhu.audit.DataSubject;
import cn.jiuzhu.common.batch.OncePerRequest;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.casework.Procedure;
import cn.jiuzhu.casework.service.CaseLookupService;
import cn.jiuzhu.casework.service.CaseService;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.programme.DocumentType;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Documents for an application: while it is a draft, and afterwards while the office still works
 * on the case (补充材料). The same file sent again (a retry) is stored once.
 */
@ApplicationScoped
public class AttachmentService {

    private final Pool client;
    private final AttachmentRepository attachments;
    private final ApplicationService applications;
    private final CaseService cases;
    private final CaseLookupService lookups;
    private final OncePerRequest once;

    public AttachmentService(Pool client, AttachmentRepository attachments, ApplicationService applications, CaseService cases,
            CaseLookupService lookups, OncePerRequest once) {
        this.client = client;
        this.attachments = attachments;
        this.applications = applications;
        this.cases = cases;
        this.lookups = lookups;
        this.once = once;
    }

    public Uni<Attachment> upload(Actor actor, UUID applicationId, DocumentType type, String fileName, byte[] content) {
        String contentType = AttachmentRules.check(content);
        String sha256 = AttachmentRules.sha256(content);
        String name = AttachmentRules.cleanFileName(fileName);
        return applications.visibleTo(actor, applicationId).flatMap(application -> caseAcceptingDocuments(application)
                .flatMap(openCase -> client.withTransaction(connection -> attachments
                        .insertOnce(connection, applicationId, type, name, contentType, content, sha256, actor.subject())
                        .call(stored -> stored.isNew() && openCase != null
                                ? cases.recordSupplement(connection, openCase, actor)
                                : Uni.createFrom().voidItem()))))
                .map(AttachmentRepository.Stored::attachment);
    }

    /** Read once per request: a case's progress (missing documents) and its attachments show the same rows. */
    public Uni<List<List<Attachment>>> ofApplications(List<UUID> applicationIds) {
        return once.read("attachments", applicationIds, () -> attachments.ofApplications(applicationIds)).map(all -> {
            Map<UUID, List<Attachment>> byApplication = all.stream().collect(Collectors.groupingBy(Attachment::applicationId));
            return applicationIds.stream().map(id -> byApplication.getOrDefault(id, List.of())).toList();
        });
    }

    /** Documents still missing per application: required by the catalogue for this household, not yet uploaded. */
    public Uni<List<List<DocumentType>>> missing(List<Application> of) {
        return ofApplications(of.stream().map(Application::id).toList()).map(uploaded -> {
            List<List<DocumentType>> result = new java.util.ArrayList<>();
            for (int i = 0; i < of.size(); i++) {
                var have = uploaded.get(i).stream().map(Attachment::documentType).collect(Collectors.toSet());
                result.add(applications.requiredDocuments(of.get(i)).stream().filter(t -> !have.contains(t)).toList());
            }
            return result;
        });
    }

    /**
     * A document's content for the household it belongs to; not audited (staff open documents through the case file,
     * which checks their jurisdiction and records every opening).
     */
    public Uni<Download> download(Actor resident, UUID attachmentId) {
        return attachments.find(attachmentId)
                .map(found -> found.orElseThrow(() -> new ApiException(ErrorCode.ATTACHMENT_NOT_FOUND, Map.of("attachmentId", attachmentId))))
                .call(a -> applications.visibleTo(resident, a.applicationId())
                        .onFailure(ApiException.class).transform(e -> new ApiException(ErrorCode.ATTACHMENT_NOT_FOUND,
                                Map.of("attachmentId", attachmentId))))
                .flatMap(a -> content(a));
    }

    public Uni<Optional<Attachment>> find(UUID attachmentId) {
        return attachments.find(attachmentId);
    }

    public Uni<Download> content(Attachment attachment) {
        return attachments.content(attachment.id()).map(bytes -> new Download(attachment, bytes));
    }

    /** Whose document it is, for the record of a read: the case it belongs to, the owner of a draft, or nobody. */
    public Uni<DataSubject> dataSubjectOf(Optional<Attachment> attachment) {
        if (attachment.isEmpty()) {
            return Uni.createFrom().item(DataSubject.NONE);
        }
        UUID applicationId = attachment.get().applicationId();
        return applications.byIds(List.of(applicationId)).flatMap(found -> lookups.dataSubjectOfApplication(applicationId,
                found.isEmpty() ? null : found.get(0).ownerIdNumber()));
    }

    /** null for a draft; the case when it still takes documents; refused otherwise. */
    private Uni<AssistanceCase> caseAcceptingDocuments(Application application) {
        if (application.status() == ApplicationStatus.DRAFT) {
            return Uni.createFrom().nullItem();
        }
        if (application.status() == ApplicationStatus.DISCARDED) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.APPLICATION_NOT_FOUND, Map.of("applicationId", application.id())));
        }
        return cases.findByApplication(application.id()).map(found -> {
            AssistanceCase c = found.orElseThrow();
            if (!Procedure.acceptsDocuments(c.state())) {
                throw new ApiException(ErrorCode.CASE_ACTION_NOT_ALLOWED, Map.of("actionName",
                        CaseAction.SUPPLEMENT_DOCUMENTS.label(), "state", c.state().name()));
            }
            return c;
        });
    }

    public record Download(Attachment attachment, byte[] content) {
    }
}
