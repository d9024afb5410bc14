package cn.jiuzhu.programme.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.programme.DocumentType;
import cn.jiuzhu.programme.HouseholdFacts;
import cn.jiuzhu.programme.Programme;

/** A broken catalogue must stop the service at startup with a message that says what to fix. */
class CatalogueReaderTest {

    private static final String SOURCE = "test.json";

    private static final String ALL_DOCUMENT_TYPES = Arrays.stream(DocumentType.values())
            .map(t -> "{\"type\": \"" + t + "\", \"name\": \"材料\"}").collect(Collectors.joining(","));

    private static final String DOCUMENTS = """
            [{"type": "ID_CARD", "condition": "ALWAYS", "note": "身份证"},
             {"type": "AGENT_AUTHORISATION", "condition": "VIA_AGENT", "note": "委托书"}]""";

    private static final String TIME_LIMITS = """
            [{"step": "CONFIRMATION", "label": "审核确认", "days": 10, "dayKind": "WORKING_DAYS", "legalReference": "办法"}]""";

    @Test
    void readsACompleteCatalogue() {
        Catalogue catalogue = CatalogueReader.parse(catalogue(ALL_DOCUMENT_TYPES, allProgrammes()), SOURCE);
        assertThat(catalogue.all()).hasSize(Programme.values().length);
        assertThat(catalogue.get(Programme.TEKUN).documents().get(0).typeName()).isEqualTo("材料");
        HouseholdFacts viaAgent = new HouseholdFacts(false, false, false, false, false, false, false, true, false);
        assertThat(catalogue.requiredDocuments(Programme.TEKUN, viaAgent))
                .containsExactly(DocumentType.ID_CARD, DocumentType.AGENT_AUTHORISATION);
        assertThat(catalogue.timeLimit(Programme.TEKUN, "CONFIRMATION").orElseThrow().days()).isEqualTo(10);
    }

    @Test
    void refusesACatalogueThatLeavesOutProgrammes() {
        String onlyDibao = catalogue(ALL_DOCUMENT_TYPES, programme("DIBAO", DOCUMENTS, "[]", TIME_LIMITS));
        assertThatThrownBy(() -> CatalogueReader.parse(onlyDibao, SOURCE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Assistance catalogue test.json is invalid")
                .hasMessageContaining("programmes missing: TEKUN, LINSHI_URGENT, LINSHI_EXPENSE, BIANYUAN, GANGXING, "
                        + "SPECIAL_MEDICAL, SPECIAL_EDUCATION, SPECIAL_HOUSING, SPECIAL_EMPLOYMENT, SERVICE");
    }

    @Test
    void refusesAProgrammeListedTwice() {
        String twice = catalogue(ALL_DOCUMENT_TYPES, allProgrammes() + "," + programme("TEKUN", DOCUMENTS, "[]", TIME_LIMITS));
        assertThatThrownBy(() -> CatalogueReader.parse(twice, SOURCE)).hasMessageContaining("TEKUN is listed more than once");
    }

    @Test
    void refusesAnUnknownDocumentTypeSayingWhereItIs() {
        String passport = catalogue(ALL_DOCUMENT_TYPES, programme("DIBAO",
                "[{\"type\": \"PASSPORT\", \"condition\": \"ALWAYS\", \"note\": \"护照\"}]", "[]", TIME_LIMITS));
        assertThatThrownBy(() -> CatalogueReader.parse(passport, SOURCE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("\"PASSPORT\" at programmes[0].documents[0].type is not a known DocumentType")
                .hasMessageContaining("known values: ID_CARD, HUKOU_BOOKLET");
    }

    @Test
    void refusesADocumentTypeWithoutAChineseName() {
        String withoutOther = catalogue(ALL_DOCUMENT_TYPES.replace(",{\"type\": \"OTHER\", \"name\": \"材料\"}", ""),
                allProgrammes());
        assertThatThrownBy(() -> CatalogueReader.parse(withoutOther, SOURCE))
                .hasMessageContaining("document types without a name: OTHER");
    }

    @Test
    void refusesAMisspelledFieldInsteadOfIgnoringIt() {
        String typo = catalogue(ALL_DOCUMENT_TYPES, programme("DIBAO", DOCUMENTS, "[]",
                "[{\"step\": \"WHOLE_PROCEDURE\", \"label\": \"全部办完\", \"days\": 30, \"dayKind\": \"WORKING_DAYS\", "
                        + "\"maxDay\": 45, \"legalReference\": \"办法\"}]"));
        assertThatThrownBy(() -> CatalogueReader.parse(typo, SOURCE))
                .hasMessageContaining("unknown field \"maxDay\" at programmes[0].timeLimits[0]");
    }

    @Test
    void reportsEveryProblemOfTheFileAtOnce() {
        String questions = """
                [{"key": "emergencyType", "label": "遇到了什么事？", "type": "CHOICE", "required": true},
                 {"key": "Bad Key", "label": "x", "type": "TEXT", "required": true},
                 {"key": "emergencyDate", "label": "哪天？", "type": "DATE"}]""";
        String limits = """
                [{"step": "REFERRAL", "label": "转办"},
                 {"step": "PUBLICITY", "label": "公示", "days": 7, "legalReference": "办法"}]""";
        String broken = catalogue(ALL_DOCUMENT_TYPES, programme("DIBAO", "[]", questions, limits));
        assertThatThrownBy(() -> CatalogueReader.parse(broken, SOURCE))
                .hasMessageContaining("DIBAO: documents must list at least one document")
                .hasMessageContaining("DIBAO: question emergencyType is a CHOICE question with fewer than two choices")
                .hasMessageContaining("DIBAO: questions[1] needs a camelCase key")
                .hasMessageContaining("DIBAO: question emergencyDate.required is missing")
                .hasMessageContaining("DIBAO: time limit REFERRAL.note (why there is no number of days) is missing")
                .hasMessageContaining("DIBAO: time limit PUBLICITY.dayKind is missing")
                .hasMessageContaining("programmes missing: TEKUN");
    }

    @Test
    void refusesSomethingThatIsNotJson() {
        assertThatThrownBy(() -> CatalogueReader.parse("{ \"programmes\": [", SOURCE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Assistance catalogue test.json is invalid");
    }

    private static String catalogue(String documentTypes, String programmes) {
        return "{\"documentTypes\": [" + documentTypes + "], \"programmes\": [" + programmes + "]}";
    }

    private static String allProgrammes() {
        return Arrays.stream(Programme.values()).map(p -> programme(p.name(), DOCUMENTS, "[]", TIME_LIMITS))
                .collect(Collectors.joining(","));
    }

    private static String programme(String code, String documents, String questions, String timeLimits) {
        return """
                {"code": "%s", "name": "名称", "shortDescription": "简介", "whoMayApply": ["条件"],
                 "whatYouGet": "待遇", "legalBasis": "依据", "applyWhere": "乡镇", "canApplyOnline": true,
                 "requiresResidenceAtVillageLevel": true,
                 "documents": %s, "questions": %s, "timeLimits": %s}""".formatted(code, documents, questions, timeLimits);
    }
}
