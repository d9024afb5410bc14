package cn.jiuzhu.application.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.application.Application;
import cn.jiuzhu.application.ApplicationChannel;
import cn.jiuzhu.application.ApplicationStatus;
import cn.jiuzhu.application.form.ApplicationForm;
import cn.jiuzhu.application.form.Declarations;
import cn.jiuzhu.application.form.HouseholdMember;
import cn.jiuzhu.application.form.Relation;
import cn.jiuzhu.application.repository.ApplicationRepository;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.service.CaseService;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Messages;
import cn.jiuzhu.common.error.Problems;
import cn.jiuzhu.common.idempotency.IdempotencyStore;
import cn.jiuzhu.common.time.CalendarService;
import cn.jiuzhu.common.validation.MobileNumber;
import cn.jiuzhu.common.validation.IdNumber;
import cn.jiuzhu.programme.DocumentType;
import cn.jiuzhu.programme.Programme;
import cn.jiuzhu.programme.ProgrammeInfo;
import cn.jiuzhu.programme.service.CatalogueService;
import cn.jiuzhu.region.RegionLevel;
import cn.jiuzhu.region.service.RegionService;
import cn.jiuzhu.routing.Assignment;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Drafts and submission. A draft may be incomplete but never malformed; submission checks
 * completeness, then opens the case in the same transaction that marks the draft submitted and
 * records the idempotency key: a retry gets the same case, never a second one.
 */
@ApplicationScoped
public class ApplicationService {

    static final String START = "START_APPLICATION";
    static final String SUBMIT = "SUBMIT_APPLICATION";
    static final String START_FOR_CALLER = "START_APPLICATION_FOR_CALLER";

    private final Pool client;
    private final ApplicationRepository applications;
    private final CaseService cases;
    private final RegionService regions;
    private final CatalogueService catalogue;
    private final IdempotencyStore idempotency;
    private final CalendarService calendar;

    public ApplicationService(Pool client, ApplicationRepository applications, CaseService cases, RegionService regions,
            CatalogueService catalogue, IdempotencyStore idempotency, CalendarService calendar) {
        this.client = client;
        this.calendar = calendar;
        this.applications = applications;
        this.cases = cases;
        this.regions = regions;
        this.catalogue = catalogue;
        this.idempotency = idempotency;
    }

    public Uni<Application> start(Actor owner, Programme programme, String idempotencyKey) {
        return idempotency.once(owner.subject(), idempotencyKey, START,
                id -> require(id).invoke(a -> requireOwner(a, owner)),
                (connection, id) -> applications.insert(connection, id, programme, owner.idNumber(), ApplicationForm.empty()));
    }

    /**
     * A hotline operator starts a draft for a caller. The draft is the caller's (they see it in the
     * mini-app, complete it and submit it); the operator is recorded as who filed it. A retry with the
     * same key returns the same draft.
     */
    public Uni<Application> startForCaller(Actor operator, Programme programme, String callerIdNumber, String idempotencyKey) {
        String caller = IdNumber.parse(callerIdNumber, calendar.today()).value();
        return idempotency.once(operator.subject(), idempotencyKey, START_FOR_CALLER,
                id -> require(id).invoke(a -> {
                    if (!a.wasFiledBy(operator.subject()) || !a.ownerIdNumber().equals(caller) || a.programme() != programme) {
                        throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED, Map.of());
                    }
                }),
                (connection, id) -> applications.insertFiledBy(connection, id, programme, caller, ApplicationForm.empty(),
                        operator.subject(), operator.officeCode()));
    }

    /**
     * The operator fills a draft they filed, while on the phone. The truthfulness promise and the
     * verification authorisation are the resident's own: an operator who ticks them is refused, and
     * a save by the operator keeps whatever the resident has already given.
     */
    public Uni<Application> saveDraftForCaller(Actor operator, UUID id, int expectedVersion, ApplicationForm form) {
        Declarations declarations = form.declarations();
        if (declarations != null && (Boolean.TRUE.equals(declarations.truthfulnessPromise())
                || Boolean.TRUE.equals(declarations.verificationAuthorisation()))) {
            throw new ApiException(ErrorCode.OPERATOR_CANNOT_DECLARE, Map.of("applicationId", id));
        }
        ApplicationRules.checkFormats(form, calendar.today()).throwIfAny();
        return checkRegionsExist(form).flatMap(ignored -> filedDraft(operator, id))
                .flatMap(current -> {
                    if (current.version() != expectedVersion) {
                        throw new ApiException(ErrorCode.VERSION_CONFLICT,
                                Map.of("expectedVersion", expectedVersion, "currentVersion", current.version()));
                    }
                    return applications.updateDraftFiledBy(id, operator.subject(), expectedVersion,
                            withResidentsDeclarations(form, current.form().declarations()));
                })
                .flatMap(saved -> saved.isPresent() ? Uni.createFrom().item(saved.get())
                        : filedDraft(operator, id).map(current -> {
                            throw new ApiException(ErrorCode.VERSION_CONFLICT,
                                    Map.of("expectedVersion", expectedVersion, "currentVersion", current.version()));
                        }));
    }

    private static ApplicationForm withResidentsDeclarations(ApplicationForm form, Declarations given) {
        Declarations operators = form.declarations();
        if (operators == null && given == null) {
            return form;
        }
        Declarations kept = new Declarations(given == null ? null : given.truthfulnessPromise(),
                given == null ? null : given.verificationAuthorisation(),
                operators == null ? null : operators.nearRelativeOfStaff(),
                operators == null ? null : operators.nearRelativeDetails());
        return new ApplicationForm(form.residenceRegionCode(), form.applyAtUsualResidence(), form.usualResidenceRegionCode(),
                form.emergencyRegionCode(), form.mobileNumber(), form.members(), form.incomes(), form.properties(),
                form.expenditures(), form.answers(), kept, form.agent());
    }

    /** A draft this operator filed; any other application reads as not found. */
    private Uni<Application> filedDraft(Actor operator, UUID id) {
        return require(id).invoke(a -> {
            if (!a.wasFiledBy(operator.subject())) {
                throw new ApiException(ErrorCode.APPLICATION_NOT_FOUND, Map.of("applicationId", id));
            }
            if (a.status() != ApplicationStatus.DRAFT) {
                throw new ApiException(ErrorCode.APPLICATION_NOT_DRAFT, Map.of("applicationId", id, "status", a.status().name()));
            }
        });
    }

    public Uni<Application> saveDraft(Actor owner, UUID id, int expectedVersion, ApplicationForm form) {
        ApplicationRules.checkFormats(form, calendar.today()).throwIfAny();
        return checkRegionsExist(form).flatMap(ignored -> applications.updateDraft(id, owner.idNumber(), expectedVersion, form))
                .flatMap(saved -> saved.isPresent() ? Uni.createFrom().item(saved.get())
                        : draftOf(owner, id).map(current -> {
                            throw new ApiException(ErrorCode.VERSION_CONFLICT,
                                    Map.of("expectedVersion", expectedVersion, "currentVersion", current.version()));
                        }));
    }

    public Uni<Application> discard(Actor owner, UUID id) {
        return draftOf(owner, id).call(a -> applications.setStatus(client, a.id(), ApplicationStatus.DISCARDED))
                .flatMap(a -> require(a.id()));
    }

    /** The owner's application, whatever its status; another person's reads as not found. */
    public Uni<Application> ownedBy(Actor owner, UUID id) {
        return require(id).invoke(a -> requireOwner(a, owner));
    }

    /** The owner's application, or one whose case belongs to the actor's household; otherwise not found. */
    public Uni<Application> visibleTo(Actor actor, UUID id) {
        return require(id).flatMap(a -> {
            if (a.ownerIdNumber().equals(actor.idNumber())) {
                return Uni.createFrom().item(a);
            }
            return cases.findByApplication(id).flatMap(c -> c.isEmpty() ? notFound(id)
                    : cases.findVisible(c.get().id(), actor.idNumber()).replaceWith(a)
                            .onFailure(ApiException.class).recoverWithUni(() -> notFound(id)));
        });
    }

    /** For screens that already checked access (a case's own application). */
    public Uni<List<Application>> byIds(List<UUID> ids) {
        return applications.findAll(ids);
    }

    public Uni<List<Application>> drafts(Actor owner) {
        return applications.findDraftsOf(owner.idNumber());
    }

    /** What is still wrong or missing before this draft can be submitted (empty when ready). */
    public List<Problems.Problem> readiness(Application a) {
        return completeness(a.form(), a.programme(), a.ownerIdNumber()).list();
    }

    /** Everything the form lacks for its programme: what any form needs, the programme's questions, the residence's level. */
    private Problems completeness(ApplicationForm form, Programme programme, String ownerIdNumber) {
        ProgrammeInfo info = catalogue.get(programme);
        return ApplicationRules.checkComplete(form, programme, ownerIdNumber, info.questions(), calendar.today())
                .addAll(ApplicationRules.checkResidenceLevel(form, info.requiresResidenceAtVillageLevel(), info.name()));
    }

    /** Who filled the draft in for the resident, in the resident's words; null when they started it themselves. */
    public String filedByLabel(Application a) {
        return a.channel() == ApplicationChannel.MINIAPP ? null : Messages.text("application.filedBy." + a.channel().name(), Map.of());
    }

    public List<DocumentType> requiredDocuments(Application a) {
        return catalogue.requiredDocuments(a.programme(), ApplicationRules.facts(a.form(), a.ownerIdNumber()));
    }

    /**
     * Checks the form and routes the case outside any transaction, then opens the case in the transaction
     * that claims the key. A retry racing the first request can find the draft submitted before it finds its key:
     * if the key is now taken, the first request's case is the answer.
     */
    public Uni<AssistanceCase> submit(Actor owner, UUID id, String idempotencyKey) {
        return idempotency.once(owner.subject(), idempotencyKey, SUBMIT,
                caseId -> cases.findVisible(caseId, owner.idNumber()).invoke(c -> {
                    if (!c.applicationId().equals(id)) {
                        throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED, Map.of());
                    }
                }),
                () -> draftOf(owner, id).flatMap(draft -> {
                    ApplicationForm form = draft.form();
                    completeness(form, draft.programme(), owner.idNumber()).throwIfAny();
                    return checkRegionsExist(form)
                            .flatMap(ignored -> cases.route(draft.programme(), ApplicationRules.residenceRegionCode(form),
                                    form.emergencyRegionCode()))
                            .map(assignment -> new Submission(draft, assignment));
                }),
                (connection, caseId, submission) -> open(connection, owner, caseId, submission),
                ApplicationService::notADraft);
    }

    /** A complete draft and the office its case goes to, as checked before the transaction. */
    private record Submission(Application draft, Assignment assignment) {
    }

    private static boolean notADraft(Throwable failure) {
        return failure instanceof ApiException e && e.code() == ErrorCode.APPLICATION_NOT_DRAFT;
    }

    private Uni<AssistanceCase> open(SqlConnection connection, Actor owner, UUID caseId, Submission submission) {
        Application draft = submission.draft();
        ApplicationForm form = draft.form();
        HouseholdMember applicant = form.membersOrEmpty().stream().filter(m -> m.relation() == Relation.SELF).findFirst()
                .orElseThrow();
        List<CaseService.Member> members = form.membersOrEmpty().stream()
                .map(m -> new CaseService.Member(ApplicationRules.normalisedId(m.idNumber()), m.relation().name())).toList();
        var opening = new CaseService.Opening(caseId, draft.id(), draft.programme(), owner,
                ApplicationRules.normalisedId(applicant.idNumber()), applicant.name().strip(), members,
                ApplicationRules.handlingRegionCode(form, draft.programme()), ApplicationRules.facts(form, owner.idNumber()).viaAgent(),
                form.declarations() != null && Boolean.TRUE.equals(form.declarations().nearRelativeOfStaff()), submission.assignment(),
                ApplicationRules.unstableIncome(form), MobileNumber.parse(form.mobileNumber()).value());
        return applications.lock(connection, draft.id())
                .flatMap(locked -> {
                    if (locked.isEmpty() || locked.get().status() != ApplicationStatus.DRAFT) {
                        throw new ApiException(ErrorCode.APPLICATION_NOT_DRAFT, Map.of("applicationId", draft.id()));
                    }
                    return cases.open(connection, opening);
                })
                .call(c -> applications.setStatus(connection, draft.id(), ApplicationStatus.SUBMITTED));
    }

    private Uni<Application> draftOf(Actor owner, UUID id) {
        return ownedBy(owner, id).invoke(a -> {
            if (a.status() != ApplicationStatus.DRAFT) {
                throw new ApiException(ErrorCode.APPLICATION_NOT_DRAFT, Map.of("applicationId", id, "status", a.status().name()));
            }
        });
    }

    private Uni<Application> require(UUID id) {
        return applications.find(id).map(found -> found.orElseThrow(
                () -> new ApiException(ErrorCode.APPLICATION_NOT_FOUND, Map.of("applicationId", id))));
    }

    private static Uni<Application> notFound(UUID id) {
        return Uni.createFrom().failure(new ApiException(ErrorCode.APPLICATION_NOT_FOUND, Map.of("applicationId", id)));
    }

    private static void requireOwner(Application a, Actor owner) {
        if (!a.ownerIdNumber().equals(owner.idNumber())) {
            throw new ApiException(ErrorCode.APPLICATION_NOT_FOUND, Map.of("applicationId", a.id()));
        }
    }

    /** Every region code given must name a township or village (one query per code, at most three). */
    private Uni<Void> checkRegionsExist(ApplicationForm form) {
        List<Map.Entry<String, String>> codes = new ArrayList<>();
        Optional.ofNullable(form.residenceRegionCode()).ifPresent(c -> codes.add(Map.entry("residenceRegionCode", c)));
        Optional.ofNullable(form.usualResidenceRegionCode()).ifPresent(c -> codes.add(Map.entry("usualResidenceRegionCode", c)));
        Optional.ofNullable(form.emergencyRegionCode()).ifPresent(c -> codes.add(Map.entry("emergencyRegionCode", c)));
        return Multi.createFrom().iterable(codes)
                .onItem().transformToUniAndConcatenate(e -> regions.find(e.getValue()).map(region -> {
                    if (region == null) {
                        return new Problems().add(e.getKey(), ErrorCode.REGION_NOT_FOUND, Map.of("code", e.getValue()));
                    }
                    if (!region.level().isTownshipOrVillage()) {
                        return new Problems().add(e.getKey(), ErrorCode.REGION_LEVEL_MISMATCH,
                                Map.of("expectedLevelName", RegionLevel.TOWNSHIP_OR_VILLAGE_NAME, "actualLevel", region.level().name()));
                    }
                    return new Problems();
                }))
                .collect().asList()
                .invoke(all -> {
                    Problems merged = new Problems();
                    all.forEach(p -> p.list().forEach(x -> merged.add(x.field(), x.code(), x.details())));
                    merged.throwIfAny();
                })
                .replaceWithVoid();
    }
}
