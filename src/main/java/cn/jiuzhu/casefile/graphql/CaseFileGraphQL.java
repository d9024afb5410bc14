package cn.jiuzhu.casefile.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import cn.jiuzhu.application.Application;
import cn.jiuzhu.attachment.Attachment;
import cn.jiuzhu.audit.DocumentOpening;
import cn.jiuzhu.casefile.service.CaseFileService;
import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseProgress;
import cn.jiuzhu.programme.DocumentType;
import io.smallrye.mutiny.Uni;

/**
 * The fields of a case and an application that need more than their own capability: progress and documents. Who may
 * see the case or application at all is decided where it is fetched ({@code case}, {@code officeCase},
 * {@code application}); these only add to what the caller already holds.
 */
@GraphQLApi
public class CaseFileGraphQL {

    private final CaseFileService caseFile;

    public CaseFileGraphQL(CaseFileService caseFile) {
        this.caseFile = caseFile;
    }

    @NonNull
    @Description("Where the case stands, its time limit and due date, and what I should do next")
    public Uni<List<@NonNull CaseProgress>> progress(@Source List<AssistanceCase> of) {
        return caseFile.progress(of);
    }

    @NonNull
    @Description("Documents uploaded for this case's application")
    @Name("attachments")
    public Uni<List<@NonNull List<@NonNull Attachment>>> caseAttachments(@Source List<AssistanceCase> of) {
        return caseFile.attachments(of);
    }

    @NonNull
    @Description("Required documents not uploaded yet")
    public Uni<List<@NonNull List<@NonNull DocumentType>>> missingDocuments(@Source List<Application> of) {
        return caseFile.missingDocuments(of);
    }

    @NonNull
    @Description("Uploaded documents (upload with POST /api/applications/{id}/attachments)")
    @Name("attachments")
    public Uni<List<@NonNull List<@NonNull Attachment>>> applicationAttachments(@Source List<Application> of) {
        return caseFile.applicationAttachments(of);
    }

    @NonNull
    @Description("The offices that opened this document (查阅), each with when it last did; never who in the office")
    public Uni<List<@NonNull List<@NonNull DocumentOpening>>> openedBy(@Source List<Attachment> of) {
        return caseFile.openings(of);
    }
}
