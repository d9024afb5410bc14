package cn.jiuzhu.casefile.rest;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.jiuzhu.casefile.service.CaseFileDocuments;
import cn.jiuzhu.identity.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/** A document of a case file, as the file shows it: the uploaded bytes, inline. */
@Path("/api")
@Tag(name = "attachment")
@SecurityRequirement(name = "bearer")
public class DocumentResource {

    private final CaseFileDocuments documents;
    private final CurrentUser currentUser;

    public DocumentResource(CaseFileDocuments documents, CurrentUser currentUser) {
        this.documents = documents;
        this.currentUser = currentUser;
    }

    /** Open to every signed-in role, so that a refusal is decided, and recorded, in one place. */
    @GET
    @Path("/attachments/{attachmentId}/content")
    @Authenticated
    @Operation(summary = "Open a document",
            description = "The household opens its own documents. Staff open those of the cases their office works on: the "
                    + "township handling the case, its county bureau, a department the case was referred to; each opening is "
                    + "recorded, and the household sees which office opened it. Other staff: 404 ATTACHMENT_NOT_FOUND; the "
                    + "hotline, auditors and administrators: 403 FORBIDDEN; each refusal is recorded too.")
    public Uni<Response> open(@PathParam("attachmentId") UUID attachmentId) {
        return currentUser.caller().flatMap(caller -> documents.open(caller, attachmentId)).map(d -> Response.ok(d.content())
                .type(d.attachment().contentType())
                .header("Content-Disposition", "inline")
                .header("X-Content-Type-Options", "nosniff")
                .build());
    }
}
