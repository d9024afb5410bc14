package cn.jiuzhu.benefit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jiuzhu.casework.record.SelfCareItem;
import cn.jiuzhu.casework.record.SelfCareRecord;
import cn.jiuzhu.common.error.Messages;
import cn.jiuzhu.common.money.Yuan;
import cn.jiuzhu.standard.CareTier;
import cn.jiuzhu.standard.Standard;

/**
 * The benefit formulas of domain §3 as plain functions: countable income, dibao by gap or tiers, the
 * one-person household, the extreme-poverty care tier, and the marginal and rigid-expenditure tests.
 * Every function returns its trace. Money follows {@link Yuan}'s rule: comparisons and amounts are kept
 * exact by multiplying the standard by the household size instead of dividing the income by it, and the
 * household's monthly amount is rounded to the fen once, as the last step.
 */
public final class BenefitRules {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);
    private static final int FULLY_DEPENDENT_FROM = 4;

    private BenefitRules() {
    }

    /**
     * 家庭月收入: the counted categories, each less its necessary employment cost (never below 0 per item);
     * the categories not counted as family income are listed with the reason and add nothing.
     */
    public static Calculation<BigDecimal> countableMonthlyIncome(List<Household.Income> incomes) {
        Trace.Builder trace = Trace.builder();
        BigDecimal total = Yuan.toFen(BigDecimal.ZERO);
        for (Household.Income item : incomes) {
            String category = Messages.text("income.category." + item.category().name(), Map.of());
            BigDecimal amount = item.monthlyAmount();
            if (!item.category().counted()) {
                trace.step("income.excluded", "0.00", "category", category, "amount", Yuan.format(amount),
                        "reason", Messages.text("income.excluded." + item.category().name(), Map.of()));
                continue;
            }
            BigDecimal cost = item.monthlyEmploymentCost();
            BigDecimal counted = amount.subtract(cost).max(Yuan.toFen(BigDecimal.ZERO));
            trace.step(cost.compareTo(amount) > 0 ? "income.costExceedsIncome" : "income.counted", Yuan.format(counted),
                    "category", category, "amount", Yuan.format(amount), "employmentCost", Yuan.format(cost));
            total = total.add(counted);
        }
        trace.step("income.total", Yuan.format(total), "items", String.valueOf(incomes.size()));
        return new Calculation<>(total, trace.build());
    }

    /**
     * The monthly dibao for a household as the office established it: each declared figure the office corrected first
     * (申报 → 核实, with its source), or that the office found the declaration accurate, then the formula.
     */
    public static Calculation<BigDecimal> dibao(Standard standard, CountedHousehold counted) {
        Calculation<BigDecimal> amount = dibao(standard, counted.household());
        return new Calculation<>(amount.value(), verified(counted).append(amount.trace()).build());
    }

    /** The steps that say how the household computed for was established; none when it is as declared. */
    static Trace.Builder verified(CountedHousehold counted) {
        Trace.Builder trace = Trace.builder();
        if (counted.verifiedBy() == null) {
            return trace;
        }
        if (counted.corrections().isEmpty()) {
            trace.step("household.verified", yes(), "source", counted.verifiedBy().label());
        }
        for (Correction c : counted.corrections()) {
            trace.step("household.corrected", c.verified(), "figure", c.figure(), "declared", c.declared(), "verified", c.verified(),
                    "source", c.sourceLabel(), "evidence", c.evidence() == null ? c.sourceLabel() : c.evidence());
        }
        return trace;
    }

    /** 定期核查: the amount recomputed for the household as found, said against the amount paid before it. */
    public static Calculation<BigDecimal> reviewed(Calculation<BigDecimal> recomputed, BigDecimal paidBefore, boolean stopped) {
        BigDecimal amount = stopped ? Yuan.toFen(BigDecimal.ZERO) : recomputed.value();
        Trace.Builder trace = Trace.builder().append(recomputed.trace())
                .step(stopped ? "review.stopped" : "review.compared", Yuan.format(amount), "before",
                        paidBefore == null ? Messages.text("figure.none", Map.of()) : Yuan.format(paidBefore));
        return new Calculation<>(amount, trace.build());
    }

    /** The monthly dibao for the household by the method its county chose. */
    public static Calculation<BigDecimal> dibao(Standard standard, Household household) {
        return standard.method() == Standard.Method.TIERS ? dibaoByTiers(standard, household) : dibaoByGap(standard, household);
    }

    /** 补差: (standard − per-capita income) × members, or 0 when the per-capita income reaches the standard. */
    public static Calculation<BigDecimal> dibaoByGap(Standard standard, Household household) {
        Trace.Builder trace = Trace.builder();
        BigDecimal income = incomeAndStandard(standard, household, trace);
        BigDecimal line = standard.dibaoMonthly().multiply(BigDecimal.valueOf(household.size()));
        if (income.compareTo(line) >= 0) {
            return notBelowStandard(standard, household, income, trace);
        }
        BigDecimal exact = line.subtract(income); // (standard − income / n) × n, without the division
        trace.step("dibao.gap", shown(exact), "standard", Yuan.format(standard.dibaoMonthly()),
                "perCapitaIncome", perCapita(income, household.size()), "members", String.valueOf(household.size()));
        return rounded(exact, trace);
    }

    /** 分档: each member gets the amount of the first tier whose bound the per-capita income is below. */
    public static Calculation<BigDecimal> dibaoByTiers(Standard standard, Household household) {
        Trace.Builder trace = Trace.builder();
        BigDecimal income = incomeAndStandard(standard, household, trace);
        BigDecimal members = BigDecimal.valueOf(household.size());
        if (income.compareTo(standard.dibaoMonthly().multiply(members)) >= 0) {
            return notBelowStandard(standard, household, income, trace);
        }
        for (Standard.Tier tier : standard.tiers()) {
            if (income.compareTo(tier.maxPerCapitaIncome().multiply(members)) < 0) {
                BigDecimal exact = tier.amountPerPerson().multiply(members);
                trace.step("dibao.tier", shown(exact), "perCapitaIncome", perCapita(income, household.size()),
                        "maxPerCapitaIncome", Yuan.format(tier.maxPerCapitaIncome()),
                        "amountPerPerson", Yuan.format(tier.amountPerPerson()), "members", String.valueOf(household.size()));
                return rounded(exact, trace);
            }
        }
        trace.step("dibao.noTier", "0.00", "perCapitaIncome", perCapita(income, household.size()));
        return rounded(BigDecimal.ZERO, trace);
    }

    /**
     * 单人户: a seriously ill or severely disabled (grade 1 or 2) member of a marginal household may be
     * covered by dibao alone, with only their own income and spending. Returns that one-person household, or the whole
     * household when the rule does not apply, and says which and why.
     */
    public static Calculation<Household> singlePersonHousehold(Household household, boolean marginalHousehold, String memberIdNumber) {
        Household.Member member = household.members().stream()
                .filter(m -> sameId(m.idNumber(), memberIdNumber))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a member of this household"));
        Trace.Builder trace = Trace.builder();
        String whole = String.valueOf(household.size());
        if (!marginalHousehold) {
            trace.step("singlePerson.notMarginal", whole, "name", member.name());
            return new Calculation<>(household, trace.build());
        }
        if (!member.seriousIllness() && !member.severelyDisabled()) {
            trace.step("singlePerson.notEligible", whole, "name", member.name());
            return new Calculation<>(household, trace.build());
        }
        List<Household.Income> own = household.incomes().stream().filter(i -> sameId(i.memberIdNumber(), memberIdNumber)).toList();
        List<Household.Expenditure> ownSpending = household.expenditures().stream()
                .filter(e -> sameId(e.memberIdNumber(), memberIdNumber)).toList();
        String reason = Messages.text(member.seriousIllness() ? "singlePerson.reason.illness" : "singlePerson.reason.disability",
                Map.of("grade", String.valueOf(member.disabilityGrade())));
        trace.step("singlePerson.covered", "1", "name", member.name(), "reason", reason,
                "ownIncomeItems", String.valueOf(own.size()));
        return new Calculation<>(new Household(List.of(member), own, ownSpending), trace.build());
    }

    /** 照料护理等级 from the items of the six the person cannot do on their own [TK 20–22]. */
    public static Calculation<CareTier> careTier(Set<SelfCareItem> failed) {
        Set<SelfCareItem> items = failed.isEmpty() ? EnumSet.noneOf(SelfCareItem.class) : EnumSet.copyOf(failed);
        CareTier tier = items.isEmpty() ? CareTier.SELF_RELIANT
                : items.size() < FULLY_DEPENDENT_FROM ? CareTier.PARTLY_DEPENDENT : CareTier.FULLY_DEPENDENT;
        String names = items.isEmpty() ? Messages.text("selfCare.none", Map.of())
                : items.stream().map(i -> Messages.text("selfCare." + i.name(), Map.of())).collect(Collectors.joining("、"));
        Trace.Builder trace = Trace.builder()
                .step("care.assessed", String.valueOf(items.size()), "failedItems", names)
                .step("care.tier", Messages.text("careTier." + tier.name(), Map.of()), "failedCount", String.valueOf(items.size()));
        return new Calculation<>(tier, trace.build());
    }

    /**
     * 特困人员救助供养 for one person per month: the basic living support plus the care support of the tier the
     * self-care assessment gives [TK 20–22].
     */
    public static Calculation<BigDecimal> extremePovertySupport(Standard standard, Set<SelfCareItem> failed) {
        requireExtremePovertySupport(standard);
        Trace.Builder trace = Trace.builder();
        return rounded(personSupport(standard, failed, trace), trace);
    }

    /** A person an extreme-poverty case supports (供养), with their latest self-care assessment. */
    public record SupportedPerson(String name, LocalDate assessedOn, Set<SelfCareItem> failed) {
    }

    /**
     * Whom an extreme-poverty case supports: every member of its household, each with their own latest self-care
     * assessment, in the household's order (tekun households are usually one person; where there are more, each is
     * assessed and paid by their own tier). Empty while a member has no assessment yet.
     */
    public static Optional<List<SupportedPerson>> supportedPersons(Household household, List<SelfCareRecord> assessments) {
        Map<Household.Member, SelfCareRecord> byMember = new HashMap<>();
        assessments.forEach(a -> household.member(a.memberIdNumber()).ifPresent(m -> byMember.put(m, a)));
        List<SupportedPerson> people = new ArrayList<>();
        for (Household.Member member : household.members()) {
            SelfCareRecord latest = byMember.get(member);
            if (latest == null) {
                return Optional.empty();
            }
            people.add(new SupportedPerson(member.name(), latest.assessedOn(), latest.failedItems()));
        }
        return Optional.of(people);
    }

    /**
     * 特困人员救助供养 for a case per month: for each person it supports, the basic living support plus the care
     * support of the tier their own assessment gives, added up and rounded once [TK 20–22].
     */
    public static Calculation<BigDecimal> extremePovertySupport(Standard standard, List<SupportedPerson> people) {
        if (people.isEmpty()) {
            throw new IllegalArgumentException("An extreme-poverty case supports at least one person");
        }
        requireExtremePovertySupport(standard);
        Trace.Builder trace = Trace.builder();
        BigDecimal total = BigDecimal.ZERO;
        for (SupportedPerson person : people) {
            trace.step("tekun.person", person.name(), "assessedOn", person.assessedOn().toString());
            total = total.add(personSupport(standard, person.failed(), trace));
        }
        if (people.size() > 1) {
            trace.step("tekun.household", shown(total), "persons", String.valueOf(people.size()));
        }
        return rounded(total, trace);
    }

    /** Whether the standard sets the extreme-poverty amounts: the basic support and the care support of every tier. */
    public static boolean setsExtremePovertySupport(Standard standard) {
        return standard.tekunBasicMonthly() != null && standard.tekunCareMonthly().size() == CareTier.values().length;
    }

    private static void requireExtremePovertySupport(Standard standard) {
        if (!setsExtremePovertySupport(standard)) {
            throw new IllegalStateException("Standard " + standard.reference() + " sets no extreme-poverty support amounts");
        }
    }

    /** One person's basic plus care support, exact, with its steps added to the trace. */
    private static BigDecimal personSupport(Standard standard, Set<SelfCareItem> failed, Trace.Builder trace) {
        Calculation<CareTier> tier = careTier(failed);
        BigDecimal basic = standard.tekunBasicMonthly();
        BigDecimal care = standard.tekunCareMonthly().get(tier.value());
        trace.append(tier.trace())
                .step("tekun.basic", Yuan.format(basic), "area", Messages.text("standard.area." + standard.area().name(), Map.of()),
                        "regionCode", standard.regionCode(), "effectiveFrom", standard.effectiveFrom().toString(),
                        "reference", standard.reference())
                .step("tekun.care", Yuan.format(care), "tier", Messages.text("careTier." + tier.value().name(), Map.of()))
                .step("tekun.total", shown(basic.add(care)), "basic", Yuan.format(basic), "care", Yuan.format(care));
        return basic.add(care);
    }

    /**
     * 临时救助: the most a household may be given once for a hardship of the band's kind, the band's multiple of
     * the monthly dibao standard. The office decides the amount within it.
     */
    public static Calculation<BigDecimal> temporaryAidCap(Standard standard, String bandCode) {
        Standard.AidBand band = standard.temporaryAidBands().stream().filter(b -> b.code().equals(bandCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Standard " + standard.reference() + " has no band " + bandCode));
        BigDecimal cap = band.maxMultiple().multiply(standard.dibaoMonthly());
        Trace.Builder trace = Trace.builder()
                .step("standard.applied", Yuan.format(standard.dibaoMonthly()),
                        "area", Messages.text("standard.area." + standard.area().name(), Map.of()),
                        "regionCode", standard.regionCode(), "effectiveFrom", standard.effectiveFrom().toString(),
                        "reference", standard.reference())
                .step("temporaryAid.band", shown(cap), "band", band.label(), "multiple", band.maxMultiple().stripTrailingZeros().toPlainString(),
                        "standard", Yuan.format(standard.dibaoMonthly()));
        return rounded(cap, trace);
    }

    /** 低保边缘家庭: not on dibao, and per-capita income below the local multiple of the standard. */
    public static Calculation<Boolean> marginalHousehold(Standard standard, Household household, boolean onDibao) {
        Trace.Builder trace = Trace.builder();
        BigDecimal income = incomeAndStandard(standard, household, trace);
        if (onDibao) {
            trace.step("marginal.onDibao", no());
            return new Calculation<>(false, trace.build());
        }
        BigDecimal threshold = standard.marginalMultiple().multiply(standard.dibaoMonthly());
        boolean below = income.compareTo(threshold.multiply(BigDecimal.valueOf(household.size()))) < 0;
        trace.step(below ? "marginal.below" : "marginal.notBelow", below ? yes() : no(),
                "perCapitaIncome", perCapita(income, household.size()), "multiple", standard.marginalMultiple().stripTrailingZeros().toPlainString(),
                "standard", Yuan.format(standard.dibaoMonthly()), "threshold", shown(threshold));
        return new Calculation<>(below, trace.build());
    }

    /**
     * 刚性支出困难家庭: holding none of dibao, extreme-poverty or marginal status; per-capita income below last
     * year's local per-capita disposable income; and rigid spending over the last 12 months above the local
     * ratio of the income over the same 12 months.
     */
    public static Calculation<Boolean> rigidExpenditureHardship(Standard standard, Household household, boolean holdsAnotherStatus) {
        if (standard.rigidExpenditureRatio() == null || standard.lastYearPerCapitaDisposableIncome() == null) {
            throw new IllegalStateException("Standard " + standard.reference() + " sets no rigid-expenditure ratio or disposable income");
        }
        Trace.Builder trace = Trace.builder();
        BigDecimal income = incomeAndStandard(standard, household, trace);
        if (holdsAnotherStatus) {
            trace.step("rigid.otherStatus", no());
            return new Calculation<>(false, trace.build());
        }
        BigDecimal members = BigDecimal.valueOf(household.size());
        BigDecimal yearlyIncome = income.multiply(MONTHS);
        boolean belowDisposable = yearlyIncome.compareTo(standard.lastYearPerCapitaDisposableIncome().multiply(members)) < 0;
        trace.step(belowDisposable ? "rigid.belowDisposable" : "rigid.notBelowDisposable", belowDisposable ? yes() : no(),
                "perCapitaYearlyIncome", perCapita(yearlyIncome, household.size()),
                "disposableIncome", Yuan.format(standard.lastYearPerCapitaDisposableIncome()));
        if (!belowDisposable) {
            return new Calculation<>(false, trace.build());
        }
        BigDecimal spent = spendingLast12Months(household);
        boolean above = spent.compareTo(standard.rigidExpenditureRatio().multiply(yearlyIncome)) > 0;
        String share = yearlyIncome.signum() == 0 ? Messages.text("rigid.noIncome", Map.of())
                : spent.multiply(BigDecimal.valueOf(100)).divide(yearlyIncome, 1, RoundingMode.HALF_UP).toPlainString() + "%";
        trace.step(above ? "rigid.ratioAbove" : "rigid.ratioNotAbove", above ? yes() : no(),
                "spending", Yuan.format(spent), "yearlyIncome", Yuan.format(yearlyIncome), "share", share,
                "ratio", standard.rigidExpenditureRatio().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%");
        return new Calculation<>(above, trace.build());
    }

    /**
     * 支出型临时救助: the household's income over the last 12 months, less its rigid spending over them, is below
     * last year's local per-capita disposable income for each member.
     */
    public static Calculation<Boolean> expenditureHardship(Standard standard, Household household) {
        if (standard.lastYearPerCapitaDisposableIncome() == null) {
            throw new IllegalStateException("Standard " + standard.reference() + " sets no disposable income");
        }
        Trace.Builder trace = Trace.builder();
        BigDecimal yearlyIncome = incomeAndStandard(standard, household, trace).multiply(MONTHS);
        BigDecimal spendingLast12Months = spendingLast12Months(household);
        BigDecimal left = yearlyIncome.subtract(spendingLast12Months);
        boolean below = left.compareTo(standard.lastYearPerCapitaDisposableIncome().multiply(BigDecimal.valueOf(household.size()))) < 0;
        trace.step(below ? "expense.below" : "expense.notBelow", below ? yes() : no(), "yearlyIncome", Yuan.format(yearlyIncome),
                "spending", Yuan.format(spendingLast12Months), "perCapitaLeft", perCapita(left, household.size()),
                "disposableIncome", Yuan.format(standard.lastYearPerCapitaDisposableIncome()));
        return new Calculation<>(below, trace.build());
    }

    private static BigDecimal incomeAndStandard(Standard standard, Household household, Trace.Builder trace) {
        Calculation<BigDecimal> income = countableMonthlyIncome(household.incomes());
        trace.append(income.trace());
        trace.step("standard.applied", Yuan.format(standard.dibaoMonthly()),
                "area", Messages.text("standard.area." + standard.area().name(), Map.of()),
                "regionCode", standard.regionCode(), "effectiveFrom", standard.effectiveFrom().toString(),
                "reference", standard.reference());
        return income.value();
    }

    private static BigDecimal spendingLast12Months(Household household) {
        return household.expenditures().stream().map(Household.Expenditure::amountLast12Months)
                .reduce(Yuan.toFen(BigDecimal.ZERO), BigDecimal::add);
    }

    private static Calculation<BigDecimal> notBelowStandard(Standard standard, Household household, BigDecimal income, Trace.Builder trace) {
        trace.step("dibao.notBelowStandard", "0.00", "perCapitaIncome", perCapita(income, household.size()),
                "standard", Yuan.format(standard.dibaoMonthly()));
        return rounded(BigDecimal.ZERO, trace);
    }

    private static Calculation<BigDecimal> rounded(BigDecimal exact, Trace.Builder trace) {
        BigDecimal amount = Yuan.toFen(exact);
        trace.step("amount.rounded", Yuan.format(amount), "exact", shown(exact));
        return new Calculation<>(amount, trace.build());
    }

    /** Per-capita amount as shown to a reader: to the fen, marked 约 when the exact figure has more decimals. */
    private static String perCapita(BigDecimal total, int members) {
        BigDecimal fen = total.divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP);
        boolean exact = fen.multiply(BigDecimal.valueOf(members)).compareTo(total) == 0;
        return exact ? fen.toPlainString() : Messages.text("amount.approximately", Map.of("amount", fen.toPlainString()));
    }

    /** An exact amount as shown: to the fen when it has no more decimals than that, otherwise every decimal it has. */
    private static String shown(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() <= 2 ? Yuan.format(stripped.setScale(2)) : stripped.toPlainString();
    }

    private static boolean sameId(String a, String b) {
        return a != null && b != null && a.strip().toUpperCase(Locale.ROOT).equals(b.strip().toUpperCase(Locale.ROOT));
    }

    private static String yes() {
        return Messages.text("answer.yes", Map.of());
    }

    private static String no() {
        return Messages.text("answer.no", Map.of());
    }
}
