package cn.jiuzhu.programme.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.jiuzhu.programme.DayKind;
import cn.jiuzhu.programme.DocumentType;
import cn.jiuzhu.programme.HouseholdFacts;
import cn.jiuzhu.programme.Programme;
import cn.jiuzhu.programme.ProgrammeInfo;
import cn.jiuzhu.programme.Question;
import cn.jiuzhu.programme.QuestionType;
import cn.jiuzhu.programme.TimeLimit;

/** What the shipped catalogue says, checked against domain §3 and §4. */
class CatalogueServiceTest {

    private static final HouseholdFacts PLAIN = new HouseholdFacts(false, false, false, false, false, false, false,
            false, false);
    private static final HouseholdFacts DISABLED_MEMBER = new HouseholdFacts(true, false, false, false, false, false,
            false, false, false);
    private static final HouseholdFacts VIA_AGENT = new HouseholdFacts(false, false, false, false, false, false, false,
            true, false);

    static CatalogueService catalogue;

    @BeforeAll
    static void load() {
        catalogue = new CatalogueService();
        catalogue.load();
    }

    @Test
    void everyProgrammeIsInTheCatalogueInEnumOrder() {
        assertThat(catalogue.all()).extracting(ProgrammeInfo::code).containsExactly(Programme.values());
        for (Programme p : Programme.values()) {
            ProgrammeInfo info = catalogue.get(p);
            assertThat(info.name()).as(p.name()).containsPattern("\\p{IsHan}");
            assertThat(info.whoMayApply()).as(p.name()).isNotEmpty();
            assertThat(info.documents()).as(p.name()).isNotEmpty();
            assertThat(info.timeLimits()).as(p.name()).isNotEmpty();
            assertThat(info.canApplyOnline()).as(p.name()).isTrue();
        }
    }

    @Test
    void dibaoAlwaysNeedsIdCardAndHukouAndTheRestOnlyWhenTheHouseholdCallsForIt() {
        assertThat(catalogue.requiredDocuments(Programme.DIBAO, PLAIN))
                .contains(DocumentType.ID_CARD, DocumentType.HUKOU_BOOKLET)
                .doesNotContain(DocumentType.DISABILITY_CERTIFICATE, DocumentType.AGENT_AUTHORISATION,
                        DocumentType.RESIDENCE_PERMIT);
        assertThat(catalogue.requiredDocuments(Programme.DIBAO, DISABLED_MEMBER))
                .contains(DocumentType.ID_CARD, DocumentType.HUKOU_BOOKLET, DocumentType.DISABILITY_CERTIFICATE)
                .doesNotContain(DocumentType.AGENT_AUTHORISATION);
        assertThat(catalogue.requiredDocuments(Programme.DIBAO, VIA_AGENT))
                .contains(DocumentType.ID_CARD, DocumentType.HUKOU_BOOKLET, DocumentType.AGENT_AUTHORISATION)
                .doesNotContain(DocumentType.DISABILITY_CERTIFICATE);
    }

    @Test
    void requiredDocumentsAreDistinctAndInCatalogueOrder() {
        // GANGXING lists medical bills twice (medical and rehabilitation spending) and OTHER twice.
        HouseholdFacts everything = new HouseholdFacts(true, true, true, true, true, true, true, true, true);
        var required = catalogue.requiredDocuments(Programme.GANGXING, everything);
        assertThat(required).doesNotHaveDuplicates().startsWith(DocumentType.ID_CARD, DocumentType.HUKOU_BOOKLET);
        var catalogueOrder = catalogue.get(Programme.GANGXING).documents().stream().map(d -> d.type()).distinct().toList();
        assertThat(catalogueOrder).containsSubsequence(required);
    }

    @Test
    void dibaoTimeLimitsAreThoseOfTheReviewAndConfirmationRules() {
        assertLimit(Programme.DIBAO, "INVESTIGATION_START", 3, DayKind.WORKING_DAYS, null);
        assertLimit(Programme.DIBAO, "VERIFICATION_START", 3, DayKind.WORKING_DAYS, null);
        assertLimit(Programme.DIBAO, "PUBLICITY", 7, DayKind.CALENDAR_DAYS, null);
        assertLimit(Programme.DIBAO, "CONFIRMATION", 10, DayKind.WORKING_DAYS, null);
        assertLimit(Programme.DIBAO, "REFUSAL_REASONS", 3, DayKind.WORKING_DAYS, null);
        assertLimit(Programme.DIBAO, "WHOLE_PROCEDURE", 30, DayKind.WORKING_DAYS, 45);
        assertThat(catalogue.timeLimit(Programme.DIBAO, "CONFIRMATION").orElseThrow().legalReference())
                .contains("民发〔2021〕57号");
        assertThat(catalogue.timeLimit(Programme.DIBAO, "NO_SUCH_STEP")).isEmpty();
    }

    @Test
    void marginalHouseholdsFollowTheDibaoProcedure() {
        for (TimeLimit dibao : catalogue.get(Programme.DIBAO).timeLimits()) {
            TimeLimit marginal = catalogue.timeLimit(Programme.BIANYUAN, dibao.step()).orElseThrow();
            assertThat(marginal.days()).as(dibao.step()).isEqualTo(dibao.days());
            assertThat(marginal.dayKind()).as(dibao.step()).isEqualTo(dibao.dayKind());
            assertThat(marginal.maxDays()).as(dibao.step()).isEqualTo(dibao.maxDays());
        }
    }

    @Test
    void tekunAndGangxingTimeLimits() {
        assertLimit(Programme.TEKUN, "TOWNSHIP_REVIEW", 15, DayKind.WORKING_DAYS, null);
        assertLimit(Programme.TEKUN, "PUBLICITY", 7, DayKind.CALENDAR_DAYS, null);
        assertLimit(Programme.TEKUN, "COUNTY_DECISION", 15, DayKind.WORKING_DAYS, null);
        assertLimit(Programme.GANGXING, "COUNTY_DECISION", 30, DayKind.WORKING_DAYS, 45);
    }

    @Test
    void tekunAsksTheSixSelfCareItemsAndAboutLegalSupporters() {
        var questions = catalogue.get(Programme.TEKUN).questions();
        var selfCare = questions.stream().filter(q -> q.key().startsWith("selfCare")).toList();
        assertThat(selfCare).extracting(Question::key).containsExactly("selfCareEating", "selfCareDressing",
                "selfCareBed", "selfCareToilet", "selfCareIndoorWalking", "selfCareBathing");
        assertThat(selfCare).allSatisfy(q -> {
            assertThat(q.type()).isEqualTo(QuestionType.BOOLEAN);
            assertThat(q.required()).isTrue();
            assertThat(q.label()).startsWith("能否").contains("自主");
        });
        assertThat(selfCare).extracting(Question::label).anyMatch(l -> l.contains("吃饭"))
                .anyMatch(l -> l.contains("穿衣")).anyMatch(l -> l.contains("上下床")).anyMatch(l -> l.contains("如厕"))
                .anyMatch(l -> l.contains("行走")).anyMatch(l -> l.contains("洗澡"));
        assertThat(questions).extracting(Question::key).contains("hasLegalSupporter", "supporterAbleToSupport");
    }

    @Test
    void urgentTemporaryAidIsHandledWhereItHappenedWithoutPublicity() {
        ProgrammeInfo urgent = catalogue.get(Programme.LINSHI_URGENT);
        assertThat(urgent.applyWhere()).contains("急难发生地");
        assertThat(urgent.timeLimits()).extracting(TimeLimit::step).doesNotContain("PUBLICITY");
        assertThat(urgent.requiresResidenceAtVillageLevel()).isFalse();
        Question type = urgent.questions().stream().filter(q -> q.key().equals("emergencyType")).findFirst().orElseThrow();
        assertThat(type.type()).isEqualTo(QuestionType.CHOICE);
        assertThat(type.choices()).extracting(c -> c.value())
                .containsExactly("FIRE", "ACCIDENT", "SERIOUS_ILLNESS", "NATURAL_DISASTER", "OTHER");
        assertThat(catalogue.requiredDocuments(Programme.LINSHI_URGENT, PLAIN))
                .contains(DocumentType.EMERGENCY_PROOF).doesNotContain(DocumentType.HUKOU_BOOKLET);
    }

    @Test
    void serviceAidAsksWhichServiceIsNeeded() {
        Question needed = catalogue.get(Programme.SERVICE).questions().stream()
                .filter(q -> q.key().equals("serviceNeeded")).findFirst().orElseThrow();
        assertThat(needed.choices()).extracting(c -> c.value())
                .containsExactly("CARE", "REHABILITATION", "COUNSELLING", "CAPACITY_BUILDING", "OTHER");
    }

    @Test
    void noLimitIsInventedWhereNoNationalRuleSetsOne() {
        Set<Programme> referred = EnumSet.of(Programme.SPECIAL_MEDICAL, Programme.SPECIAL_EDUCATION,
                Programme.SPECIAL_HOUSING, Programme.SPECIAL_EMPLOYMENT, Programme.SERVICE);
        for (Programme p : referred) {
            TimeLimit referral = catalogue.timeLimit(p, "REFERRAL").orElseThrow();
            assertThat(referral.days()).as(p.name()).isNull();
            assertThat(referral.legalReference()).as(p.name()).isNull();
            assertThat(referral.note()).as(p.name()).contains("当地");
        }
    }

    @Test
    void everyDocumentTypeHasAChineseName() {
        assertThat(Arrays.stream(DocumentType.values()).map(catalogue::documentTypeName))
                .allSatisfy(name -> assertThat(name).containsPattern("\\p{IsHan}"));
        assertThat(catalogue.documentTypeName(DocumentType.HUKOU_BOOKLET)).isEqualTo("户口簿");
        assertThat(catalogue.get(Programme.DIBAO).documents().get(0).typeName()).isEqualTo("身份证");
    }

    private static void assertLimit(Programme programme, String step, int days, DayKind kind, Integer maxDays) {
        TimeLimit limit = catalogue.timeLimit(programme, step).orElseThrow(
                () -> new AssertionError(programme + " has no step " + step));
        assertThat(limit.days()).as(programme + " " + step).isEqualTo(days);
        assertThat(limit.dayKind()).as(programme + " " + step).isEqualTo(kind);
        assertThat(limit.maxDays()).as(programme + " " + step).isEqualTo(maxDays);
    }
}
