package cn.jiuzhu.benefit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import cn.jiuzhu.application.form.ExpenditureType;
import cn.jiuzhu.benefit.assessment.SelfAssessmentInput;
import cn.jiuzhu.benefit.assessment.SelfAssessmentOutcome;
import cn.jiuzhu.benefit.assessment.SelfAssessmentResult;
import cn.jiuzhu.casework.record.SelfCareItem;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Messages;
import cn.jiuzhu.common.money.Yuan;
import cn.jiuzhu.programme.Programme;
import cn.jiuzhu.standard.CareTier;
import cn.jiuzhu.standard.Standard;

/**
 * 自助测算: the same {@link BenefitRules} the office's calculation uses, applied to a few figures the household
 * types in, programme by programme. Only income is assessed: property limits, the household's relations and the
 * documents are for the office, which the notice says.
 */
public final class SelfAssessmentRules {

    private static final int MAX_MEMBERS = 20;
    private static final int WORKING_AGE_FROM = 16;
    private static final int WORKING_AGE_TO = 60;

    private SelfAssessmentRules() {
    }

    /** Results for each programme assessed, those the household may qualify for first; {@code names} gives programme names. */
    public static List<SelfAssessmentResult> assess(Standard standard, SelfAssessmentInput in, Function<Programme, String> names) {
        Household household = household(in);
        List<SelfAssessmentResult> results = new ArrayList<>();

        Calculation<BigDecimal> dibao = BenefitRules.dibao(standard, household);
        boolean dibaoLikely = dibao.value().signum() > 0;
        results.add(result(Programme.DIBAO, names, dibaoLikely, Yuan.format(dibao.value()), null, dibao.trace()));

        Calculation<BigDecimal> tekun = extremePoverty(standard, household, in, dibaoLikely);
        boolean tekunLikely = tekun.value() != null;
        results.add(result(Programme.TEKUN, names, tekunLikely, tekunLikely ? Yuan.format(tekun.value()) : null, null, tekun.trace()));

        Calculation<Boolean> marginal = BenefitRules.marginalHousehold(standard, household, dibaoLikely);
        results.add(result(Programme.BIANYUAN, names, marginal.value(), null, null, marginal.trace()));

        if (standard.rigidExpenditureRatio() != null && standard.lastYearPerCapitaDisposableIncome() != null) {
            Calculation<Boolean> rigid = BenefitRules.rigidExpenditureHardship(standard, household,
                    dibaoLikely || tekunLikely || marginal.value());
            results.add(result(Programme.GANGXING, names, rigid.value(), null, null, rigid.trace()));
        }

        String cap = largestCap(standard);
        Trace.Builder urgent = Trace.builder();
        boolean hardship = Boolean.TRUE.equals(in.suddenHardship());
        urgent.step(hardship ? "urgent.hardship" : "urgent.none", hardship ? yes() : no());
        if (hardship) {
            standard.temporaryAidBands().forEach(b -> urgent.append(BenefitRules.temporaryAidCap(standard, b.code()).trace()));
        }
        results.add(result(Programme.LINSHI_URGENT, names, hardship, null, hardship ? cap : null, urgent.build()));

        if (standard.lastYearPerCapitaDisposableIncome() != null && !household.expenditures().isEmpty()) {
            Calculation<Boolean> expense = BenefitRules.expenditureHardship(standard, household);
            results.add(result(Programme.LINSHI_EXPENSE, names, expense.value(), null, expense.value() ? cap : null, expense.trace()));
        }
        results.sort((a, b) -> Boolean.compare(b.outcome() == SelfAssessmentOutcome.MAY_QUALIFY, a.outcome() == SelfAssessmentOutcome.MAY_QUALIFY));
        return results;
    }

    /**
     * 特困: every member unable to work (60 or over, under 16, or severely disabled), no able legal supporter, and
     * income below the dibao standard; then the basic and care support for each member. Null value when unlikely.
     */
    private static Calculation<BigDecimal> extremePoverty(Standard standard, Household household, SelfAssessmentInput in,
            boolean belowStandard) {
        Trace.Builder trace = Trace.builder();
        long able = IntStream.range(0, household.size()).filter(i -> in.members().get(i).age() >= WORKING_AGE_FROM
                && in.members().get(i).age() < WORKING_AGE_TO && !household.members().get(i).severelyDisabled()).count();
        if (able > 0) {
            trace.step("tekun.ableToWork", no(), "count", String.valueOf(able));
            return new Calculation<>(null, trace.build());
        }
        trace.step("tekun.unableToWork", yes());
        if (!Boolean.FALSE.equals(in.hasAbleSupporter())) {
            trace.step("tekun.supporter", no());
            return new Calculation<>(null, trace.build());
        }
        trace.step("tekun.noSupporter", yes());
        Calculation<BigDecimal> income = BenefitRules.countableMonthlyIncome(household.incomes());
        trace.append(income.trace());
        String perCapita = income.value().divide(BigDecimal.valueOf(household.size()), 2, RoundingMode.HALF_UP).toPlainString();
        trace.step("tekun.income", belowStandard ? yes() : no(), "perCapitaIncome", perCapita,
                "comparison", belowStandard ? "低于" : "不低于", "standard", Yuan.format(standard.dibaoMonthly()));
        if (!belowStandard || standard.tekunBasicMonthly() == null || standard.tekunCareMonthly().size() != CareTier.values().length) {
            return new Calculation<>(null, trace.build());
        }
        Set<SelfCareItem> failed = EnumSet.noneOf(SelfCareItem.class);
        if (in.selfCareItemsFailed() != null) {
            in.selfCareItemsFailed().stream().filter(java.util.Objects::nonNull).forEach(failed::add);
        }
        Calculation<BigDecimal> each = BenefitRules.extremePovertySupport(standard, failed);
        trace.append(each.trace());
        return new Calculation<>(Yuan.toFen(each.value().multiply(BigDecimal.valueOf(household.size()))), trace.build());
    }

    /** The household as typed in; the one spending total asked for stands as a medical expenditure when above zero. */
    private static Household household(SelfAssessmentInput in) {
        if (in.members() == null || in.members().isEmpty() || in.members().size() > MAX_MEMBERS) {
            throw invalid("家庭成员应为1到" + MAX_MEMBERS + "人");
        }
        List<Household.Member> members = new ArrayList<>();
        for (int i = 0; i < in.members().size(); i++) {
            SelfAssessmentInput.Member m = in.members().get(i);
            if (m == null) {
                throw invalid("第" + (i + 1) + "位成员没有填写");
            }
            if (m.age() < 0 || m.age() > 120) {
                throw invalid("第" + (i + 1) + "位成员的年龄应在0到120岁之间");
            }
            if (m.disabilityGrade() != null && (m.disabilityGrade() < 1 || m.disabilityGrade() > 4)) {
                throw invalid("第" + (i + 1) + "位成员的残疾等级应为1到4级");
            }
            members.add(new Household.Member("成员" + (i + 1), null, m.disabilityGrade(), Boolean.TRUE.equals(m.seriousIllness())));
        }
        List<Household.Income> incomes = new ArrayList<>();
        if (in.incomes() != null) {
            for (int i = 0; i < in.incomes().size(); i++) {
                SelfAssessmentInput.Income income = in.incomes().get(i);
                if (income == null) {
                    throw invalid("第" + (i + 1) + "项收入没有填写");
                }
                incomes.add(Household.Income.read(i, income.category(), null, income.monthlyAmount(), income.monthlyEmploymentCost()));
            }
        }
        BigDecimal spending = in.rigidExpenditureLast12Months() == null || in.rigidExpenditureLast12Months().isBlank()
                ? Yuan.toFen(BigDecimal.ZERO) : Yuan.parse("rigidExpenditureLast12Months", in.rigidExpenditureLast12Months());
        return new Household(members, incomes,
                spending.signum() > 0 ? List.of(new Household.Expenditure(ExpenditureType.MEDICAL, null, spending)) : List.of());
    }

    private static String largestCap(Standard standard) {
        return standard.temporaryAidBands().stream().map(b -> BenefitRules.temporaryAidCap(standard, b.code()).value())
                .max(BigDecimal::compareTo).map(Yuan::format).orElse(null);
    }

    private static SelfAssessmentResult result(Programme programme, Function<Programme, String> names, boolean likely,
            String monthly, String oneOff, Trace trace) {
        return new SelfAssessmentResult(programme, names.apply(programme),
                likely ? SelfAssessmentOutcome.MAY_QUALIFY : SelfAssessmentOutcome.UNLIKELY, likely ? monthly : null, oneOff,
                trace.steps().stream().map(Trace.Step::description).toList(), BenefitStep.of(trace));
    }

    private static ApiException invalid(String problem) {
        return new ApiException(ErrorCode.SELF_ASSESSMENT_INVALID, Map.of("problem", problem));
    }

    private static String yes() {
        return Messages.text("answer.yes", Map.of());
    }

    private static String no() {
        return Messages.text("answer.no", Map.of());
    }
}
