package cn.jiuzhu.servicelist.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.identity.Role;
import cn.jiuzhu.office.OfficeKind;
import cn.jiuzhu.office.OfficeView;
import cn.jiuzhu.office.service.OfficeService;
import cn.jiuzhu.region.RegionCode;
import cn.jiuzhu.servicelist.ServiceItem;
import cn.jiuzhu.servicelist.ServiceItemInput;
import cn.jiuzhu.servicelist.ServiceListRules;
import cn.jiuzhu.servicelist.repository.ServiceListRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.pgclient.PgException;

/**
 * 服务清单: each county's list of the services its service-type assistance arranges. The county's civil affairs bureau
 * keeps it (adds, corrects, retires entries); the bureau and the county's township offices read it. An entry is never
 * deleted: a retired one can no longer be arranged, and the arrangements made from it keep showing what it was.
 */
@ApplicationScoped
public class ServiceListService {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String ONE_OFFERED_PER_NAME = "service_item_offered_name_idx";

    private final Pool client;
    private final ServiceListRepository items;
    private final OfficeService offices;

    public ServiceListService(Pool client, ServiceListRepository items, OfficeService offices) {
        this.client = client;
        this.items = items;
        this.offices = offices;
    }

    /** The county's offered entries, for its bureau and its township offices; OUTSIDE_JURISDICTION for anyone else. */
    public Uni<List<ServiceItem>> offered(Actor actor, String countyCode) {
        RegionCode.requireCounty(countyCode);
        return offices.require(actor.officeCode()).flatMap(office -> {
            if (!reads(actor, office, countyCode)) {
                throw new ApiException(ErrorCode.OUTSIDE_JURISDICTION, Map.of("countyCode", countyCode));
            }
            return items.offeredIn(countyCode);
        });
    }

    /** A new entry of the bureau's own county; refused beyond {@link ServiceListRules#MAX_OFFERED} offered entries. */
    public Uni<ServiceItem> add(Actor actor, String countyCode, ServiceItemInput input) {
        return Uni.createFrom().item(() -> {
            actor.requireRole(Role.COUNTY_OFFICER, "addServiceItem");
            RegionCode.requireCounty(countyCode);
            return actor;
        }).flatMap(a -> offices.require(a.officeCode())).flatMap(office -> {
            if (!keeps(office, countyCode)) {
                throw new ApiException(ErrorCode.OUTSIDE_JURISDICTION, Map.of("countyCode", countyCode));
            }
            ServiceItemInput in = ServiceListRules.checked(input);
            UUID id = UUID.randomUUID();
            return client.withTransaction(connection -> items.countOffered(connection, countyCode).flatMap(offered -> {
                if (offered >= ServiceListRules.MAX_OFFERED) {
                    throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", "countyCode", "reason", "LIST_FULL",
                            "maxOffered", ServiceListRules.MAX_OFFERED));
                }
                return items.insert(connection, id, countyCode, in, actor);
            }).flatMap(ignored -> items.find(connection, id)).map(Optional::orElseThrow));
        }).onFailure(ServiceListService::sameNameOffered).transform(ServiceListService::duplicate);
    }

    /**
     * Corrects an offered entry of the bureau's county (a misspelt name, a changed frequency). Arrangements made from it
     * show the correction; a different service or provider is a new entry, with this one retired.
     */
    public Uni<ServiceItem> update(Actor actor, UUID id, ServiceItemInput input) {
        return change(actor, id, "updateServiceItem", (connection, item) -> {
            if (!item.offered()) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", "id", "reason", "RETIRED"));
            }
            return items.update(connection, id, ServiceListRules.checked(input), actor);
        }).onFailure(ServiceListService::sameNameOffered).transform(ServiceListService::duplicate);
    }

    /** No longer offered: it cannot be arranged any more; arrangements already made keep it. Retiring twice changes nothing. */
    public Uni<ServiceItem> retire(Actor actor, UUID id) {
        return change(actor, id, "retireServiceItem", (connection, item) -> items.retire(connection, id, actor));
    }

    /** Entries by id, whatever their county or state, for the arrangements that name them. */
    public Uni<List<ServiceItem>> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : items.findAll(ids);
    }

    /** Entries by id inside the caller's transaction, held until it ends so none is retired while it is arranged. */
    public Uni<List<ServiceItem>> hold(SqlConnection connection, Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : items.holdAll(connection, ids);
    }

    /** An entry of the bureau's own county, locked; any other reads as not found. */
    private Uni<ServiceItem> change(Actor actor, UUID id, String operation,
            BiFunction<SqlConnection, ServiceItem, Uni<Void>> work) {
        return Uni.createFrom().item(() -> {
            actor.requireRole(Role.COUNTY_OFFICER, operation);
            return actor;
        }).flatMap(a -> offices.require(a.officeCode())).flatMap(office -> client.withTransaction(connection -> items
                .lock(connection, id)
                .map(found -> found.filter(item -> keeps(office, item.countyCode()))
                        .orElseThrow(() -> new ApiException(ErrorCode.SERVICE_ITEM_NOT_FOUND, Map.of("id", id.toString()))))
                .flatMap(item -> work.apply(connection, item))
                .flatMap(ignored -> items.find(connection, id)).map(Optional::orElseThrow)));
    }

    /** The county's civil affairs bureau keeps its list. */
    private static boolean keeps(OfficeView office, String countyCode) {
        return office.kind() == OfficeKind.COUNTY_CIVIL_AFFAIRS && office.regionCode().equals(countyCode);
    }

    /** The bureau, and the township offices of the county that arrange services from it. */
    private static boolean reads(Actor actor, OfficeView office, String countyCode) {
        return switch (actor.role()) {
            case COUNTY_OFFICER -> keeps(office, countyCode);
            case CASEWORKER -> office.kind() == OfficeKind.TOWNSHIP_OFFICE && office.regionCode().length() > countyCode.length()
                    && RegionCode.countyOf(office.regionCode()).equals(countyCode);
            default -> false;
        };
    }


    private static boolean sameNameOffered(Throwable failure) {
        return failure instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())
                && ONE_OFFERED_PER_NAME.equals(pg.getConstraint());
    }

    private static ApiException duplicate(Throwable failure) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", "name", "reason", "ALREADY_LISTED"));
    }
}
