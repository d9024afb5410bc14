package cn.jiuzhu.office.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.common.sql.Rows;
import cn.jiuzhu.office.Department;
import cn.jiuzhu.office.OfficeKind;
import cn.jiuzhu.office.OfficeView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The office table. Reads are on hot paths (routing every case, checking jurisdiction on every step), so
 * each is one indexed statement on its own pooled connection; changes run in the caller's transaction.
 */
@ApplicationScoped
public class OfficeRepository {

    private static final String COLUMNS = "code, name, kind, region_code, department, delegates_dibao_confirmation";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM office ";
    /** The routing probe; public so a test can show its plan uses office_routing_idx. */
    public static final String RESPONSIBLE_OFFICE_SQL = SELECT
            + "WHERE region_code = $1 AND kind = $2 AND department IS NOT DISTINCT FROM $3 ORDER BY code LIMIT 1";

    private final Pool client;

    public OfficeRepository(Pool client) {
        this.client = client;
    }

    public Uni<Optional<OfficeView>> find(String code) {
        return client.preparedQuery(SELECT + "WHERE code = $1").execute(Tuple.of(code))
                .map(rows -> Rows.first(rows, OfficeRepository::toOffice));
    }

    /** Codes without an office are left out. */
    public Uni<List<OfficeView>> findAll(Collection<String> codes) {
        return client.preparedQuery(SELECT + "WHERE code = ANY($1)").execute(Tuple.of(codes.toArray(String[]::new)))
                .map(rows -> Rows.all(rows, OfficeRepository::toOffice));
    }

    public Uni<Optional<OfficeView>> findResponsible(String regionCode, OfficeKind kind, Department department) {
        return client.preparedQuery(RESPONSIBLE_OFFICE_SQL)
                .execute(Tuple.of(regionCode, kind.name(), department == null ? null : department.name()))
                .map(rows -> Rows.first(rows, OfficeRepository::toOffice));
    }

    /** The office, its row locked until the transaction ends. */
    public Uni<Optional<OfficeView>> lock(SqlClient connection, String code) {
        return connection.preparedQuery(SELECT + "WHERE code = $1 FOR UPDATE").execute(Tuple.of(code))
                .map(rows -> Rows.first(rows, OfficeRepository::toOffice));
    }

    /** The renamed office; empty when there is none. */
    public Uni<Optional<OfficeView>> rename(SqlClient connection, String code, String name) {
        return connection.preparedQuery("UPDATE office SET name = $2 WHERE code = $1 RETURNING " + COLUMNS)
                .execute(Tuple.of(code, name)).map(rows -> Rows.first(rows, OfficeRepository::toOffice));
    }

    public Uni<OfficeView> setDibaoDelegation(SqlClient connection, String code, boolean delegate) {
        return connection.preparedQuery("UPDATE office SET delegates_dibao_confirmation = $2 WHERE code = $1 RETURNING " + COLUMNS)
                .execute(Tuple.of(code, delegate)).map(rows -> Rows.one(rows, OfficeRepository::toOffice));
    }

    private static OfficeView toOffice(Row r) {
        String department = r.getString("department");
        return new OfficeView(r.getString("code"), r.getString("name"), OfficeKind.valueOf(r.getString("kind")),
                r.getString("region_code"), department == null ? null : Department.valueOf(department),
                r.getBoolean("delegates_dibao_confirmation"));
    }
}
