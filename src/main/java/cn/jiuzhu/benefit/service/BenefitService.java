package cn.jiuzhu.benefit.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.application.form.ApplicationForm;
import cn.jiuzhu.application.service.SubmittedForms;
import cn.jiuzhu.benefit.BenefitEstimate;
import cn.jiuzhu.benefit.BenefitPeriod;
import cn.jiuzhu.benefit.BenefitRules;
import cn.jiuzhu.benefit.BenefitStep;
import cn.jiuzhu.benefit.Calculation;
import cn.jiuzhu.benefit.CaseBenefit;
import cn.jiuzhu.benefit.CountedHousehold;
import cn.jiuzhu.benefit.Household;
import cn.jiuzhu.benefit.repository.BenefitRepository;
import cn.jiuzhu.benefit.repository.BenefitRepository.StoredPeriod;
import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.casework.record.Preconditions;
import cn.jiuzhu.casework.record.Requirement;
import cn.jiuzhu.casework.record.SelfCareRecord;
import cn.jiuzhu.casework.service.CaseRecordService;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.money.Yuan;
import cn.jiuzhu.common.time.CalendarService;
import cn.jiuzhu.programme.Programme;
import cn.jiuzhu.standard.StandardVersion;
import cn.jiuzhu.standard.service.StandardService;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Amounts of cases, computed by {@link BenefitRules} and the standard in force, and kept as periods: the approval
 * sets the first, each accepted standard after it adds one from its month. Dibao is computed from the household (as
 * declared, or as the office verified it), extreme-poverty support from each member's self-care assessment on the
 * case's file; other programmes' amounts are decided by the office.
 */
@ApplicationScoped
public class BenefitService {

    private final Pool client;
    private final BenefitRepository periods;
    private final StandardService standards;
    private final SubmittedForms forms;
    private final CalendarService calendar;
    private final HouseholdFindingService findings;
    private final CaseRecordService caseRecords;

    public BenefitService(Pool client, BenefitRepository periods, StandardService standards, SubmittedForms forms,
            CalendarService calendar, HouseholdFindingService findings, CaseRecordService caseRecords) {
        this.client = client;
        this.findings = findings;
        this.periods = periods;
        this.standards = standards;
        this.forms = forms;
        this.calendar = calendar;
        this.caseRecords = caseRecords;
    }

    /**
     * 定期核查: what the programme's formula gives for the household as found, under the standard in force in the month
     * the review would apply from (PRECONDITION_MISSING for tekun while a member has no self-care assessment).
     */
    public Uni<Calculation<BigDecimal>> forReview(SqlConnection connection, AssistanceCase c, CountedHousehold household,
            StandardVersion standard, LocalDate month) {
        return formulaOf(connection, c, household).map(f -> f.required(CaseAction.REVIEW, standard, month));
    }

    /** Programmes whose monthly amount the rules compute. */
    public static boolean computed(Programme programme) {
        return programme == Programme.DIBAO || programme == Programme.TEKUN;
    }

    /** The amount the approval fixes and the standard version it used. */
    public record Assessed(BigDecimal monthlyAmount, UUID standardId) {
    }

    /**
     * At approval, inside its transaction: the amount for the first payment month by the standard in force then
     * (STANDARD_NOT_SET when the county has none), and a period for every version already accepted to take
     * effect after it, so a standard accepted before the decision is not missed.
     */
    public Uni<Assessed> assessOnApproval(SqlConnection connection, AssistanceCase c, LocalDate firstPaymentMonth) {
        return countedOf(connection, c).flatMap(household -> formulaOf(connection, c, household)).flatMap(formula -> standards
                .requireInForce(connection, c.regionCode(), firstPaymentMonth)
                .flatMap(standard -> {
                    Calculation<BigDecimal> first = formula.required(CaseAction.APPROVE, standard, firstPaymentMonth);
                    CountedHousehold household = formula.household();
                    return periods.upsert(connection, period(c, firstPaymentMonth, BenefitPeriod.Reason.DECISION, standard, household, first))
                            .flatMap(ignored -> standards.effectiveAfter(connection, c.regionCode(), firstPaymentMonth))
                            .map(later -> later.stream().filter(formula::pricedBy).toList())
                            .flatMap(later -> later.isEmpty() ? Uni.createFrom().voidItem()
                                    : Uni.join().all(later.stream().map(v -> periods.upsert(connection, period(c, v.effectiveFrom(),
                                            BenefitPeriod.Reason.STANDARD_CHANGE, v, household, formula.under(v))))
                                            .toList()).andCollectFailures().replaceWithVoid())
                            .replaceWith(new Assessed(first.value(), standard.id()));
                }));
    }

    /**
     * The amount published during publicity (拟保障金额), inside the step's transaction: what the rules give for the
     * household as verified (for tekun, for the members' self-care assessments), by the standard in force today
     * (STANDARD_NOT_SET when the county has none). Tekun's notice still publishes the township's proposal: its row does
     * not ask for this yet.
     */
    public Uni<BigDecimal> assessForPublicity(SqlConnection connection, AssistanceCase c) {
        LocalDate today = calendar.today();
        return countedOf(connection, c).flatMap(household -> formulaOf(connection, c, household)).flatMap(formula -> standards
                .requireInForce(connection, c.regionCode(), today)
                .map(standard -> formula.required(CaseAction.START_PUBLICITY, standard, today).value()));
    }

    /**
     * After a review changed (or restored) the household from {@code month}: a period for every standard version
     * accepted to take effect after it, computed for the household now on file.
     */
    public Uni<Void> addLaterStandards(SqlConnection connection, AssistanceCase c, LocalDate month) {
        return countedOf(connection, c).flatMap(household -> standards.effectiveAfter(connection, c.regionCode(), month)
                .flatMap(later -> later.isEmpty() ? Uni.createFrom().voidItem()
                        : Uni.join().all(later.stream().map(v -> periods.upsert(connection, period(c, v.effectiveFrom(),
                                BenefitPeriod.Reason.STANDARD_CHANGE, v, household, BenefitRules.dibao(v.rule(), household))))
                                .toList()).andCollectFailures().replaceWithVoid()));
    }

    /**
     * A new version has been accepted: each of these cases whose household it applies to is paid by it from its
     * month. Returns how many cases were recomputed.
     */
    public Uni<Integer> recomputeFrom(SqlConnection connection, StandardVersion version, List<AssistanceCase> cases) {
        List<AssistanceCase> dibao = cases.stream().filter(c -> computed(c.programme())).toList();
        var inForce = standards.lookup(connection, version.effectiveFrom());
        return households(dibao).flatMap(households -> formulasOf(connection, dibao, households)).flatMap(formulas -> {
            Uni<Integer> done = Uni.createFrom().item(0);
            for (AssistanceCase c : dibao) {
                done = done.flatMap(count -> inForce.apply(c.regionCode())
                        .flatMap(found -> {
                            if (found.map(v -> !v.id().equals(version.id())).orElse(true)) {
                                return Uni.createFrom().item(count); // paid by a more specific or later standard
                            }
                            CaseFormula formula = formulas.get(c.id());
                            if (!formula.pricedBy(version)) {
                                return Uni.createFrom().item(count); // nothing to compute it from: it keeps what it is paid
                            }
                            return periods.upsert(connection, period(c, version.effectiveFrom(), BenefitPeriod.Reason.STANDARD_CHANGE,
                                    version, formula.household(), formula.under(version))).replaceWith(count + 1);
                        }));
            }
            return done;
        });
    }

    /** What each case is paid for a month (null where nothing applies yet), from its recorded periods. */
    public Uni<Map<UUID, BigDecimal>> amountsFor(List<UUID> caseIds, YearMonth month) {
        return periods.periodsOf(caseIds).map(found -> {
            Map<UUID, BigDecimal> amounts = new HashMap<>();
            for (StoredPeriod p : found) {
                if (!YearMonth.from(p.fromMonth()).isAfter(month)) {
                    amounts.put(p.caseId(), p.monthlyAmount()); // periods come oldest first
                }
            }
            return amounts;
        });
    }

    /** The households these cases are computed for, by case id: as last verified, or as declared before any finding. */
    public Uni<Map<UUID, CountedHousehold>> households(List<AssistanceCase> cases) {
        return findings.latest(cases.stream().filter(c -> !c.state().beforeInvestigation()).map(AssistanceCase::id).toList())
                .flatMap(verified -> forms
                .of(cases.stream().filter(c -> !verified.containsKey(c.id())).map(AssistanceCase::applicationId).toList())
                .map(byApplication -> cases.stream().collect(Collectors.toMap(AssistanceCase::id, c -> verified.containsKey(c.id())
                        ? CountedHousehold.of(verified.get(c.id()))
                        : CountedHousehold.declared(household(byApplication.get(c.applicationId())))))));
    }

    /** The household a case is computed for, read in the caller's transaction (a finding recorded in it counts). */
    public Uni<CountedHousehold> countedOf(SqlConnection connection, AssistanceCase c) {
        return findings.latest(connection, c.id()).flatMap(found -> found.isPresent()
                ? Uni.createFrom().item(CountedHousehold.of(found.get()))
                : forms.of(List.of(c.applicationId())).map(byApplication -> CountedHousehold.declared(household(byApplication.get(c.applicationId())))));
    }

    /** For the API: each case's periods with their standards and traces; null for a case without any. */
    public Uni<List<CaseBenefit>> benefits(List<AssistanceCase> of) {
        List<UUID> ids = of.stream().map(AssistanceCase::id).toList();
        return periods.periodsOf(ids).flatMap(found -> standards.byIds(found.stream().map(StoredPeriod::standardId).distinct().toList())
                .map(versions -> {
                    Map<UUID, StandardVersion> byId = versions.stream().collect(Collectors.toMap(StandardVersion::id, Function.identity()));
                    Map<UUID, List<StoredPeriod>> byCase = found.stream().collect(Collectors.groupingBy(StoredPeriod::caseId));
                    YearMonth now = YearMonth.from(calendar.today());
                    List<CaseBenefit> result = new ArrayList<>();
                    for (AssistanceCase c : of) {
                        List<StoredPeriod> own = byCase.getOrDefault(c.id(), List.of());
                        if (own.isEmpty()) {
                            result.add(null);
                            continue;
                        }
                        String current = own.stream().filter(p -> !YearMonth.from(p.fromMonth()).isAfter(now))
                                .reduce((a, b) -> b).map(p -> Yuan.format(p.monthlyAmount())).orElse(null);
                        result.add(new CaseBenefit(current, own.stream().map(p -> new BenefitPeriod(YearMonth.from(p.fromMonth()).toString(),
                                Yuan.format(p.monthlyAmount()), p.reason(), byId.get(p.standardId()), BenefitStep.of(p.trace()))).toList()));
                    }
                    return result;
                }));
    }

    /**
     * For an open dibao case not yet decided: what the rules give today for the household as declared, or as verified
     * once the office has recorded what it found; for an extreme-poverty case, for its members' self-care assessments
     * once each has one. Null for other programmes, decided cases, and where no standard is set.
     */
    public Uni<List<BenefitEstimate>> estimates(List<AssistanceCase> of) {
        List<AssistanceCase> open = of.stream().filter(c -> computed(c.programme()) && c.state().open() && !c.state().decided()).toList();
        if (open.isEmpty()) {
            return Uni.createFrom().item(of.stream().map(c -> (BenefitEstimate) null).toList());
        }
        var inForce = standards.lookup(client, calendar.today());
        return households(open).flatMap(households -> formulasOf(client, open, households)).flatMap(formulas -> Uni.join().all(open.stream()
                .map(c -> inForce.apply(c.regionCode()).map(found -> found.filter(formulas.get(c.id())::pricedBy).map(standard -> {
                    Calculation<BigDecimal> amount = formulas.get(c.id()).under(standard);
                    return new BenefitEstimate(Yuan.format(amount.value()), standard, BenefitStep.of(amount.trace()));
                }))).toList()).andFailFast().map(found -> {
                    Map<UUID, Optional<BenefitEstimate>> byCase = new HashMap<>();
                    for (int i = 0; i < open.size(); i++) {
                        byCase.put(open.get(i).id(), found.get(i));
                    }
                    return of.stream().map(c -> byCase.getOrDefault(c.id(), Optional.empty()).orElse(null)).toList();
                }));
    }

    private static StoredPeriod period(AssistanceCase c, LocalDate month, BenefitPeriod.Reason reason, StandardVersion standard,
            CountedHousehold household, Calculation<BigDecimal> amount) {
        return new StoredPeriod(c.id(), month, amount.value(), reason, standard.id(), household.household().size(), amount.trace());
    }

    /**
     * Each case's programme formula on what its file holds: dibao on the household; tekun on every member's latest
     * self-care assessment (read on {@code connection}, so an approval sees its own transaction).
     */
    private Uni<Map<UUID, CaseFormula>> formulasOf(SqlClient connection, List<AssistanceCase> cases,
            Map<UUID, CountedHousehold> households) {
        List<AssistanceCase> tekun = cases.stream().filter(c -> c.programme() == Programme.TEKUN).toList();
        Uni<List<List<SelfCareRecord>>> assessed = tekun.isEmpty() ? Uni.createFrom().item(List.of())
                : caseRecords.selfCareAssessments(connection, tekun);
        return assessed.map(records -> {
            Map<UUID, CaseFormula> formulas = new HashMap<>();
            cases.forEach(c -> formulas.put(c.id(), new CaseFormula(c, households.get(c.id()), Optional.empty())));
            for (int i = 0; i < tekun.size(); i++) {
                CountedHousehold household = households.get(tekun.get(i).id());
                formulas.put(tekun.get(i).id(), new CaseFormula(tekun.get(i), household,
                        BenefitRules.supportedPersons(household.household(), records.get(i))));
            }
            return formulas;
        });
    }

    private Uni<CaseFormula> formulaOf(SqlConnection connection, AssistanceCase c, CountedHousehold household) {
        return formulasOf(connection, List.of(c), Map.of(c.id(), household)).map(found -> found.get(c.id()));
    }

    /**
     * The formula of a case's programme and what it is applied to: dibao to the household, extreme-poverty support to
     * the persons it supports, present once every member is assessed.
     */
    private record CaseFormula(AssistanceCase c, CountedHousehold household, Optional<List<BenefitRules.SupportedPerson>> supported) {

        /** Whether the rules can compute the amount under this standard. */
        boolean pricedBy(StandardVersion standard) {
            return c.programme() != Programme.TEKUN
                    || supported.isPresent() && BenefitRules.setsExtremePovertySupport(standard.rule());
        }

        Calculation<BigDecimal> under(StandardVersion standard) {
            return c.programme() == Programme.TEKUN ? BenefitRules.extremePovertySupport(standard.rule(), supported.orElseThrow())
                    : BenefitRules.dibao(standard.rule(), household);
        }

        /**
         * The amount a step fixes (the decision, or the notice): PRECONDITION_MISSING while a member has no self-care
         * assessment, STANDARD_NOT_SET when the standard sets no extreme-poverty amounts.
         */
        Calculation<BigDecimal> required(CaseAction step, StandardVersion standard, LocalDate on) {
            if (c.programme() == Programme.TEKUN && supported.isEmpty()) {
                throw Preconditions.missingFor(step, List.of(Requirement.SELF_CARE_ASSESSMENT));
            }
            if (!pricedBy(standard)) {
                throw new ApiException(ErrorCode.STANDARD_NOT_SET, Map.of("countyCode", c.countyCode(), "area",
                        standard.area().name(), "on", on.toString(), "missing", "EXTREME_POVERTY_SUPPORT"));
            }
            return under(standard);
        }
    }

    private static Household household(ApplicationForm form) {
        return Household.declared(form.members(), form.incomesOrEmpty(), form.expendituresOrEmpty());
    }
}
