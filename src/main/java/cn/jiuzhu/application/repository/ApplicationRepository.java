package cn.jiuzhu.application.repository;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiuzhu.application.Application;
import cn.jiuzhu.application.ApplicationChannel;
import cn.jiuzhu.application.ApplicationStatus;
import cn.jiuzhu.application.form.ApplicationForm;
import cn.jiuzhu.common.sql.Rows;
import cn.jiuzhu.programme.Programme;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

@ApplicationScoped
public class ApplicationRepository {

    private static final String RETURNED = "id, programme, status, form::text AS form, version, created_at, updated_at, channel, "
            + "owner_id_number, filed_by, filed_by_office";
    private static final String COLUMNS = "SELECT " + RETURNED + " FROM application ";

    private final Pool client;
    private final ObjectMapper json;

    public ApplicationRepository(Pool client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    public Uni<Application> insert(SqlClient connection, UUID id, Programme programme, String owner, ApplicationForm form) {
        return insert(connection, id, programme, owner, form, ApplicationChannel.MINIAPP, null, null);
    }

    /** A draft a hotline operator starts for a caller: owned by the caller, filed by the operator. */
    public Uni<Application> insertFiledBy(SqlClient connection, UUID id, Programme programme, String owner, ApplicationForm form,
            String operator, String operatorOffice) {
        return insert(connection, id, programme, owner, form, ApplicationChannel.HOTLINE, operator, operatorOffice);
    }

    private Uni<Application> insert(SqlClient connection, UUID id, Programme programme, String owner, ApplicationForm form,
            ApplicationChannel channel, String filedBy, String filedByOffice) {
        return connection.preparedQuery("""
                INSERT INTO application (id, programme, owner_id_number, status, form, channel, filed_by, filed_by_office)
                VALUES ($1, $2, $3, 'DRAFT', $4::jsonb, $5, $6, $7)
                RETURNING\s""" + RETURNED)
                .execute(Tuple.from(Arrays.asList(id, programme.name(), owner, toJson(form), channel.name(), filedBy, filedByOffice)))
                .map(rows -> Rows.one(rows, this::toApplication));
    }

    /** Saves a draft if it is still the version the client read; empty when it is not (or not a draft). */
    public Uni<Optional<Application>> updateDraft(UUID id, String owner, int expectedVersion, ApplicationForm form) {
        return client.preparedQuery("""
                UPDATE application SET form = $4::jsonb, version = version + 1, updated_at = now()
                 WHERE id = $1 AND owner_id_number = $2 AND status = 'DRAFT' AND version = $3
                RETURNING\s""" + RETURNED)
                .execute(Tuple.of(id, owner, expectedVersion, toJson(form)))
                .map(this::first);
    }

    /** As {@link #updateDraft}, for the operator who filed the draft. */
    public Uni<Optional<Application>> updateDraftFiledBy(UUID id, String operator, int expectedVersion, ApplicationForm form) {
        return client.preparedQuery("""
                UPDATE application SET form = $4::jsonb, version = version + 1, updated_at = now()
                 WHERE id = $1 AND filed_by = $2 AND status = 'DRAFT' AND version = $3
                RETURNING\s""" + RETURNED)
                .execute(Tuple.of(id, operator, expectedVersion, toJson(form)))
                .map(this::first);
    }

    public Uni<Optional<Application>> find(UUID id) {
        return client.preparedQuery(COLUMNS + "WHERE id = $1").execute(Tuple.of(id)).map(this::first);
    }

    /** Locks the row for the submitting transaction. */
    public Uni<Optional<Application>> lock(SqlConnection connection, UUID id) {
        return connection.preparedQuery(COLUMNS + "WHERE id = $1 FOR UPDATE").execute(Tuple.of(id)).map(this::first);
    }

    public Uni<Void> setStatus(SqlClient connection, UUID id, ApplicationStatus status) {
        return connection.preparedQuery("UPDATE application SET status = $2, updated_at = now() WHERE id = $1")
                .execute(Tuple.of(id, status.name())).replaceWithVoid();
    }

    public Uni<List<Application>> findAll(List<UUID> ids) {
        return client.preparedQuery(COLUMNS + "WHERE id = ANY($1)").execute(Tuple.of(ids.toArray(UUID[]::new)))
                .map(rows -> Rows.all(rows, this::toApplication));
    }

    public Uni<List<Application>> findDraftsOf(String owner) {
        return client.preparedQuery(COLUMNS + "WHERE owner_id_number = $1 AND status = 'DRAFT' ORDER BY updated_at DESC LIMIT 50")
                .execute(Tuple.of(owner)).map(rows -> Rows.all(rows, this::toApplication));
    }

    /** A JsonObject, not a String: the PostgreSQL client would store a String as one JSON string value. */
    private JsonObject toJson(ApplicationForm form) {
        try {
            return new JsonObject(json.writeValueAsString(form));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write application form", e);
        }
    }

    private Optional<Application> first(RowSet<Row> rows) {
        return Rows.first(rows, this::toApplication);
    }

    private Application toApplication(Row row) {
        try {
            return new Application(row.getUUID("id"), Programme.valueOf(row.getString("programme")),
                    ApplicationStatus.valueOf(row.getString("status")),
                    json.readValue(row.getString("form"), ApplicationForm.class), row.getInteger("version"),
                    row.getOffsetDateTime("created_at"), row.getOffsetDateTime("updated_at"),
                    ApplicationChannel.valueOf(row.getString("channel")), row.getString("owner_id_number"),
                    row.getString("filed_by"), row.getString("filed_by_office"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored application form is unreadable: " + row.getUUID("id"), e);
        }
    }
}
