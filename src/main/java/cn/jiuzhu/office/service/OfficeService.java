package cn.jiuzhu.office.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.office.Department;
import cn.jiuzhu.office.OfficeKind;
import cn.jiuzhu.office.OfficeView;
import cn.jiuzhu.office.repository.OfficeRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Offices: read by every case step (routing, jurisdiction), changed by administrators and counties.
 */
@ApplicationScoped
public class OfficeService {

    private final Pool client;
    private final OfficeRepository offices;

    public OfficeService(Pool client, OfficeRepository offices) {
        this.client = client;
        this.offices = offices;
    }

    public Uni<OfficeView> require(String code) {
        return find(code).map(found -> found.orElseThrow(() -> notFound(code)));
    }

    public Uni<Optional<OfficeView>> find(String code) {
        return offices.find(code);
    }

    /** Several offices by code with one statement (a batched GraphQL field); codes without an office are left out. */
    public Uni<List<OfficeView>> findAll(Collection<String> codes) {
        return offices.findAll(codes);
    }

    /** The office of a kind (and department) responsible for a region: one probe of office_routing_idx. */
    public Uni<Optional<OfficeView>> findResponsible(String regionCode, OfficeKind kind, Department department) {
        return offices.findResponsible(regionCode, kind, department);
    }

    /** Administrators correct an office's name. */
    public Uni<OfficeView> rename(String code, String name) {
        return offices.rename(client, code, name).map(renamed -> renamed.orElseThrow(() -> notFound(code)));
    }

    /** A county civil affairs bureau delegates (or takes back) dibao confirmation to its townships. */
    public Uni<OfficeView> setDibaoDelegation(String countyBureauCode, boolean delegate) {
        return client.withTransaction(connection -> offices.lock(connection, countyBureauCode)
                .map(found -> found.orElseThrow(() -> notFound(countyBureauCode)))
                .flatMap(office -> {
                    if (office.kind() != OfficeKind.COUNTY_CIVIL_AFFAIRS) {
                        throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("officeCode", countyBureauCode,
                                "reason", "ONLY_COUNTY_BUREAUS_DELEGATE"));
                    }
                    return offices.setDibaoDelegation(connection, countyBureauCode, delegate);
                }));
    }

    private static ApiException notFound(String code) {
        return new ApiException(ErrorCode.OFFICE_NOT_FOUND, Map.of("officeCode", code));
    }
}
