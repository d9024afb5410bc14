package cn.jiuzhu.casefile.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.application.Application;
import cn.jiuzhu.application.service.ApplicationService;
import cn.jiuzhu.attachment.Attachment;
import cn.jiuzhu.attachment.service.AttachmentService;
import cn.jiuzhu.audit.DocumentOpening;
import cn.jiuzhu.audit.service.PersonalDataAuditService;
import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseProgress;
import cn.jiuzhu.casework.service.Deadlines;
import cn.jiuzhu.casework.service.ProgressRules;
import cn.jiuzhu.common.time.CalendarService;
import cn.jiuzhu.programme.DocumentType;
import cn.jiuzhu.programme.service.CatalogueService;
import io.smallrye.mutiny.Uni;

/**
 * The case file as its readers see it, composed from the capabilities below: where a case stands (casework's
 * procedure and time limits, with the documents application requires and attachment has not received) and the
 * documents on file with the offices that opened them. Reads only; every list is answered for a batch of cases, in their order.
 */
@ApplicationScoped
public class CaseFileService {

    private final ApplicationService applications;
    private final AttachmentService attachments;
    private final Deadlines deadlines;
    private final CatalogueService catalogue;
    private final CalendarService calendar;
    private final PersonalDataAuditService audit;

    public CaseFileService(ApplicationService applications, AttachmentService attachments, Deadlines deadlines,
            CatalogueService catalogue, CalendarService calendar, PersonalDataAuditService audit) {
        this.applications = applications;
        this.attachments = attachments;
        this.deadlines = deadlines;
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.audit = audit;
    }

    public Uni<List<CaseProgress>> progress(List<AssistanceCase> cases) {
        List<UUID> applicationIds = cases.stream().map(AssistanceCase::applicationId).toList();
        return applications.byIds(applicationIds).flatMap(found -> {
            Map<UUID, Application> byId = found.stream().collect(Collectors.toMap(Application::id, Function.identity()));
            return attachments.missing(applicationIds.stream().map(byId::get).toList()).map(missing -> {
                Map<DocumentType, String> names = new EnumMap<>(DocumentType.class);
                for (DocumentType t : DocumentType.values()) {
                    names.put(t, catalogue.documentTypeName(t));
                }
                List<CaseProgress> result = new ArrayList<>();
                for (int i = 0; i < cases.size(); i++) {
                    AssistanceCase c = cases.get(i);
                    result.add(ProgressRules.progress(c, deadlines.limitIn(c.programme(), c.state()), missing.get(i), names,
                            calendar.calendar(), calendar.today()));
                }
                return result;
            });
        });
    }

    public Uni<List<List<Attachment>>> attachments(List<AssistanceCase> cases) {
        return attachments.ofApplications(cases.stream().map(AssistanceCase::applicationId).toList());
    }

    public Uni<List<List<DocumentType>>> missingDocuments(List<Application> of) {
        return attachments.missing(of);
    }

    public Uni<List<List<Attachment>>> applicationAttachments(List<Application> of) {
        return attachments.ofApplications(of.stream().map(Application::id).toList());
    }

    public Uni<List<List<DocumentOpening>>> openings(List<Attachment> of) {
        return audit.openingsOf(of.stream().map(Attachment::id).toList());
    }
}
