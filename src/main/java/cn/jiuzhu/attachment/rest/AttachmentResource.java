package cn.jiuzhu.attachment.rest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import cn.jiuzhu.attachment.Attachment;
import cn.jiuzhu.attachment.service.AttachmentRules;
import cn.jiuzhu.attachment.service.AttachmentService;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.validation.PlainText;
import cn.jiuzhu.identity.CurrentUser;
import cn.jiuzhu.identity.Roles;
import cn.jiuzhu.programme.DocumentType;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/** File upload: multipart over REST, since GraphQL has no file type (opening a document is the case file's). */
@Path("/api")
@Tag(name = "attachment")
@SecurityRequirement(name = "bearer")
public class AttachmentResource {

    private final AttachmentService attachments;
    private final CurrentUser currentUser;

    public AttachmentResource(AttachmentService attachments, CurrentUser currentUser) {
        this.attachments = attachments;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/applications/{applicationId}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.RESIDENT)
    @Blocking
    @Operation(summary = "Upload a document (photo or PDF, at most 10 MB) for an application or its case",
            description = "Form fields: documentType (e.g. ID_CARD), file. The same file sent twice is stored once.")
    public Uni<Attachment> upload(@PathParam("applicationId") UUID applicationId, @RestForm("documentType") String documentType,
            @RestForm("file") FileUpload file) throws IOException {
        DocumentType type = parseType(documentType);
        if (file == null) {
            throw new ApiException(ErrorCode.ATTACHMENT_EMPTY, Map.of("field", "file"));
        }
        AttachmentRules.requireSize(file.size());
        byte[] content = Files.readAllBytes(file.uploadedFile());
        return currentUser.actor().flatMap(actor -> attachments.upload(actor, applicationId, type, file.fileName(), content));
    }

    private static DocumentType parseType(String value) {
        PlainText.requireName("documentType", value);
        try {
            return DocumentType.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", "documentType",
                    "allowed", java.util.Arrays.stream(DocumentType.values()).map(Enum::name).toList()));
        }
    }
}
