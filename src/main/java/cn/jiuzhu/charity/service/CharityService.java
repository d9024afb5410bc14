package cn.jiuzhu.charity.service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.casework.Responsible;
import cn.jiuzhu.casework.service.CaseService;
import cn.jiuzhu.casework.service.CaseService.Handling;
import cn.jiuzhu.charity.CharityOutcome;
import cn.jiuzhu.charity.CharityReferral;
import cn.jiuzhu.charity.CharityReferralStatus;
import cn.jiuzhu.charity.FundKind;
import cn.jiuzhu.charity.repository.CharityReferralRepository;
import cn.jiuzhu.charity.repository.CharityReferralRepository.NewCharityReferral;
import cn.jiuzhu.common.batch.OncePerRequest;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Messages;
import cn.jiuzhu.common.money.Yuan;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.office.OfficeKind;
import cn.jiuzhu.office.service.OfficeService;
import cn.jiuzhu.region.service.RegionService;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Charity linkage (慈善帮扶衔接): households referred to an emergency fund or a charity, and the funds' answers. Every
 * record commits together with the note it leaves on the case's timeline (through CaseService, which also writes the
 * household's notification), or not at all.
 */
@ApplicationScoped
public class CharityService {

    private final Pool client;
    private final CharityReferralRepository referrals;
    private final CaseService cases;
    private final OfficeService offices;
    private final RegionService regions;
    private final OncePerRequest once;

    public CharityService(Pool client, CharityReferralRepository referrals, CaseService cases, OfficeService offices,
            RegionService regions, OncePerRequest once) {
        this.client = client;
        this.referrals = referrals;
        this.cases = cases;
        this.offices = offices;
        this.regions = regions;
        this.once = once;
    }

    /**
     * Refers a household to a fund, by the township office handling its case or the county bureau (anyone else finds no
     * case), while the case is {@link CharityRules#REFERABLE}. One referral per case and fund waits for an answer at a
     * time: the same request again (same need, same amount) returns it, another is CHARITY_REFERRAL_PENDING.
     */
    public Uni<CharityReferral> refer(Actor actor, UUID caseId, FundKind kind, String fundName, String need, String amountAsked) {
        return Uni.createFrom().item(() -> new Request(CharityRules.referrerOf(actor), CharityRules.fundName(kind, fundName),
                CharityRules.need(need), CharityRules.amount("amountAsked", amountAsked)))
                .flatMap(r -> cases.handle(actor, caseId, r.referrer(), CharityRules.REFERABLE, CaseAction.CHARITY_REFERRED.label(),
                        h -> nameOf(kind, r.fundName(), h.c()).flatMap(name -> insert(h, kind, name, r))));
    }

    /**
     * Records the fund's answer: granted with the amount it gives, or declined with its reason. By staff of the office
     * that referred or of its county bureau (to anyone else the referral does not exist), once, whatever the case's state
     * by then: a fund may answer after a case of urgent aid is closed.
     */
    public Uni<CharityReferral> answer(Actor actor, UUID id, CharityOutcome outcome, String amountGranted, String reason) {
        return Uni.createFrom().item(() -> CharityRules.answer(outcome, amountGranted, reason))
                .flatMap(a -> offices.require(actor.officeCode()).flatMap(office -> client.withTransaction(connection -> referrals
                        .lock(connection, id)
                        .map(found -> found.orElseThrow(() -> new ApiException(ErrorCode.CHARITY_REFERRAL_NOT_FOUND,
                                Map.of("charityReferralId", id))))
                        .flatMap(r -> {
                            CharityRules.checkAnswer(a.step(), r, actor, office);
                            return referrals.answer(connection, id, a.step().to(), a.amountGranted(), a.reason(), actor, office.name());
                        })
                        .flatMap(answered -> note(connection, answered, a.step().note(), actor, answered.fundName(),
                                answerText(answered))))));
    }

    /** Charity referrals of several cases with one query (shared by the fields of a request), in the order of the cases. */
    public Uni<List<List<CharityReferral>>> ofCases(List<AssistanceCase> of) {
        List<UUID> ids = of.stream().map(AssistanceCase::id).toList();
        return once.read("charityReferrals", ids, () -> referrals.ofCases(ids)).map(found -> {
            Map<UUID, List<CharityReferral>> byCase = found.stream().collect(Collectors.groupingBy(CharityReferral::caseId));
            return ids.stream().map(caseId -> byCase.getOrDefault(caseId, List.of())).toList();
        });
    }

    /** Yuan granted to each case by the funds that answered, "0.00" before any grant. */
    public Uni<List<String>> grantedTotals(List<AssistanceCase> of) {
        return ofCases(of).map(lists -> lists.stream().map(list -> Yuan.format(list.stream()
                .filter(r -> r.status() == CharityReferralStatus.GRANTED).map(CharityReferral::granted)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2))).toList());
    }

    /**
     * The name the office gave, or an emergency fund's name from its region: the township of the office handling the case
     * (湖北路街道救急难基金), or the case's county (涧西区救急难基金). A case handled by no township office (a department's)
     * has no township fund to name: FIELD_REQUIRED.
     */
    private Uni<String> nameOf(FundKind kind, Optional<String> given, AssistanceCase c) {
        if (given.isPresent()) {
            return Uni.createFrom().item(given.get());
        }
        Uni<String> regionCode = kind == FundKind.COUNTY_EMERGENCY_FUND ? Uni.createFrom().item(c.countyCode())
                : offices.require(c.assignedOfficeCode()).map(office -> {
                    if (office.kind() != OfficeKind.TOWNSHIP_OFFICE) {
                        throw new ApiException(ErrorCode.FIELD_REQUIRED, Map.of("field", "fundName", "fundName", "救急难基金名称"));
                    }
                    return office.regionCode();
                });
        return regionCode.flatMap(regions::find).map(region -> Messages.text("charity.fundName." + kind.name(),
                Map.of("regionName", region.name())));
    }

    /** The referral and its note, in the case's transaction; or the same request's referral still waiting. */
    private Uni<CharityReferral> insert(Handling h, FundKind kind, String fundName, Request r) {
        NewCharityReferral row = new NewCharityReferral(UUID.randomUUID(), h.c().id(), h.c().countyCode(), kind, fundName, r.need(),
                r.amountAsked(), h.office().code(), h.office().name(), h.actor().subject());
        return referrals.insertUnlessPending(h.connection(), row).flatMap(inserted -> {
            if (inserted.isEmpty()) {
                return samePending(h.connection(), row);
            }
            String text = Messages.text("charity." + CaseAction.CHARITY_REFERRED.name() + ".text", Map.of("fundName", fundName,
                    "amountAsked", Yuan.format(r.amountAsked()), "need", r.need()));
            return note(h.connection(), inserted.get(), CaseAction.CHARITY_REFERRED, h.actor(), h.office().name(), text);
        });
    }

    /** The request again finds its referral waiting; a different ask of the same fund waits for the first answer. */
    private Uni<CharityReferral> samePending(SqlConnection connection, NewCharityReferral asked) {
        return referrals.findPending(connection, asked.caseId(), asked.fundKind(), asked.fundName()).map(pending -> pending
                .filter(p -> p.need().equals(asked.need()) && p.asked().compareTo(asked.amountAsked()) == 0)
                .orElseThrow(() -> new ApiException(ErrorCode.CHARITY_REFERRAL_PENDING, Map.of("fundName", asked.fundName(),
                        "charityReferralId", pending.map(p -> p.id().toString()).orElse("")))));
    }

    private Uni<CharityReferral> note(SqlConnection connection, CharityReferral referral, CaseAction action,
            Actor actor, String actorLabel, String text) {
        return cases.recordNote(connection, referral.caseId(), action, actor, actorLabel, text).replaceWith(referral);
    }

    /** What the household reads of the answer: the fund, the outcome and the amount, or the reason. */
    private static String answerText(CharityReferral r) {
        Map<String, Object> values = new HashMap<>();
        values.put("fundName", r.fundName());
        values.put("amountAsked", r.amountAsked());
        values.put("amountGranted", r.amountGranted());
        values.put("reason", r.answerReason());
        return Messages.text("charity." + r.status().name() + ".text", values);
    }

    private record Request(Responsible referrer, Optional<String> fundName, String need, BigDecimal amountAsked) {
    }
}
