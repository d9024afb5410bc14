package cn.jiuzhu.casework.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.casework.CaseState;
import cn.jiuzhu.casework.Procedure;
import cn.jiuzhu.casework.Responsible;
import cn.jiuzhu.casework.record.ServiceArrangement;
import cn.jiuzhu.casework.record.ServiceArrangement.ArrangementStatus;
import cn.jiuzhu.casework.record.ServiceArrangementInput;
import cn.jiuzhu.casework.repository.ServiceArrangementRepository;
import cn.jiuzhu.casework.repository.ServiceArrangementRepository.Arranged;
import cn.jiuzhu.casework.service.CaseService.Handling;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Ids;
import cn.jiuzhu.common.error.Messages;
import cn.jiuzhu.common.time.CalendarService;
import cn.jiuzhu.common.time.ChinaTime;
import cn.jiuzhu.common.validation.TextInput;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.servicelist.ServiceItem;
import cn.jiuzhu.servicelist.service.ServiceListService;
import io.smallrye.mutiny.Uni;

/**
 * 服务类社会救助 on a case: the township office handling it arranges services from its county's list, in the states its
 * procedure arranges them in (a service case while investigated and once approved; a dibao or tekun case once approved,
 * beside its money), and ends them. Each arrangement and each end is a note on the household's timeline in the same
 * transaction. The household and staff read what was arranged, who provides it and when.
 */
@ApplicationScoped
public class ServiceArrangementService {

    /** Services one request arranges: a household's plan is a handful; the list a county offers is the real limit. */
    public static final int MAX_PER_REQUEST = 10;
    private static final int MAX_NOTE = 500;
    private static final String ARRANGE = "安排救助服务";
    private static final String END = "结束救助服务";
    /** Nothing a refused or withdrawn case arranged will be given. */
    private static final Set<CaseState> GIVES_NONE = EnumSet.of(CaseState.REFUSED, CaseState.WITHDRAWN);

    private final CaseService cases;
    private final ServiceArrangementRepository arrangements;
    private final ServiceListService serviceList;
    private final CalendarService calendar;

    public ServiceArrangementService(CaseService cases, ServiceArrangementRepository arrangements, ServiceListService serviceList,
            CalendarService calendar) {
        this.cases = cases;
        this.arrangements = arrangements;
        this.serviceList = serviceList;
        this.calendar = calendar;
    }

    /**
     * Arranges services of the case's county's list, all or none: each an offered entry of that county
     * (SERVICE_NOT_ARRANGEABLE otherwise, with the reason), not one the case already has running.
     */
    public Uni<AssistanceCase> arrange(Actor actor, UUID caseId, List<ServiceArrangementInput> services) {
        List<Wanted> wanted = checked(services);
        return cases.handle(actor, caseId, Responsible.TOWNSHIP, EnumSet.allOf(CaseState.class), ARRANGE, h -> {
            requireArrangedIn(h.c(), ARRANGE);
            LocalDate submitted = submittedOn(h.c());
            for (Wanted w : wanted) {
                if (w.startsOn().isBefore(submitted)) {
                    throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", w.field() + ".startsOn", "reason", "BEFORE_SUBMISSION"));
                }
            }
            return serviceList.hold(h.connection(), wanted.stream().map(Wanted::serviceId).toList())
                    .flatMap(items -> arrangements.openOf(h.connection(), h.c().id()).flatMap(open -> {
                        Map<UUID, ServiceItem> byId = items.stream().collect(Collectors.toMap(ServiceItem::id, Function.identity()));
                        requireArrangeable(h.c(), wanted, byId, open);
                        return insertAll(h, wanted).flatMap(ignored -> cases.recordNote(h.connection(), h.c().id(),
                                CaseAction.SERVICES_ARRANGED, h.actor(), h.office().name(), arrangedText(wanted, byId)));
                    }))
                    .replaceWith(h.c());
        });
    }

    /**
     * Ends an arrangement of the case on a day (today by default; not after its planned end): before its start that is a
     * cancellation. Allowed whatever the case's state, so services can be stopped after a case ends too.
     */
    public Uni<AssistanceCase> end(Actor actor, UUID caseId, String arrangementId, LocalDate endsOn, String reason) {
        UUID id = Ids.parse(arrangementId, ErrorCode.SERVICE_ARRANGEMENT_NOT_FOUND);
        String why = TextInput.requiredReason("reason", reason, MAX_NOTE);
        return cases.handle(actor, caseId, Responsible.TOWNSHIP, EnumSet.allOf(CaseState.class), END, h -> arrangements
                .lock(h.connection(), h.c().id(), id)
                .map(found -> found.orElseThrow(() -> new ApiException(ErrorCode.SERVICE_ARRANGEMENT_NOT_FOUND,
                        Map.of("id", id.toString()))))
                .flatMap(arranged -> {
                    LocalDate day = endsOn == null ? calendar.today() : endsOn;
                    if (arranged.ended()) {
                        throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", "arrangementId", "reason", "ALREADY_ENDED"));
                    }
                    if (arranged.endsOn() != null && day.isAfter(arranged.endsOn())) {
                        throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", "endsOn", "reason", "AFTER_PLANNED_END",
                                "plannedEndsOn", arranged.endsOn().toString()));
                    }
                    if (day.isBefore(submittedOn(h.c()))) {
                        throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", "endsOn", "reason", "BEFORE_SUBMISSION"));
                    }
                    return arrangements.end(h.connection(), id, day, why, h.actor(), h.office().name())
                            .flatMap(ignored -> serviceList.byIds(List.of(arranged.serviceItemId())))
                            .flatMap(items -> cases.recordNote(h.connection(), h.c().id(), CaseAction.SERVICE_ENDED, h.actor(),
                                    h.office().name(), Messages.text("case.services.ended", Map.of("serviceName", items.get(0).name(),
                                            "provider", items.get(0).provider(), "endsOn", day.toString(), "reason", why))));
                })
                .replaceWith(h.c()));
    }

    /**
     * Each case's arrangements in the order made, with the entry each names as it now reads; null for programmes that
     * arrange no services. A case that cannot have any yet (a dibao case before its decision) is not read.
     */
    public Uni<List<List<ServiceArrangement>>> of(List<AssistanceCase> of) {
        List<AssistanceCase> read = of.stream().filter(ServiceArrangementService::mayHaveArrangements).toList();
        if (read.isEmpty()) {
            return Uni.createFrom().item(of.stream().map(ServiceArrangementService::noneOf).toList());
        }
        LocalDate today = calendar.today();
        return arrangements.of(read.stream().map(AssistanceCase::id).toList()).flatMap(found -> serviceList
                .byIds(found.stream().map(Arranged::serviceItemId).collect(Collectors.toSet()))
                .map(items -> {
                    Map<UUID, ServiceItem> byId = items.stream().collect(Collectors.toMap(ServiceItem::id, Function.identity()));
                    Map<UUID, AssistanceCase> caseById = of.stream().collect(Collectors.toMap(AssistanceCase::id, Function.identity(),
                            (a, b) -> a));
                    Map<UUID, List<ServiceArrangement>> byCase = found.stream().collect(Collectors.groupingBy(Arranged::caseId,
                            Collectors.mapping(a -> view(a, byId.get(a.serviceItemId()), caseById.get(a.caseId()), today),
                                    Collectors.toList())));
                    return of.stream().map(c -> Procedure.of(c.programme()).arrangesServices()
                            ? byCase.getOrDefault(c.id(), List.<ServiceArrangement>of()) : null).toList();
                }));
    }

    /** Arranged in a state of its procedure's, or since: a decision was taken, or the household withdrew. */
    private static boolean mayHaveArrangements(AssistanceCase c) {
        Procedure procedure = Procedure.of(c.programme());
        return procedure.arrangesServices() && (procedure.servicesArrangedIn().contains(c.state()) || c.state().decided()
                || c.state() == CaseState.WITHDRAWN);
    }

    private static List<ServiceArrangement> noneOf(AssistanceCase c) {
        return Procedure.of(c.programme()).arrangesServices() ? List.of() : null;
    }

    private static ServiceArrangement view(Arranged a, ServiceItem item, AssistanceCase c, LocalDate today) {
        ArrangementStatus status = ArrangementStatus.on(today, a.startsOn(), a.endsOn(), GIVES_NONE.contains(c.state()));
        return new ServiceArrangement(a.id(), item.id(), item.name(), item.category(), item.categoryLabel(), item.provider(), item.unit(),
                item.frequency(), a.startsOn(), a.endsOn(), status, status.label(), a.note(), a.arrangedBy(), a.arrangedAt(),
                a.endReason(), a.caseId());
    }

    private static void requireArrangedIn(AssistanceCase c, String task) {
        if (!Procedure.of(c.programme()).servicesArrangedIn().contains(c.state())) {
            throw new ApiException(ErrorCode.CASE_ACTION_NOT_ALLOWED, Map.of("actionName", task, "state", c.state().name(),
                    "programme", c.programme().name()));
        }
    }

    /** An entry of another county, or none at all, reads the same: not on this county's list. */
    private void requireArrangeable(AssistanceCase c, List<Wanted> wanted, Map<UUID, ServiceItem> byId, List<Arranged> open) {
        LocalDate today = calendar.today();
        Set<UUID> running = open.stream().filter(a -> a.endsOn() == null || !a.endsOn().isBefore(today)).map(Arranged::serviceItemId)
                .collect(Collectors.toSet());
        for (Wanted w : wanted) {
            ServiceItem item = byId.get(w.serviceId());
            if (item == null || !item.countyCode().equals(c.countyCode())) {
                throw notArrangeable(w, "NOT_IN_COUNTY_LIST");
            }
            if (!item.offered()) {
                throw notArrangeable(w, "RETIRED");
            }
            if (running.contains(item.id())) {
                throw notArrangeable(w, "ALREADY_ARRANGED");
            }
        }
    }

    private Uni<Void> insertAll(Handling h, List<Wanted> wanted) {
        Uni<Void> done = Uni.createFrom().voidItem();
        for (int i = 0; i < wanted.size(); i++) {
            Wanted w = wanted.get(i);
            int position = i;
            done = done.flatMap(ignored -> arrangements.insert(h.connection(), UUID.randomUUID(), h.c().id(), w.serviceId(), w.startsOn(),
                    w.endsOn(), w.note(), position, h.actor(), h.office().name()));
        }
        return done;
    }

    /** The timeline note: each service with its provider, frequency and dates, as the household reads them. */
    private static String arrangedText(List<Wanted> wanted, Map<UUID, ServiceItem> byId) {
        List<String> lines = new ArrayList<>();
        for (Wanted w : wanted) {
            ServiceItem item = byId.get(w.serviceId());
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("serviceName", item.name());
            values.put("provider", item.provider());
            values.put("frequency", item.frequency().label());
            values.put("startsOn", w.startsOn().toString());
            values.put("until", w.endsOn() == null ? "" : Messages.text("case.services.until", Map.of("endsOn", w.endsOn().toString())));
            lines.add(Messages.text("case.services.item", values));
        }
        return Messages.text("case.services.arranged", Map.of("services",
                String.join(Messages.text("case.services.separator", Map.of()), lines)));
    }

    /** The request's services, checked before the case is read: ids, dates in order, no service twice, notes short. */
    private static List<Wanted> checked(List<ServiceArrangementInput> services) {
        if (services == null || services.isEmpty()) {
            throw new ApiException(ErrorCode.FIELD_REQUIRED, Map.of("field", "services", "fieldName", "救助服务"));
        }
        if (services.size() > MAX_PER_REQUEST) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", "services", "maxItems", MAX_PER_REQUEST));
        }
        List<Wanted> wanted = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < services.size(); i++) {
            ServiceArrangementInput in = services.get(i);
            String field = "services[" + i + "]";
            if (in == null) {
                throw new ApiException(ErrorCode.FIELD_REQUIRED, Map.of("field", field, "fieldName", "救助服务"));
            }
            UUID id;
            try {
                id = UUID.fromString(in.serviceId());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new ApiException(ErrorCode.SERVICE_NOT_ARRANGEABLE, notArrangeableDetails(field, String.valueOf(in.serviceId()),
                        "NOT_IN_COUNTY_LIST"));
            }
            if (!seen.add(id)) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", field + ".serviceId", "reason", "DUPLICATE"));
            }
            if (in.endsOn() != null && in.endsOn().isBefore(in.startsOn())) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", field + ".endsOn", "reason", "BEFORE_START"));
            }
            wanted.add(new Wanted(field, id, in.startsOn(), in.endsOn(), TextInput.optional(field + ".note", in.note(), MAX_NOTE)));
        }
        return wanted;
    }

    private static ApiException notArrangeable(Wanted w, String reason) {
        return new ApiException(ErrorCode.SERVICE_NOT_ARRANGEABLE, notArrangeableDetails(w.field(), w.serviceId().toString(), reason));
    }

    private static Map<String, Object> notArrangeableDetails(String field, String serviceId, String reason) {
        return Map.of("field", field + ".serviceId", "serviceId", serviceId, "reason", reason,
                "reasonName", Messages.text("service.notArrangeable." + reason, Map.of()));
    }

    private static LocalDate submittedOn(AssistanceCase c) {
        return c.submittedAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
    }

    private record Wanted(String field, UUID serviceId, LocalDate startsOn, LocalDate endsOn, String note) {
    }
}
