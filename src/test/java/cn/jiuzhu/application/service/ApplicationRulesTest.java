package cn.jiuzhu.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.jiuzhu.application.form.Agent;
import cn.jiuzhu.application.form.Answer;
import cn.jiuzhu.application.form.ApplicationForm;
import cn.jiuzhu.application.form.Declarations;
import cn.jiuzhu.application.form.DisabilityType;
import cn.jiuzhu.application.form.Employment;
import cn.jiuzhu.application.form.ExpenditureItem;
import cn.jiuzhu.application.form.ExpenditureType;
import cn.jiuzhu.application.form.HouseholdMember;
import cn.jiuzhu.application.form.IncomeCategory;
import cn.jiuzhu.application.form.IncomeItem;
import cn.jiuzhu.application.form.PropertyItem;
import cn.jiuzhu.application.form.PropertyType;
import cn.jiuzhu.application.form.Relation;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Messages;
import cn.jiuzhu.common.error.Problems;
import cn.jiuzhu.common.time.ChinaTime;
import cn.jiuzhu.programme.Choice;
import cn.jiuzhu.programme.HouseholdFacts;
import cn.jiuzhu.programme.Programme;
import cn.jiuzhu.programme.Question;
import cn.jiuzhu.programme.QuestionType;
import cn.jiuzhu.testsupport.TestIds;

class ApplicationRulesTest {

    /** China's date in these rules; the service passes its clock's. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final String APPLICANT = "11010519491231002X";
    private static final String SPOUSE = TestIds.withCheck("11010519500101001");
    private static final String CHILD = TestIds.withCheck("11010519800202002");
    /** A village committee member who fills in the form for the household. */
    private static final String HELPER = TestIds.withCheck("41030519750505003");

    private static final String TOWNSHIP = "410305001";
    private static final String VILLAGE = "410305001001";
    private static final String OTHER_TOWNSHIP = "410311100";
    private static final String EMERGENCY_VILLAGE = "410322100201";

    private static final Declarations AGREED = new Declarations(true, true, false, null);

    @Nested
    class Formats {

        @Test
        void anEmptyDraftIsWellFormed() {
            assertThat(ApplicationRules.checkFormats(ApplicationForm.empty(), TODAY).list()).isEmpty();
            assertThat(ApplicationRules.checkFormats(new ApplicationForm(null, null, null, null, null, null, null, null,
                    null, null, null, null), TODAY).list()).isEmpty();
        }

        @Test
        void aMemberIdNumberWithAWrongCheckCharacterIsRefusedAtThatMember() {
            // The standard's example ends in X; 1 is the wrong check character for the same 17 digits.
            var form = form().members(member("王秀兰", "110105194912310021", Relation.SELF)).build();

            assertThat(codes(ApplicationRules.checkFormats(form, TODAY))).containsExactly("members[0].idNumber ID_NUMBER_INVALID");
        }

        @Test
        void theSamePersonTwiceIsRefusedEvenWhenTypedDifferently() {
            var form = form().members(member("王秀兰", APPLICANT, Relation.SELF),
                    member("王秀兰", " 11010519491231002x", Relation.SPOUSE)).build();

            assertThat(codes(ApplicationRules.checkFormats(form, TODAY))).containsExactly("members[1].idNumber MEMBER_DUPLICATED");
        }

        @Test
        void moneyMustBeANonNegativeAmountWithAtMostTwoDecimals() {
            var form = form().members(member("王秀兰", APPLICANT, Relation.SELF))
                    .incomes(new IncomeItem(IncomeCategory.WAGES, APPLICANT, "-800.00", "100.005", null))
                    .properties(new PropertyItem(PropertyType.DEPOSIT, 1, "3000.123", null))
                    .expenditures(new ExpenditureItem(ExpenditureType.MEDICAL, APPLICANT, "12.345", null))
                    .build();

            assertThat(codes(ApplicationRules.checkFormats(form, TODAY))).containsExactly(
                    "incomes[0].monthlyAmount MONEY_INVALID",
                    "incomes[0].monthlyEmploymentCost MONEY_INVALID",
                    "properties[0].value MONEY_INVALID",
                    "expenditures[0].amountLast12Months MONEY_INVALID");
        }

        @Test
        void wellFormedAmountsPass() {
            var form = form().members(member("王秀兰", APPLICANT, Relation.SELF))
                    .incomes(new IncomeItem(IncomeCategory.WAGES, APPLICANT, "800", "0.5", null))
                    .properties(new PropertyItem(PropertyType.DEPOSIT, 1, "3000.00", null))
                    .expenditures(new ExpenditureItem(ExpenditureType.MEDICAL, APPLICANT, "0.00", null))
                    .build();

            assertThat(ApplicationRules.checkFormats(form, TODAY).list()).isEmpty();
        }

        @Test
        void aHouseholdOfMoreThanTwentyIsRefused() {
            List<HouseholdMember> twentyOne = IntStream.rangeClosed(1, 21)
                    .mapToObj(i -> member(null, TestIds.withCheck("11010519800101" + String.format("%03d", i)), null))
                    .toList();
            var problems = ApplicationRules.checkFormats(form().members(twentyOne).build(), TODAY);

            assertThat(codes(problems)).containsExactly("members HOUSEHOLD_SIZE_INVALID");
            assertThat(problems.list().get(0).details()).containsEntry("max", 20).containsEntry("given", 21);

            var twenty = form().members(twentyOne.subList(0, 20)).build();
            assertThat(ApplicationRules.checkFormats(twenty, TODAY).list()).isEmpty();
        }

        @Test
        void aRegionCodeMustHaveTheLengthOfALevelAndOnlyDigits() {
            var form = form().residence("41030500").usualResidence("4103050010a1").emergency("4103050010011").build();

            assertThat(codes(ApplicationRules.checkFormats(form, TODAY))).containsExactly(
                    "residenceRegionCode REGION_CODE_INVALID",
                    "usualResidenceRegionCode REGION_CODE_INVALID",
                    "emergencyRegionCode REGION_CODE_INVALID");
        }

        @Test
        void aDisabilityGradeNeedsADisabilityTypeAndLiesBetweenOneAndFour() {
            var form = form().members(
                    disabled("甲", TestIds.withCheck("11010519800101001"), null, 2),
                    disabled("乙", TestIds.withCheck("11010519800101002"), DisabilityType.PHYSICAL, 0),
                    disabled("丙", TestIds.withCheck("11010519800101003"), DisabilityType.PHYSICAL, 5),
                    disabled("丁", TestIds.withCheck("11010519800101004"), DisabilityType.VISUAL, 1),
                    disabled("戊", TestIds.withCheck("11010519800101005"), DisabilityType.MENTAL, 4),
                    disabled("己", TestIds.withCheck("11010519800101006"), DisabilityType.HEARING, null))
                    .build();

            assertThat(codes(ApplicationRules.checkFormats(form, TODAY))).containsExactly(
                    "members[0].disabilityGrade VALIDATION_FAILED",
                    "members[1].disabilityGrade VALIDATION_FAILED",
                    "members[2].disabilityGrade VALIDATION_FAILED");
        }

        @Test
        void anIncomeMayOnlyBeAttributedToAMemberOfTheHousehold() {
            var form = form().members(member("王秀兰", APPLICANT, Relation.SELF))
                    .incomes(new IncomeItem(IncomeCategory.WAGES, SPOUSE, "800.00", null, null),
                            new IncomeItem(IncomeCategory.WAGES, APPLICANT.toLowerCase(), "800.00", null, null))
                    .build();

            assertThat(codes(ApplicationRules.checkFormats(form, TODAY))).containsExactly("incomes[0].memberIdNumber VALIDATION_FAILED");
        }
    }

    @Nested
    class Completeness {

        @Test
        void aCompleteFormFromAMemberPasses() {
            assertThat(ApplicationRules.checkComplete(complete().build(), Programme.DIBAO, APPLICANT, List.of(), TODAY).list())
                    .isEmpty();
        }

        @Test
        void aDraftThatIsWellFormedMayStillBeIncomplete() {
            var empty = ApplicationForm.empty();

            assertThat(ApplicationRules.checkFormats(empty, TODAY).list()).isEmpty();
            assertThat(codes(ApplicationRules.checkComplete(empty, Programme.DIBAO, APPLICANT, List.of(), TODAY))).containsExactly(
                    "residenceRegionCode FIELD_REQUIRED",
                    "mobileNumber FIELD_REQUIRED",
                    "members HOUSEHOLD_SIZE_INVALID",
                    "declarations DECLARATIONS_MISSING");
        }

        @Test
        void aHouseholdHasAtLeastOneMember() {
            var form = complete().members().incomes().build();

            assertThat(codes(check(form))).containsExactly("members HOUSEHOLD_SIZE_INVALID");
        }

        @Test
        void exactlyOneMemberIsTheApplicant() {
            var noSelf = complete().members(member("王秀兰", APPLICANT, Relation.PARENT),
                    member("李建国", SPOUSE, Relation.SPOUSE)).build();
            var twoSelves = complete().members(member("王秀兰", APPLICANT, Relation.SELF),
                    member("李建国", SPOUSE, Relation.SELF)).build();

            assertThat(codes(check(noSelf))).containsExactly("members APPLICANT_MISSING");
            assertThat(codes(check(twoSelves))).containsExactly("members APPLICANT_MISSING");
        }

        @Test
        void everyMemberNeedsANameAnIdNumberAndARelation() {
            var form = complete().members(member("王秀兰", APPLICANT, Relation.SELF), member("李建国", SPOUSE, Relation.SPOUSE),
                    member(" ", null, null)).build();

            assertThat(codes(check(form))).containsExactly(
                    "members[2].name FIELD_REQUIRED",
                    "members[2].idNumber FIELD_REQUIRED",
                    "members[2].relation FIELD_REQUIRED");
        }

        @Test
        void bothDeclarationsMustBeAgreedTo() {
            assertThat(codes(check(complete().declarations(null).build())))
                    .containsExactly("declarations DECLARATIONS_MISSING");
            assertThat(codes(check(complete().declarations(new Declarations(true, false, false, null)).build())))
                    .containsExactly("declarations DECLARATIONS_MISSING");
            assertThat(codes(check(complete().declarations(new Declarations(null, true, false, null)).build())))
                    .containsExactly("declarations DECLARATIONS_MISSING");
        }

        @Test
        void aCloseRelativeOfStaffMustBeNamed() {
            var unnamed = complete().declarations(new Declarations(true, true, true, " ")).build();
            var named = complete().declarations(new Declarations(true, true, true, "女儿王芳，湖北路街道民政助理员")).build();

            var problems = check(unnamed);
            assertThat(codes(problems)).containsExactly("declarations.nearRelativeDetails FIELD_REQUIRED");
            assertThat(problems.list().get(0).details()).containsEntry("fieldName", "近亲属的姓名和职务");
            assertThat(check(named).list()).isEmpty();
        }

        @Test
        void aMissingCloseRelativeIsReportedAlongsideMissingDeclarations() {
            // Every problem is listed at once, so the person does not fix one only to meet the next.
            var form = complete().declarations(new Declarations(null, null, true, null)).build();

            assertThat(codes(check(form))).containsExactlyInAnyOrder(
                    "declarations DECLARATIONS_MISSING",
                    "declarations.nearRelativeDetails FIELD_REQUIRED");
        }

        @Test
        void someoneOutsideTheHouseholdNeedsToBeItsNamedAgent() {
            var withoutAgent = complete().build();
            var someoneElseAsAgent = complete().agent(new Agent("张主任", SPOUSE, "13912345678", "村委会")).build();
            var namelessAgent = complete().agent(new Agent(" ", HELPER, null, "村委会")).build();

            assertThat(codes(ApplicationRules.checkComplete(withoutAgent, Programme.DIBAO, HELPER, List.of(), TODAY)))
                    .containsExactly("agent AGENT_REQUIRED");
            assertThat(codes(ApplicationRules.checkComplete(someoneElseAsAgent, Programme.DIBAO, HELPER, List.of(), TODAY)))
                    .containsExactly("agent AGENT_REQUIRED");
            assertThat(codes(ApplicationRules.checkComplete(namelessAgent, Programme.DIBAO, HELPER, List.of(), TODAY)))
                    .containsExactly("agent AGENT_REQUIRED");
        }

        @Test
        void someoneOutsideTheHouseholdMayApplyAsItsAgent() {
            var form = complete().agent(new Agent("张主任", HELPER.toLowerCase(), "13912345678", "村委会")).build();

            assertThat(ApplicationRules.checkComplete(form, Programme.DIBAO, HELPER, List.of(), TODAY).list()).isEmpty();
        }

        @Test
        void urgentAidNeedsWhereTheEmergencyHappened() {
            var form = complete().build();

            assertThat(codes(ApplicationRules.checkComplete(form, Programme.LINSHI_URGENT, APPLICANT, List.of(), TODAY)))
                    .containsExactly("emergencyRegionCode FIELD_REQUIRED");
            assertThat(ApplicationRules.checkComplete(complete().emergency(EMERGENCY_VILLAGE).build(),
                    Programme.LINSHI_URGENT, APPLICANT, List.of(), TODAY).list()).isEmpty();
        }

        @Test
        void applyingAtTheUsualResidenceNeedsThatResidence() {
            var form = complete().atUsualResidence(true).build();

            assertThat(codes(check(form))).containsExactly("usualResidenceRegionCode FIELD_REQUIRED");
            assertThat(check(complete().atUsualResidence(true).usualResidence(OTHER_TOWNSHIP).build()).list()).isEmpty();
        }

        @Test
        void incomeExpenditureAndPropertyItemsNeedTheirKindAndAmount() {
            var form = complete()
                    .incomes(new IncomeItem(null, null, null, null, "打零工"))
                    .properties(new PropertyItem(null, 1, null, null))
                    .expenditures(new ExpenditureItem(null, APPLICANT, null, null))
                    .build();

            assertThat(codes(check(form))).containsExactly(
                    "incomes[0].category FIELD_REQUIRED",
                    "incomes[0].monthlyAmount FIELD_REQUIRED",
                    "properties[0].type FIELD_REQUIRED",
                    "expenditures[0].type FIELD_REQUIRED",
                    "expenditures[0].amountLast12Months FIELD_REQUIRED");
        }

        @Test
        void formatProblemsAreReportedOnSubmissionToo() {
            var form = complete().mobile("12345").build();

            assertThat(codes(check(form))).containsExactly("mobileNumber MOBILE_NUMBER_INVALID");
        }
    }

    @Nested
    class ResidenceLevel {

        private static final String DIBAO = "最低生活保障";

        @Test
        void aProgrammeThatNeedsTheVillageRefusesAResidenceOnlyAtTheTownship() {
            var problems = ApplicationRules.checkResidenceLevel(complete().residence(TOWNSHIP).build(), true, DIBAO);

            assertThat(codes(problems)).containsExactly("residenceRegionCode RESIDENCE_VILLAGE_REQUIRED");
            var problem = problems.list().get(0);
            assertThat(problem.details()).containsEntry("fieldName", "户籍地").containsEntry("programmeName", DIBAO);
            assertThat(Messages.of(problem.code(), problem.details()))
                    .isEqualTo("请把户籍地选择到村（社区）一级：最低生活保障要由您所在的村（居）民委员会协助办理。");
            assertThat(ApplicationRules.checkResidenceLevel(complete().build(), true, DIBAO).list()).as("410305001001").isEmpty();
        }

        @Test
        void theUsualResidenceCountsWhereTheHouseholdAppliesThere() {
            var there = complete().atUsualResidence(true).usualResidence(OTHER_TOWNSHIP).build();
            var notThere = complete().atUsualResidence(false).usualResidence(OTHER_TOWNSHIP).build();

            assertThat(codes(ApplicationRules.checkResidenceLevel(there, true, DIBAO)))
                    .containsExactly("usualResidenceRegionCode RESIDENCE_VILLAGE_REQUIRED");
            assertThat(ApplicationRules.checkResidenceLevel(there, true, DIBAO).list().get(0).details())
                    .containsEntry("fieldName", "经常居住地");
            assertThat(ApplicationRules.checkResidenceLevel(notThere, true, DIBAO).list()).isEmpty();
        }

        @Test
        void aProgrammeThatDoesNotNeedTheVillageTakesTheTownship() {
            var form = complete().residence(TOWNSHIP).emergency(TOWNSHIP).build();

            assertThat(ApplicationRules.checkResidenceLevel(form, false, "临时救助（急难型）").list()).isEmpty();
        }

        @Test
        void aMissingOrMalformedResidenceIsReportedOnlyAsSuch() {
            assertThat(ApplicationRules.checkResidenceLevel(complete().residence(null).build(), true, DIBAO).list()).isEmpty();
            assertThat(ApplicationRules.checkResidenceLevel(complete().residence("4103x5001").build(), true, DIBAO).list()).isEmpty();
        }
    }

    @Nested
    class Answers {

        private final Question emergencyType = new Question("emergencyType", "遇到的急难情况", QuestionType.CHOICE, true,
                List.of(new Choice("FIRE", "火灾"), new Choice("ACCIDENT", "交通事故")), null);
        private final Question emergencyDate = new Question("emergencyDate", "发生日期", QuestionType.DATE, false, null, null);
        private final Question loss = new Question("loss", "直接损失金额", QuestionType.MONEY, false, null, null);

        private Problems answering(Answer... answers) {
            return ApplicationRules.checkComplete(complete().emergency(EMERGENCY_VILLAGE).answers(answers).build(),
                    Programme.LINSHI_URGENT, APPLICANT, List.of(emergencyType, emergencyDate, loss), TODAY);
        }

        @Test
        void aRequiredQuestionMustBeAnswered() {
            var unanswered = answering();
            var blank = answering(new Answer("emergencyType", "  "));

            assertThat(codes(unanswered)).containsExactly("answers.emergencyType FIELD_REQUIRED");
            assertThat(unanswered.list().get(0).details()).containsEntry("fieldName", "遇到的急难情况");
            assertThat(codes(blank)).containsExactly("answers.emergencyType FIELD_REQUIRED");
        }

        @Test
        void fittingAnswersPass() {
            var problems = answering(new Answer("emergencyType", "FIRE"), new Answer("emergencyDate", "2025-11-22"),
                    new Answer("loss", "12000.50"));

            assertThat(problems.list()).isEmpty();
        }

        @Test
        void aChoiceMustBeOneOfTheQuestionsChoices() {
            var problems = answering(new Answer("emergencyType", "FLOOD"));

            assertThat(codes(problems)).containsExactly("answers.emergencyType ANSWER_INVALID");
            assertThat(problems.list().get(0).details()).containsEntry("question", "遇到的急难情况");
        }

        @Test
        void aDateCannotBeInTheFuture() {
            var nextWeek = TODAY.plusDays(7).toString();

            assertThat(codes(answering(new Answer("emergencyType", "FIRE"), new Answer("emergencyDate", nextWeek))))
                    .containsExactly("answers.emergencyDate ANSWER_INVALID");
            assertThat(codes(answering(new Answer("emergencyType", "FIRE"), new Answer("emergencyDate", "2026-02-30"))))
                    .containsExactly("answers.emergencyDate ANSWER_INVALID");
        }

        /** 07:29 in China is 23:29 the day before in UTC: an emergency of this morning happened today, not tomorrow. */
        @Test
        void anEmergencyThisMorningInChinaIsTodayAt2330Utc() {
            Clock lateEveningUtc = Clock.fixed(Instant.parse("2026-12-01T23:30:00Z"), ZoneOffset.UTC);
            var form = complete().emergency(EMERGENCY_VILLAGE)
                    .answers(new Answer("emergencyType", "FIRE"), new Answer("emergencyDate", "2026-12-02")).build();
            var questions = List.of(emergencyType, emergencyDate, loss);

            Problems inChina = ApplicationRules.checkComplete(form, Programme.LINSHI_URGENT, APPLICANT, questions,
                    ChinaTime.today(lateEveningUtc));
            Problems byServerZone = ApplicationRules.checkComplete(form, Programme.LINSHI_URGENT, APPLICANT, questions,
                    LocalDate.now(lateEveningUtc));

            assertThat(inChina.list()).isEmpty();
            assertThat(codes(byServerZone)).as("what the server's own zone would have said").containsExactly("answers.emergencyDate ANSWER_INVALID");
        }

        @Test
        void moneyHasAtMostTwoDecimals() {
            assertThat(codes(answering(new Answer("emergencyType", "FIRE"), new Answer("loss", "12.345"))))
                    .containsExactly("answers.loss ANSWER_INVALID");
        }

        @Test
        void eachTypeAcceptsOnlyItsOwnShape() {
            var yesNo = new Question("q", "是否", QuestionType.BOOLEAN, false, null, null);
            var number = new Question("q", "人数", QuestionType.NUMBER, false, null, null);
            var text = new Question("q", "说明", QuestionType.TEXT, false, null, null);

            assertThat(ApplicationRules.answerFits(yesNo, "true", TODAY)).isTrue();
            assertThat(ApplicationRules.answerFits(yesNo, "是", TODAY)).isFalse();
            assertThat(ApplicationRules.answerFits(number, "-3.5", TODAY)).isTrue();
            assertThat(ApplicationRules.answerFits(number, "三", TODAY)).isFalse();
            assertThat(ApplicationRules.answerFits(text, "火".repeat(500), TODAY)).isTrue();
            assertThat(ApplicationRules.answerFits(text, "火".repeat(501), TODAY)).isFalse();
        }
    }

    @Nested
    class Facts {

        private static final HouseholdFacts NOTHING_SPECIAL = new HouseholdFacts(false, false, false, false, false, false,
                false, false, false);

        @Test
        void aPlainHouseholdApplyingForItselfNeedsNothingConditional() {
            assertThat(ApplicationRules.facts(complete().build(), APPLICANT)).isEqualTo(NOTHING_SPECIAL);
        }

        @Test
        void membersCircumstancesBecomeFacts() {
            var form = complete().members(
                    member("王秀兰", APPLICANT, Relation.SELF),
                    new HouseholdMember("李建国", SPOUSE, Relation.SPOUSE, DisabilityType.PHYSICAL, 2, true,
                            Employment.UNEMPLOYED, false),
                    new HouseholdMember("李小明", CHILD, Relation.CHILD, null, null, false, Employment.NOT_WORKING_AGE, true))
                    .build();

            var facts = ApplicationRules.facts(form, APPLICANT);

            assertThat(facts.anyMemberDisabled()).isTrue();
            assertThat(facts.anyMemberSeriouslyIll()).isTrue();
            assertThat(facts.anyMemberUnemployed()).isTrue();
            assertThat(facts.anyMemberStudent()).isTrue();
            assertThat(facts.hasMedicalExpenditure()).isFalse();
            assertThat(facts.viaAgent()).isFalse();
        }

        @Test
        void onlyAnExpenditureAboveZeroCountsAndOnlyForItsOwnKind() {
            var medicalOnly = complete().expenditures(
                    new ExpenditureItem(ExpenditureType.MEDICAL, APPLICANT, "0.01", null),
                    new ExpenditureItem(ExpenditureType.EDUCATION, APPLICANT, "0.00", null),
                    new ExpenditureItem(ExpenditureType.REHABILITATION, APPLICANT, "0", null)).build();
            var educationAndRehabilitation = complete().expenditures(
                    new ExpenditureItem(ExpenditureType.EDUCATION, APPLICANT, "4500.00", null),
                    new ExpenditureItem(ExpenditureType.REHABILITATION, APPLICANT, "5600", null)).build();

            var first = ApplicationRules.facts(medicalOnly, APPLICANT);
            var second = ApplicationRules.facts(educationAndRehabilitation, APPLICANT);

            assertThat(first.hasMedicalExpenditure()).isTrue();
            assertThat(first.hasEducationExpenditure()).isFalse();
            assertThat(first.hasRehabilitationExpenditure()).isFalse();
            assertThat(second.hasMedicalExpenditure()).isFalse();
            assertThat(second.hasEducationExpenditure()).isTrue();
            assertThat(second.hasRehabilitationExpenditure()).isTrue();
        }

        @Test
        void anAmountTheFormatCheckAcceptsCountsAsAnExpenditure() {
            // checkFormats accepts surrounding spaces, as people type them; the fact must agree.
            var form = complete().expenditures(new ExpenditureItem(ExpenditureType.MEDICAL, APPLICANT, " 1200.00 ", null))
                    .build();

            assertThat(ApplicationRules.checkFormats(form, TODAY).list()).isEmpty();
            assertThat(ApplicationRules.facts(form, APPLICANT).hasMedicalExpenditure()).isTrue();
        }

        @Test
        void anApplicationIsViaAnAgentWhenAnAgentIsNamedOrTheOwnerIsNotAMember() {
            var agentNamed = complete().agent(new Agent("王芳", CHILD, "13912345678", "女儿")).build();

            assertThat(ApplicationRules.facts(agentNamed, APPLICANT).viaAgent()).isTrue();
            assertThat(ApplicationRules.facts(complete().build(), HELPER).viaAgent()).isTrue();
            assertThat(ApplicationRules.facts(complete().build(), APPLICANT).viaAgent()).isFalse();
            assertThat(ApplicationRules.facts(ApplicationForm.empty(), HELPER).viaAgent()).isFalse();
        }

        @Test
        void applyingAtTheUsualResidenceIsAFact() {
            assertThat(ApplicationRules.facts(complete().atUsualResidence(true).build(), APPLICANT).atUsualResidence())
                    .isTrue();
            assertThat(ApplicationRules.facts(complete().atUsualResidence(false).usualResidence(OTHER_TOWNSHIP).build(),
                    APPLICANT).atUsualResidence()).isFalse();
        }
    }

    @Nested
    class HandlingRegion {

        @Test
        void urgentAidIsHandledWhereTheEmergencyHappened() {
            var form = complete().emergency(EMERGENCY_VILLAGE).atUsualResidence(true).usualResidence(OTHER_TOWNSHIP).build();

            assertThat(ApplicationRules.handlingRegionCode(form, Programme.LINSHI_URGENT)).isEqualTo(EMERGENCY_VILLAGE);
        }

        @Test
        void otherProgrammesAreHandledAtTheUsualResidenceWhenChosen() {
            var form = complete().emergency(EMERGENCY_VILLAGE).atUsualResidence(true).usualResidence(OTHER_TOWNSHIP).build();

            assertThat(ApplicationRules.handlingRegionCode(form, Programme.DIBAO)).isEqualTo(OTHER_TOWNSHIP);
        }

        @Test
        void otherwiseAtTheRegisteredResidence() {
            var notChosen = complete().emergency(EMERGENCY_VILLAGE).atUsualResidence(false).usualResidence(OTHER_TOWNSHIP)
                    .build();

            assertThat(ApplicationRules.handlingRegionCode(notChosen, Programme.DIBAO)).isEqualTo(VILLAGE);
            assertThat(ApplicationRules.handlingRegionCode(complete().build(), Programme.TEKUN)).isEqualTo(VILLAGE);
        }
    }

    private static Problems check(ApplicationForm form) {
        return ApplicationRules.checkComplete(form, Programme.DIBAO, APPLICANT, List.of(), TODAY);
    }

    /** Each problem as "field CODE", in the order found. */
    private static List<String> codes(Problems problems) {
        return problems.list().stream().map(p -> p.field() + " " + p.code().name()).toList();
    }

    private static HouseholdMember member(String name, String idNumber, Relation relation) {
        return new HouseholdMember(name, idNumber, relation, null, null, null, null, null);
    }

    private static HouseholdMember disabled(String name, String idNumber, DisabilityType type, Integer grade) {
        return new HouseholdMember(name, idNumber, Relation.OTHER, type, grade, null, null, null);
    }

    private static FormBuilder form() {
        return new FormBuilder();
    }

    /** A dibao application an applicant and her husband could submit as it is. */
    private static FormBuilder complete() {
        return new FormBuilder().residence(VILLAGE).mobile("13812345678")
                .members(member("王秀兰", APPLICANT, Relation.SELF), member("李建国", SPOUSE, Relation.SPOUSE))
                .incomes(new IncomeItem(IncomeCategory.WAGES, SPOUSE, "800.00", "100.00", "打零工"))
                .properties(new PropertyItem(PropertyType.DEPOSIT, 1, "3000.00", null))
                .declarations(AGREED);
    }

    private static final class FormBuilder {
        private String residence;
        private Boolean atUsualResidence;
        private String usualResidence;
        private String emergency;
        private String mobile;
        private List<HouseholdMember> members = List.of();
        private List<IncomeItem> incomes = List.of();
        private List<PropertyItem> properties = List.of();
        private List<ExpenditureItem> expenditures = List.of();
        private List<Answer> answers = List.of();
        private Declarations declarations;
        private Agent agent;

        FormBuilder residence(String code) {
            residence = code;
            return this;
        }

        FormBuilder atUsualResidence(Boolean chosen) {
            atUsualResidence = chosen;
            return this;
        }

        FormBuilder usualResidence(String code) {
            usualResidence = code;
            return this;
        }

        FormBuilder emergency(String code) {
            emergency = code;
            return this;
        }

        FormBuilder mobile(String number) {
            mobile = number;
            return this;
        }

        FormBuilder members(HouseholdMember... m) {
            return members(List.of(m));
        }

        FormBuilder members(List<HouseholdMember> m) {
            members = new ArrayList<>(m);
            return this;
        }

        FormBuilder incomes(IncomeItem... items) {
            incomes = List.of(items);
            return this;
        }

        FormBuilder properties(PropertyItem... items) {
            properties = List.of(items);
            return this;
        }

        FormBuilder expenditures(ExpenditureItem... items) {
            expenditures = List.of(items);
            return this;
        }

        FormBuilder answers(Answer... a) {
            answers = List.of(a);
            return this;
        }

        FormBuilder declarations(Declarations d) {
            declarations = d;
            return this;
        }

        FormBuilder agent(Agent a) {
            agent = a;
            return this;
        }

        ApplicationForm build() {
            return new ApplicationForm(residence, atUsualResidence, usualResidence, emergency, mobile, members, incomes,
                    properties, expenditures, answers, declarations, agent);
        }
    }
}
