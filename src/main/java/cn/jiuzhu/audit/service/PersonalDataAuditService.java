package cn.jiuzhu.audit.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.jiuzhu.audit.AccessOutcome;
import cn.jiuzhu.audit.AuditScope;
import cn.jiuzhu.audit.DataSubject;
import cn.jiuzhu.audit.DocumentOpening;
import cn.jiuzhu.audit.PersonalDataAccessConnection;
import cn.jiuzhu.audit.PersonalDataRead;
import cn.jiuzhu.audit.repository.PersonalDataAccessRepository;
import cn.jiuzhu.audit.repository.PersonalDataAccessRepository.NewAccess;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.paging.PageRequest;
import cn.jiuzhu.common.time.ChinaTime;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.identity.Caller;
import cn.jiuzhu.identity.Role;
import cn.jiuzhu.office.OfficeView;
import cn.jiuzhu.office.service.OfficeService;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The record of reads of full personal data (个人信息查阅记录), and the auditors' view of it. Every capability
 * that shows ID numbers, phone numbers or documents in full to staff records each request here: a read that is
 * shown is committed before the data leaves, a refused one is recorded without changing the refusal.
 */
@ApplicationScoped
public class PersonalDataAuditService {

    private static final Logger LOG = Logger.getLogger(PersonalDataAuditService.class);

    private final Pool client;
    private final PersonalDataAccessRepository accesses;
    private final OfficeService offices;

    public PersonalDataAuditService(Pool client, PersonalDataAccessRepository accesses, OfficeService offices) {
        this.client = client;
        this.accesses = accesses;
        this.offices = offices;
    }

    /**
     * Records a refused request, then fails with the refusal exactly as given: the requester learns nothing from
     * the record. Should the record itself fail, the refusal still stands and the failure is logged.
     */
    public <T> Uni<T> refuse(Caller reader, DataSubject subject, PersonalDataRead read, String reason, ApiException refusal) {
        return entry(reader, subject, read, reason, AccessOutcome.REFUSED, refusal.code())
                .flatMap(entry -> accesses.insert(client, entry))
                .onFailure().recoverWithUni(failure -> {
                    LOG.errorf(failure, "Refused %s by %s not recorded", read.kind(), reader.subject());
                    return Uni.createFrom().voidItem();
                })
                .onItem().transformToUni(recorded -> Uni.createFrom().<T>failure(refusal));
    }

    /**
     * Records a read as shown if the reader was shown fewer than {@code maxPerHour} reads of this kind in the last
     * hour; otherwise records it refused and fails with RATE_LIMITED and {@code retryAfterSeconds}. Counted from
     * the record itself under a lock on the reader, so the cap holds across instances and concurrent requests.
     * The record is committed when this succeeds: show the data only then.
     */
    public Uni<Void> shownWithinHourlyCap(Caller reader, DataSubject subject, PersonalDataRead read, String reason,
            int maxPerHour) {
        return entry(reader, subject, read, reason, AccessOutcome.SHOWN, null).flatMap(shown -> client
                .withTransaction(connection -> accesses.lockReader(connection, reader.subject())
                        .flatMap(locked -> accesses.secondsUntilUnderCap(connection, reader.subject(), read.kind(), maxPerHour))
                        .call(wait -> accesses.insert(connection, wait.isPresent() ? shown.refused(ErrorCode.RATE_LIMITED) : shown)))
                .invoke(wait -> wait.ifPresent(seconds -> {
                    throw new ApiException(ErrorCode.RATE_LIMITED, Map.of("retryAfterSeconds", seconds, "maxPerHour", maxPerHour));
                }))
                .replaceWithVoid());
    }

    /** Records a read as shown; the record is committed when this succeeds: show the data only then. */
    public Uni<Void> shown(Caller reader, DataSubject subject, PersonalDataRead read) {
        return entry(reader, subject, read, null, AccessOutcome.SHOWN, null).flatMap(shown -> accesses.insert(client, shown));
    }

    /** Which offices opened each of these documents, in the order given. */
    public Uni<List<List<DocumentOpening>>> openingsOf(List<UUID> attachmentIds) {
        return accesses.openingsOf(attachmentIds).map(all -> {
            Map<UUID, List<DocumentOpening>> byDocument = all.stream().collect(Collectors.groupingBy(DocumentOpening::attachmentId));
            return attachmentIds.stream().map(id -> byDocument.getOrDefault(id, List.of())).toList();
        });
    }

    /** The reads an auditor's office supervises, newest first, optionally from and to a day (China time, both included). */
    public Uni<PersonalDataAccessConnection> supervisedBy(Actor auditor, PageRequest page, LocalDate from, LocalDate to,
            AccessOutcome outcome) {
        return Uni.createFrom().item(() -> {
            if (auditor.role() != Role.AUDITOR || auditor.officeCode() == null) {
                throw new ApiException(ErrorCode.FORBIDDEN, Map.of("operation", "personalDataAccesses"));
            }
            if (from != null && to != null && to.isBefore(from)) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", "to", "reason", "BEFORE_FROM"));
            }
            return page.after(OffsetDateTime::parse, Long::parseLong);
        }).flatMap(after -> offices.require(auditor.officeCode()).flatMap(office -> accesses.inScope(AuditScope.of(office),
                from == null ? null : startOf(from), to == null ? null : startOf(to.plusDays(1)), outcome,
                after.key(), after.id(), page.fetchSize())))
                .map(found -> {
                    var p = page.toPage(found, a -> PageRequest.keyset(a.accessedAt(), a.id()));
                    return new PersonalDataAccessConnection(p.items(), p.pageInfo());
                });
    }

    /** The row for this request, with the reader's office as it is now. */
    private Uni<NewAccess> entry(Caller reader, DataSubject subject, PersonalDataRead read, String reason, AccessOutcome outcome,
            ErrorCode refusal) {
        Actor actor = reader.actor();
        Uni<Optional<OfficeView>> office = actor.officeCode() == null ? Uni.createFrom().item(Optional.empty())
                : offices.find(actor.officeCode());
        return office.map(found -> new NewAccess(actor.role(), actor.subject(), reader.displayName(), actor.officeCode(),
                found.map(OfficeView::name).orElse(null), found.map(OfficeView::regionCode).orElse(null), read.kind(),
                read.fields(), read.documentType(), read.attachmentId(), subject.caseId(), subject.caseNumber(),
                subject.countyCode(), subject.regionCode(), subject.handlingOfficeCode(), subject.maskedIdNumber(),
                reason == null || reason.isBlank() ? null : reason.strip(), outcome, refusal == null ? null : refusal.name()));
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
    }
}
