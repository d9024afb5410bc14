package cn.jiuzhu.attachment;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.programme.DocumentType;

@Description("A document uploaded for an application (photo or PDF). Download: GET /api/attachments/{id}/content")
public record Attachment(
        @NonNull @Id UUID id,
        @NonNull DocumentType documentType,
        @NonNull String fileName,
        @NonNull @Description("Detected from the content, not taken from the file name") String contentType,
        @NonNull int sizeBytes,
        @NonNull @Description("SHA-256 of the content, hex") String sha256,
        @NonNull OffsetDateTime uploadedAt,
        @Ignore UUID applicationId) {
}
