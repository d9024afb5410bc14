package cn.jiuzhu.attachment.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.attachment.Attachment;
import cn.jiuzhu.common.sql.Rows;
import cn.jiuzhu.programme.DocumentType;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

@ApplicationScoped
public class AttachmentRepository {

    private static final String COLUMNS = "SELECT id, application_id, document_type, file_name, content_type, size_bytes, sha256, uploaded_at FROM attachment ";

    private final Pool client;

    public AttachmentRepository(Pool client) {
        this.client = client;
    }

    /** Stores the file unless the same bytes are already there for this document type; returns the stored one either way. */
    public Uni<Stored> insertOnce(SqlConnection connection, UUID applicationId, DocumentType type, String fileName,
            String contentType, byte[] content, String sha256, String uploadedBy) {
        UUID id = UUID.randomUUID();
        return connection.preparedQuery("""
                INSERT INTO attachment (id, application_id, document_type, file_name, content_type, size_bytes, sha256, uploaded_by)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                ON CONFLICT (application_id, document_type, sha256) DO NOTHING""")
                .execute(Tuple.from(List.of(id, applicationId, type.name(), fileName, contentType, content.length, sha256, uploadedBy)))
                .flatMap(rows -> {
                    boolean inserted = Rows.changed(rows);
                    Uni<Void> body = inserted
                            ? connection.preparedQuery("INSERT INTO attachment_content (attachment_id, content) VALUES ($1, $2)")
                                    .execute(Tuple.of(id, Buffer.buffer(content))).replaceWithVoid()
                            : Uni.createFrom().voidItem();
                    return body.flatMap(ignored -> connection.preparedQuery(COLUMNS
                            + "WHERE application_id = $1 AND document_type = $2 AND sha256 = $3")
                            .execute(Tuple.of(applicationId, type.name(), sha256)))
                            .map(found -> new Stored(Rows.one(found, AttachmentRepository::toAttachment), inserted));
                });
    }

    public Uni<List<Attachment>> ofApplications(Collection<UUID> applicationIds) {
        return client.preparedQuery(COLUMNS + "WHERE application_id = ANY($1) ORDER BY uploaded_at, id")
                .execute(Tuple.of(applicationIds.toArray(UUID[]::new))).map(rows -> Rows.all(rows, AttachmentRepository::toAttachment));
    }

    public Uni<Optional<Attachment>> find(UUID id) {
        return client.preparedQuery(COLUMNS + "WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> Rows.first(rows, AttachmentRepository::toAttachment));
    }

    public Uni<byte[]> content(UUID id) {
        return client.preparedQuery("SELECT content FROM attachment_content WHERE attachment_id = $1").execute(Tuple.of(id))
                .map(rows -> Rows.one(rows, r -> r.getBuffer("content").getBytes()));
    }

    private static Attachment toAttachment(Row row) {
        return new Attachment(row.getUUID("id"), DocumentType.valueOf(row.getString("document_type")), row.getString("file_name"),
                row.getString("content_type"), row.getInteger("size_bytes"), row.getString("sha256"),
                row.getOffsetDateTime("uploaded_at"), row.getUUID("application_id"));
    }

    public record Stored(Attachment attachment, boolean isNew) {
    }
}
