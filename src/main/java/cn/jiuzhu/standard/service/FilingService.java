package cn.jiuzhu.standard.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.idempotency.IdempotencyStore;
import cn.jiuzhu.common.time.CalendarService;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.identity.Role;
import cn.jiuzhu.office.OfficeView;
import cn.jiuzhu.office.service.OfficeService;
import cn.jiuzhu.region.RegionCode;
import cn.jiuzhu.region.RegionLevel;
import cn.jiuzhu.standard.FilingImpact;
import cn.jiuzhu.standard.FilingStatus;
import cn.jiuzhu.standard.Standard;
import cn.jiuzhu.standard.StandardFiling;
import cn.jiuzhu.standard.StandardFilingInput;
import cn.jiuzhu.standard.StandardVersion;
import cn.jiuzhu.standard.repository.FilingRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.pgclient.PgException;

/**
 * 标准备案: a county bureau files its new standard with the impact on the households it pays today; the
 * province accepts or returns it. Only an accepted filing becomes a standard version, from its date, and the
 * county's cases in payment are recomputed from that month in the same transaction.
 */
@ApplicationScoped
public class FilingService {

    static final String FILE_OPERATION = "FILE_STANDARD";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int MAX_NOTE = 2000;
    private static final int MAX_LISTED = 100;

    private final Pool client;
    private final FilingRepository filings;
    private final StandardService standards;
    private final HouseholdsInPayment households;
    private final OfficeService offices;
    private final CalendarService calendar;
    private final IdempotencyStore idempotency;

    public FilingService(Pool client, FilingRepository filings, StandardService standards, HouseholdsInPayment households,
            OfficeService offices, CalendarService calendar, IdempotencyStore idempotency) {
        this.client = client;
        this.filings = filings;
        this.standards = standards;
        this.households = households;
        this.offices = offices;
        this.calendar = calendar;
        this.idempotency = idempotency;
    }

    /** Files a county's new standard; retrying with the same key returns the first filing. */
    public Uni<StandardFiling> file(Actor actor, StandardFilingInput input, String idempotencyKey) {
        return Uni.createFrom().item(() -> {
            actor.requireRole(Role.COUNTY_OFFICER, "fileStandard");
            if (!RegionCode.isWellFormed(input.regionCode()) || new RegionCode(input.regionCode()).level() != RegionLevel.COUNTY) {
                throw new ApiException(ErrorCode.REGION_LEVEL_MISMATCH, Map.of("code", input.regionCode(), "expectedLevelName", "县（区）",
                        "actualLevel", RegionCode.isWellFormed(input.regionCode()) ? new RegionCode(input.regionCode()).level().name() : "-"));
            }
            IdempotencyStore.requireValidKey(idempotencyKey);
            return input;
        }).flatMap(in -> offices.require(actor.officeCode()).invoke(office -> {
            if (!office.regionCode().equals(in.regionCode())) {
                throw new ApiException(ErrorCode.OUTSIDE_JURISDICTION, Map.of("regionCode", in.regionCode()));
            }
        })).flatMap(ignored -> idempotency.once(actor.subject(), idempotencyKey, FILE_OPERATION, this::require,
                (connection, id) -> create(connection, id, actor, input)))
                .onFailure(FilingService::secondPending).transform(failure -> new ApiException(ErrorCode.FILING_PENDING,
                        Map.of("regionCode", input.regionCode(), "area", input.area().name())));
    }

    /** The province accepts: the standard takes effect on its date and the county's cases are recomputed from then. */
    public Uni<StandardFiling> accept(Actor actor, UUID id, String note) {
        String remark = optionalNote(note);
        return review(actor, id, (connection, filing) -> standards.record(connection, filing.id(), filing.proposed().rule())
                .flatMap(version -> filings.review(connection, id, FilingStatus.ACCEPTED, actor, remark, version.id())
                        .flatMap(ignored -> households.recomputeFrom(connection, version))
                        .replaceWithVoid()));
    }

    /** The province returns a filing with its reasons: the standard does not take effect; the county may file again. */
    public Uni<StandardFiling> returnFiling(Actor actor, UUID id, String reasons) {
        if (reasons == null || reasons.isBlank()) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.REASON_REQUIRED, Map.of("field", "reasons")));
        }
        String text = optionalNote(reasons);
        return review(actor, id, (connection, filing) -> filings.review(connection, id, FilingStatus.RETURNED, actor, text, null));
    }

    /** A county officer sees the county's filings; a provincial officer every county's of the province. */
    public Uni<List<StandardFiling>> visibleTo(Actor actor, FilingStatus status) {
        return reviewerOrFiler(actor).flatMap(office -> filings.underRegion(office.regionCode(), status, MAX_LISTED));
    }

    public Uni<StandardFiling> find(Actor actor, UUID id) {
        return reviewerOrFiler(actor)
                .flatMap(office -> filings.find(client, id).map(found -> found
                        .filter(f -> f.regionCode().startsWith(office.regionCode()))
                        .orElseThrow(() -> new ApiException(ErrorCode.FILING_NOT_FOUND, Map.of("id", id.toString())))));
    }

    /** A county officer's bureau or a provincial officer's department: whose region the filings are read under. */
    private Uni<OfficeView> reviewerOrFiler(Actor actor) {
        if (actor.role() != Role.COUNTY_OFFICER && actor.role() != Role.PROVINCIAL_OFFICER) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.FORBIDDEN, Map.of("operation", "standardFilings")));
        }
        return offices.require(actor.officeCode());
    }

    private Uni<StandardFiling> create(SqlConnection connection, UUID id, Actor actor, StandardFilingInput in) {
        LocalDate today = calendar.today();
        Standard.Area compared = in.area() == Standard.Area.UNIFIED ? Standard.Area.URBAN : in.area();
        return filings.latestEffectiveFrom(connection, in.regionCode(), in.area())
                .invoke(latest -> StandardInputRules.checkEffectiveDate(in.effectiveFrom(), today, latest.orElse(null)))
                .flatMap(ignored -> standards.inForce(connection, in.regionCode(), compared, in.effectiveFrom()))
                .flatMap(current -> {
                    Standard proposal = StandardInputRules.toStandard(in, current.map(StandardVersion::rule).orElse(null));
                    return impact(connection, proposal, current)
                            .flatMap(impact -> filings.insert(connection, id, proposal, impact, actor));
                })
                .flatMap(ignored -> filings.find(connection, id)).map(Optional::orElseThrow);
    }

    /** What the proposal would do to the county's households in payment, as the capability that pays them computes it. */
    private Uni<FilingImpact> impact(SqlClient connection, Standard proposal, Optional<StandardVersion> current) {
        return households.underProposal(connection, proposal, calendar.today())
                .map(rows -> FilingImpactRule.of(rows, current.map(v -> v.rule().dibaoMonthly()).orElse(null), proposal.dibaoMonthly()));
    }

    private Uni<StandardFiling> review(Actor actor, UUID id, java.util.function.BiFunction<SqlConnection, StandardFiling, Uni<Void>> decide) {
        return Uni.createFrom().item(() -> {
            actor.requireRole(Role.PROVINCIAL_OFFICER, "reviewStandardFiling");
            return actor;
        }).flatMap(a -> offices.require(a.officeCode())).flatMap(office -> client.withTransaction(connection -> filings
                .lock(connection, id)
                .map(found -> found.filter(f -> f.regionCode().startsWith(office.regionCode()))
                        .orElseThrow(() -> new ApiException(ErrorCode.FILING_NOT_FOUND, Map.of("id", id.toString()))))
                .flatMap(filing -> {
                    if (filing.status() != FilingStatus.FILED) {
                        throw new ApiException(ErrorCode.FILING_ALREADY_REVIEWED, Map.of("status", filing.status().label()));
                    }
                    return decide.apply(connection, filing);
                })
                .flatMap(ignored -> filings.find(connection, id)).map(Optional::orElseThrow)));
    }

    private Uni<StandardFiling> require(UUID id) {
        return filings.find(client, id).map(Optional::orElseThrow);
    }

    private static String optionalNote(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.length() > MAX_NOTE) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", "note", "maxLength", MAX_NOTE));
        }
        return note.strip();
    }

    private static boolean secondPending(Throwable failure) {
        return failure instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())
                && String.valueOf(pg.getConstraint()).equals("standard_filing_one_pending_idx");
    }
}
