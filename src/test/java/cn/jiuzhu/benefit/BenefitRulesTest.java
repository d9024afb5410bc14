package cn.jiuzhu.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.application.form.DisabilityType;
import cn.jiuzhu.application.form.Employment;
import cn.jiuzhu.application.form.ExpenditureItem;
import cn.jiuzhu.application.form.ExpenditureType;
import cn.jiuzhu.application.form.HouseholdMember;
import cn.jiuzhu.application.form.IncomeCategory;
import cn.jiuzhu.application.form.IncomeItem;
import cn.jiuzhu.application.form.Relation;
import cn.jiuzhu.casework.record.SelfCareItem;
import cn.jiuzhu.casework.record.SelfCareRecord;
import cn.jiuzhu.common.money.Yuan;
import cn.jiuzhu.standard.CareTier;
import cn.jiuzhu.standard.Standard;
import cn.jiuzhu.testsupport.TestIds;

/** The worked examples of issue 6: each amount to the fen, and each trace in the order the rules apply. */
class BenefitRulesTest {

    private static final String REFERENCE = "某县民政局关于调整城乡低保标准的通知";
    private static final Standard URBAN_669 = Standard.gap("140105", Standard.Area.URBAN, LocalDate.of(2025, 1, 1), REFERENCE, "669");
    private static final Standard RURAL_555_55 = Standard.gap("140105", Standard.Area.RURAL, LocalDate.of(2025, 1, 1), REFERENCE, "555.55");

    private final String applicant = TestIds.next();
    private final String spouse = TestIds.next();
    private final String child = TestIds.next();

    @Test
    void threePersonUrbanHouseholdGetsTheGapToTheStandardForEachMember() {
        Calculation<BigDecimal> dibao = BenefitRules.dibaoByGap(URBAN_669, household(wages(applicant, "600.00", null)));

        assertThat(dibao.value()).hasToString("1407.00"); // (669 − 600 / 3) × 3
        assertThat(dibao.trace().rules())
                .containsExactly("income.counted", "income.total", "standard.applied", "dibao.gap", "amount.rounded");
        assertThat(step(dibao, "standard.applied").description()).contains("城市", "669.00", "2025-01-01", REFERENCE);
        assertThat(step(dibao, "dibao.gap").description())
                .isEqualTo("按补差计算：（低保标准669.00元 − 人均月收入200.00元）× 3人 = 1407.00元。");
        assertThat(step(dibao, "dibao.gap").inputs()).containsEntry("members", "3").containsEntry("perCapitaIncome", "200.00");
    }

    @Test
    void aHouseholdWhoseIncomeReachesTheStandardGetsNothing() {
        Calculation<BigDecimal> dibao = BenefitRules.dibaoByGap(URBAN_669, household(wages(applicant, "2007.00", null)));

        assertThat(dibao.value()).hasToString("0.00");
        assertThat(dibao.trace().rules()).containsSubsequence("dibao.notBelowStandard", "amount.rounded").doesNotContain("dibao.gap");
        assertThat(step(dibao, "dibao.notBelowStandard").description()).contains("不低于低保标准669.00元");
    }

    @Test
    void theSameHouseholdByTiersGetsTheAmountOfTheTierItsIncomeFallsUnder() {
        Standard tiered = URBAN_669.withTiers(List.of(
                new Standard.Tier(new BigDecimal("200"), new BigDecimal("669")),
                new Standard.Tier(new BigDecimal("400"), new BigDecimal("450")),
                new Standard.Tier(new BigDecimal("669"), new BigDecimal("200"))));

        Calculation<BigDecimal> dibao = BenefitRules.dibao(tiered, household(wages(applicant, "600.00", null)));

        // per-capita 200.00 is not below the first bound (200) but below the second (400): 450 × 3 = 1,350.00
        assertThat(dibao.value()).hasToString("1350.00");
        assertThat(dibao.trace().rules())
                .containsExactly("income.counted", "income.total", "standard.applied", "dibao.tier", "amount.rounded");
        assertThat(step(dibao, "dibao.tier").description())
                .isEqualTo("按分档计算：人均月收入200.00元低于400.00元，每人每月450.00元，× 3人 = 1350.00元。");

        // per-capita 199.99 falls under the first tier, the full standard: 669 × 3 = 2,007.00
        assertThat(BenefitRules.dibao(tiered, household(wages(applicant, "599.97", null))).value()).hasToString("2007.00");
        // per-capita 669.00 reaches the standard: nothing
        assertThat(BenefitRules.dibao(tiered, household(wages(applicant, "2007.00", null))).value()).hasToString("0.00");
    }

    @Test
    void perCapitaIncomeIsNeverRoundedOnlyTheHouseholdAmountAtTheEnd() {
        // 301.00 over 3 people is 100.333… per person; exactly, (555.55 − 100.333…) × 3 = 1666.65 − 301.00 = 1,365.65.
        // Rounding the per-capita income first would give (555.55 − 100.33) × 3 = 1,365.66, one fen too much.
        Calculation<BigDecimal> dibao = BenefitRules.dibaoByGap(RURAL_555_55, household(wages(applicant, "301.00", null)));

        assertThat(dibao.value()).hasToString("1365.65");
        assertThat(step(dibao, "dibao.gap").inputs()).containsEntry("perCapitaIncome", "约100.33");
        assertThat(step(dibao, "amount.rounded").description()).contains("四舍五入", "1365.65");
    }

    @Test
    void incomeNotCountedAsFamilyIncomeIsListedWithTheReasonAndAddsNothing() {
        Calculation<BigDecimal> income = BenefitRules.countableMonthlyIncome(incomes(
                wages(applicant, "600.00", null),
                item(IncomeCategory.SOCIAL_ASSISTANCE, null, "300.00", null),
                item(IncomeCategory.BASIC_PENSION_BASE, spouse, "150.00", null),
                item(IncomeCategory.PREFERENTIAL_OR_REWARD, spouse, "100.00", null),
                item(IncomeCategory.LOCALLY_EXCLUDED, child, "50.00", null)));

        assertThat(income.value()).hasToString("600.00");
        assertThat(income.trace().rules()).containsExactly("income.counted", "income.excluded", "income.excluded",
                "income.excluded", "income.excluded", "income.total");
        assertThat(income.trace().steps()).filteredOn(s -> s.rule().equals("income.excluded"))
                .allSatisfy(s -> assertThat(s.description()).contains("不计入家庭收入"))
                .allSatisfy(s -> assertThat(s.result()).isEqualTo("0.00"));
        assertThat(income.trace().steps().get(2).description())
                .isEqualTo("城乡居民基本养老保险基础养老金150.00元不计入家庭收入：城乡居民基本养老保险的基础养老金按规定不计入家庭收入。");
    }

    @Test
    void employmentCostIsDeductedFromEachItemButNeverBelowZero() {
        Calculation<BigDecimal> income = BenefitRules.countableMonthlyIncome(incomes(
                wages(applicant, "1000.00", "200.00"),
                item(IncomeCategory.BUSINESS, spouse, "100.00", "300.00"),
                item(IncomeCategory.TRANSFER, child, "250.00", " ")));

        assertThat(income.value()).as("800 + 0 (not −200) + 250").hasToString("1050.00");
        assertThat(income.trace().rules())
                .containsExactly("income.counted", "income.costExceedsIncome", "income.counted", "income.total");
        assertThat(income.trace().steps().get(0).description()).isEqualTo("工资性收入1000.00元，扣除必要就业成本200.00元，计入家庭月收入800.00元。");
        assertThat(income.trace().steps().get(1).result()).isEqualTo("0.00");
        assertThat(income.trace().steps().get(1).description()).contains("按0元计入");
    }

    @Test
    void aSeriouslyIllMemberOfAMarginalHouseholdIsCoveredAloneWithOwnIncomeOnly() {
        Household household = Household.declared(
                List.of(member(applicant, Relation.SELF, null, null, false), member(spouse, Relation.SPOUSE, null, null, true),
                        member(child, Relation.CHILD, null, null, false)),
                List.of(wages(applicant, "2400.00", null), item(IncomeCategory.TRANSFER, spouse, "100.00", null),
                        item(IncomeCategory.PROPERTY, null, "90.00", null)), List.of());

        Calculation<Household> single = BenefitRules.singlePersonHousehold(household, true, spouse);

        assertThat(single.value().members()).extracting(Household.Member::idNumber).containsExactly(spouse);
        assertThat(single.value().incomes()).extracting(i -> Yuan.format(i.monthlyAmount())).containsExactly("100.00");
        assertThat(single.trace().rules()).containsExactly("singlePerson.covered");
        assertThat(single.trace().steps().get(0).description()).contains("患有重特大疾病", "低保边缘家庭", "单人户");

        Calculation<BigDecimal> dibao = BenefitRules.dibaoByGap(URBAN_669, single.value());
        assertThat(dibao.value()).as("(669 − 100) × 1").hasToString("569.00");
    }

    @Test
    void theOnePersonRuleNeedsAMarginalHouseholdAndSeriousIllnessOrSevereDisability() {
        Household household = Household.declared(List.of(member(applicant, Relation.SELF, null, null, false),
                member(spouse, Relation.SPOUSE, DisabilityType.PHYSICAL, 2, false),
                member(child, Relation.CHILD, DisabilityType.VISUAL, 3, false)), List.of(), List.of());

        Calculation<Household> severe = BenefitRules.singlePersonHousehold(household, true, spouse.toLowerCase());
        assertThat(severe.value().size()).isEqualTo(1);
        assertThat(severe.trace().steps().get(0).description()).contains("2级重度残疾人");

        Calculation<Household> moderate = BenefitRules.singlePersonHousehold(household, true, child);
        assertThat(moderate.value()).isSameAs(household);
        assertThat(moderate.trace().rules()).containsExactly("singlePerson.notEligible");

        Calculation<Household> notMarginal = BenefitRules.singlePersonHousehold(household, false, spouse);
        assertThat(notMarginal.value()).isSameAs(household);
        assertThat(notMarginal.trace().rules()).containsExactly("singlePerson.notMarginal");
        assertThat(notMarginal.trace().steps().get(0).description()).contains("不是低保边缘家庭", "全户3人");
    }

    @Test
    void aMarginalHouseholdHasPerCapitaIncomeJustUnderOneAndAHalfTimesTheStandard() {
        // threshold 1.5 × 669 = 1,003.50 per person; for 3 people 3,010.50 a month
        Calculation<Boolean> justUnder = BenefitRules.marginalHousehold(URBAN_669, household(wages(applicant, "3010.47", null)), false);
        assertThat(justUnder.value()).isTrue();
        assertThat(justUnder.trace().rules()).containsExactly("income.counted", "income.total", "standard.applied", "marginal.below");
        assertThat(justUnder.trace().steps().get(3).description())
                .isEqualTo("人均月收入1003.49元低于低保标准669.00元的1.5倍（1003.50元），符合低保边缘家庭的收入条件。");

        assertThat(BenefitRules.marginalHousehold(URBAN_669, household(wages(applicant, "3010.50", null)), false).value())
                .as("exactly at the threshold").isFalse();
        assertThat(BenefitRules.marginalHousehold(URBAN_669, household(wages(applicant, "3010.53", null)), false).value()).isFalse();
        Calculation<Boolean> onDibao = BenefitRules.marginalHousehold(URBAN_669, household(wages(applicant, "600.00", null)), true);
        assertThat(onDibao.value()).isFalse();
        assertThat(onDibao.trace().rules()).endsWith("marginal.onDibao");

        Standard twice = URBAN_669.withMarginalMultiple("2");
        assertThat(BenefitRules.marginalHousehold(twice, household(wages(applicant, "3010.53", null)), false).value())
                .as("where local rules say 2×").isTrue();
    }

    @Test
    void theCareTierFollowsHowManyOfTheSixSelfCareItemsFail() {
        Calculation<CareTier> none = BenefitRules.careTier(Set.of());
        assertThat(none.value()).isEqualTo(CareTier.SELF_RELIANT);
        assertThat(none.trace().rules()).containsExactly("care.assessed", "care.tier");
        assertThat(none.trace().steps().get(1).description()).isEqualTo("不能完成0项，照料护理等级为：具备生活自理能力。");

        Calculation<CareTier> three = BenefitRules.careTier(EnumSet.of(SelfCareItem.BATHING, SelfCareItem.DRESSING, SelfCareItem.WALKING_INDOORS));
        assertThat(three.value()).isEqualTo(CareTier.PARTLY_DEPENDENT);
        assertThat(three.trace().steps().get(0).description()).isEqualTo("生活自理能力评估6项中不能自主完成3项：自主穿衣、室内自主行走、自主洗澡。");

        Calculation<CareTier> four = BenefitRules.careTier(
                EnumSet.of(SelfCareItem.BATHING, SelfCareItem.DRESSING, SelfCareItem.WALKING_INDOORS, SelfCareItem.TOILETING));
        assertThat(four.value()).isEqualTo(CareTier.FULLY_DEPENDENT);
        assertThat(four.trace().steps().get(1).description()).contains("完全丧失生活自理能力");

        assertThat(BenefitRules.careTier(EnumSet.of(SelfCareItem.EATING)).value()).isEqualTo(CareTier.PARTLY_DEPENDENT);
        assertThat(BenefitRules.careTier(EnumSet.allOf(SelfCareItem.class)).value()).isEqualTo(CareTier.FULLY_DEPENDENT);
    }

    @Test
    void rigidExpenditureHardshipNeedsLowIncomeAndSpendingAboveTheLocalShareOfIncome() {
        Standard standard = URBAN_669.withRigidExpenditure("0.5", "39000");
        IncomeItem wages = wages(applicant, "2000.00", null); // 24,000 a year, 8,000 per person

        Calculation<Boolean> hardship = BenefitRules.rigidExpenditureHardship(standard, household(medical("15000.00"), wages), false);
        assertThat(hardship.value()).as("15,000 / 24,000 = 62.5% > 50%").isTrue();
        assertThat(hardship.trace().rules()).containsExactly("income.counted", "income.total", "standard.applied",
                "rigid.belowDisposable", "rigid.ratioAbove");
        assertThat(hardship.trace().steps().get(4).description())
                .isEqualTo("近12个月刚性支出15000.00元，占同期家庭收入24000.00元的62.5%，超过当地规定的50%，符合刚性支出困难家庭的条件。");

        assertThat(BenefitRules.rigidExpenditureHardship(standard, household(medical("12000.00"), wages), false).value())
                .as("exactly half is not above half").isFalse();
        assertThat(BenefitRules.rigidExpenditureHardship(standard, household(medical("15000.00"), wages), true).trace().rules())
                .endsWith("rigid.otherStatus");
        Calculation<Boolean> richer = BenefitRules.rigidExpenditureHardship(standard,
                household(medical("90000.00"), wages(applicant, "9750.00", null)), false);
        assertThat(richer.value()).as("39,000 per person a year is not below 39,000").isFalse();
        assertThat(richer.trace().rules()).endsWith("rigid.notBelowDisposable");
    }

    @Test
    void anExtremePovertyPersonGetsTheBasicSupportPlusTheCareSupportOfTheirTier() {
        Standard standard = URBAN_669.withTekun("870", "60", "330", "990");

        Calculation<BigDecimal> selfReliant = BenefitRules.extremePovertySupport(standard, Set.of());
        Calculation<BigDecimal> partly = BenefitRules.extremePovertySupport(standard,
                EnumSet.of(SelfCareItem.BATHING, SelfCareItem.WALKING_INDOORS, SelfCareItem.DRESSING));
        Calculation<BigDecimal> fully = BenefitRules.extremePovertySupport(standard,
                EnumSet.of(SelfCareItem.BATHING, SelfCareItem.WALKING_INDOORS, SelfCareItem.DRESSING, SelfCareItem.TOILETING));

        assertThat(selfReliant.value()).hasToString("930.00");
        assertThat(partly.value()).hasToString("1200.00");
        assertThat(fully.value()).hasToString("1860.00");
        assertThat(fully.trace().rules())
                .containsExactly("care.assessed", "care.tier", "tekun.basic", "tekun.care", "tekun.total", "amount.rounded");
        assertThat(step(fully, "tekun.care").description()).contains("完全丧失生活自理能力", "990.00");
        assertThat(step(fully, "tekun.basic").description()).contains("870.00", REFERENCE);
    }

    @Test
    void anExtremePovertyCaseSupportsEveryMemberEachByTheTierOfTheirOwnLatestAssessment() {
        Standard standard = URBAN_669.withTekun("870", "80", "330", "990");
        Household two = Household.declared(List.of(member(applicant, Relation.SELF, null, null, false),
                member(spouse, Relation.SPOUSE, null, null, false)), List.of(), List.of());
        LocalDate on = LocalDate.of(2026, 12, 3);
        SelfCareRecord applicantBathing = assessed(applicant, on, EnumSet.of(SelfCareItem.BATHING));
        SelfCareRecord spouseSelfReliant = assessed(spouse.toLowerCase(), on, Set.of()); // an ID read as the card reads

        assertThat(BenefitRules.supportedPersons(two, List.of(applicantBathing))).as("the spouse is not assessed yet").isEmpty();
        List<BenefitRules.SupportedPerson> people = BenefitRules.supportedPersons(two, List.of(spouseSelfReliant, applicantBathing))
                .orElseThrow();
        assertThat(people).extracting(BenefitRules.SupportedPerson::name).as("in the household's order")
                .containsExactly("成员" + applicant.substring(14), "成员" + spouse.substring(14));

        Calculation<BigDecimal> support = BenefitRules.extremePovertySupport(standard, people);

        assertThat(support.value()).hasToString("2150.00"); // (870 + 330) + (870 + 80)
        assertThat(support.trace().rules()).containsExactly(
                "tekun.person", "care.assessed", "care.tier", "tekun.basic", "tekun.care", "tekun.total",
                "tekun.person", "care.assessed", "care.tier", "tekun.basic", "tekun.care", "tekun.total",
                "tekun.household", "amount.rounded");
        assertThat(support.trace().steps().get(0).description()).isEqualTo("供养人员成员" + applicant.substring(14) + "（2026-12-03进行生活自理能力评估）：");
        assertThat(step(support, "tekun.household").description()).isEqualTo("2名供养人员合计每月2150.00元。");
        assertThat(BenefitRules.extremePovertySupport(standard, people.subList(0, 1)).trace().rules()).as("one person: no sum")
                .containsExactly("tekun.person", "care.assessed", "care.tier", "tekun.basic", "tekun.care", "tekun.total", "amount.rounded");
        assertThat(BenefitRules.setsExtremePovertySupport(URBAN_669)).isFalse();
        assertThat(BenefitRules.setsExtremePovertySupport(standard)).isTrue();
    }

    @Test
    void temporaryAidIsCappedAtTheBandsMultipleOfTheStandard() {
        Standard standard = RURAL_555_55.withTemporaryAidBands(List.of(
                new Standard.AidBand("GENERAL", "一般困难", new BigDecimal("2")),
                new Standard.AidBand("MAJOR", "重大困难", new BigDecimal("12"))));

        Calculation<BigDecimal> general = BenefitRules.temporaryAidCap(standard, "GENERAL");
        Calculation<BigDecimal> major = BenefitRules.temporaryAidCap(standard, "MAJOR");

        assertThat(general.value()).hasToString("1111.10");
        assertThat(major.value()).hasToString("6666.60");
        assertThat(step(major, "temporaryAid.band").description()).contains("重大困难", "555.55", "12倍", "6666.60");
    }

    /** Three people as their application form declares them, read the way the office reads a form. */
    private Household household(IncomeItem... incomes) {
        return household(List.of(), incomes);
    }

    private Household household(List<ExpenditureItem> spending, IncomeItem... incomes) {
        return Household.declared(List.of(member(applicant, Relation.SELF, null, null, false),
                member(spouse, Relation.SPOUSE, null, null, false), member(child, Relation.CHILD, null, null, false)),
                List.of(incomes), spending);
    }

    private List<Household.Income> incomes(IncomeItem... items) {
        return household(items).incomes();
    }

    private static HouseholdMember member(String id, Relation relation, DisabilityType disability, Integer grade, boolean ill) {
        return new HouseholdMember("成员" + id.substring(14), id, relation, disability, grade, ill, Employment.UNEMPLOYED, false);
    }

    private static IncomeItem wages(String member, String amount, String cost) {
        return item(IncomeCategory.WAGES, member, amount, cost);
    }

    private static IncomeItem item(IncomeCategory category, String member, String amount, String cost) {
        return new IncomeItem(category, member, amount, cost, null);
    }

    private List<ExpenditureItem> medical(String amount) {
        return List.of(new ExpenditureItem(ExpenditureType.MEDICAL, spouse, amount, "住院自付"));
    }

    private static SelfCareRecord assessed(String member, LocalDate on, Set<SelfCareItem> failed) {
        return new SelfCareRecord(UUID.randomUUID(), member, failed, on, "涧西区湖北路街道办事处", List.of(), OffsetDateTime.now());
    }

    private static Trace.Step step(Calculation<?> calculation, String rule) {
        return calculation.trace().steps().stream().filter(s -> s.rule().equals(rule)).findFirst().orElseThrow();
    }
}
