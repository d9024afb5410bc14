package cn.jiuzhu.office.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.office.Department;
import cn.jiuzhu.office.Office;
import cn.jiuzhu.office.OfficeKind;
import cn.jiuzhu.office.OfficeView;
import cn.jiuzhu.office.repository.OfficeRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Offices. Reads are on hot paths (routing every case, checking jurisdiction on every step), so they
 * are single indexed SQL statements; changes (an administrator edits an office, a county delegates
 * confirmation) go through the Hibernate entity in a transaction.
 */
@ApplicationScoped
public class OfficeService {

    private static final String COLUMNS = "SELECT code, name, kind, region_code, department, delegates_dibao_confirmation FROM office ";
    /** The routing probe; public so a test can show its plan uses office_routing_idx. */
    public static final String RESPONSIBLE_OFFICE_SQL = COLUMNS
            + "WHERE region_code = $1 AND kind = $2 AND department IS NOT DISTINCT FROM $3 ORDER BY code LIMIT 1";

    private final Pool client;
    private final OfficeRepository offices;

    public OfficeService(Pool client, OfficeRepository offices) {
        this.client = client;
        this.offices = offices;
    }

    public Uni<OfficeView> require(String code) {
        return find(code).map(found -> found.orElseThrow(() -> new ApiException(ErrorCode.OFFICE_NOT_FOUND, Map.of("officeCode", code))));
    }

    public Uni<Optional<OfficeView>> find(String code) {
        return client.preparedQuery(COLUMNS + "WHERE code = $1").execute(Tuple.of(code)).map(OfficeService::first);
    }

    /** Several offices by code with one statement (a batched GraphQL field); codes without an office are left out. */
    public Uni<List<OfficeView>> findAll(Collection<String> codes) {
        return client.preparedQuery(COLUMNS + "WHERE code = ANY($1)").execute(Tuple.of(codes.toArray(String[]::new)))
                .map(rows -> {
                    List<OfficeView> found = new ArrayList<>();
                    rows.forEach(row -> found.add(view(row)));
                    return found;
                });
    }

    /** The office of a kind (and department) responsible for a region: one probe of office_routing_idx. */
    public Uni<Optional<OfficeView>> findResponsible(String regionCode, OfficeKind kind, Department department) {
        return client.preparedQuery(RESPONSIBLE_OFFICE_SQL)
                .execute(Tuple.of(regionCode, kind.name(), department == null ? null : department.name()))
                .map(OfficeService::first);
    }

    /** Administrators rename offices or correct their region. */
    @WithTransaction
    public Uni<OfficeView> rename(String code, String name) {
        return entity(code).invoke(o -> o.name = name).map(Office::view);
    }

    /** A county civil affairs bureau delegates (or takes back) dibao confirmation to its townships. */
    @WithTransaction
    public Uni<OfficeView> setDibaoDelegation(String countyBureauCode, boolean delegate) {
        return entity(countyBureauCode).invoke(o -> {
            if (o.kind != OfficeKind.COUNTY_CIVIL_AFFAIRS) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("officeCode", countyBureauCode,
                        "reason", "ONLY_COUNTY_BUREAUS_DELEGATE"));
            }
            o.delegatesDibaoConfirmation = delegate;
        }).map(Office::view);
    }

    private Uni<Office> entity(String code) {
        return offices.findById(code).map(o -> {
            if (o == null) {
                throw new ApiException(ErrorCode.OFFICE_NOT_FOUND, Map.of("officeCode", code));
            }
            return o;
        });
    }

    private static Optional<OfficeView> first(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return Optional.empty();
        }
        return Optional.of(view(rows.iterator().next()));
    }

    private static OfficeView view(Row r) {
        String department = r.getString("department");
        return new OfficeView(r.getString("code"), r.getString("name"), OfficeKind.valueOf(r.getString("kind")),
                r.getString("region_code"), department == null ? null : Department.valueOf(department),
                r.getBoolean("delegates_dibao_confirmation"));
    }
}
