package cn.jiuzhu.casework.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiuzhu.casework.Procedure;

class ProcedureLimitCheckTest {

    @Test
    void theShippedProceduresNameOnlyLimitsTheShippedCatalogueDefines() throws IOException {
        assertThatCode(() -> ProcedureLimitCheck.requireKnown(Procedure.all(), shippedCatalogueSteps())).doesNotThrowAnyException();
    }

    @Test
    void aProcedureNamingALimitTheCatalogueLacksStopsTheStart() throws IOException {
        Set<String> withoutPublicity = new HashSet<>(shippedCatalogueSteps());
        withoutPublicity.remove("PUBLICITY");

        assertThat(ProcedureLimitCheck.unknown(Procedure.all(), withoutPublicity))
                .contains("DIBAO START_PUBLICITY starts PUBLICITY", "TEKUN START_PUBLICITY starts PUBLICITY");
        assertThatThrownBy(() -> ProcedureLimitCheck.requireKnown(Procedure.all(), withoutPublicity))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the catalogue does not define")
                .hasMessageContaining("BIANYUAN START_PUBLICITY starts PUBLICITY");
    }

    @Test
    void theLimitOnReceiptIsCheckedToo() throws IOException {
        Set<String> withoutReferral = new HashSet<>(shippedCatalogueSteps());
        withoutReferral.remove("REFERRAL");

        assertThat(ProcedureLimitCheck.unknown(Procedure.all(), withoutReferral))
                .containsExactly("SPECIAL SUPPLEMENT_DOCUMENTS starts REFERRAL", "SPECIAL ACCEPT starts REFERRAL");
    }

    /** Read from the file itself, so the test also holds if the catalogue's reader changes. */
    private static Set<String> shippedCatalogueSteps() throws IOException {
        Set<String> steps = new HashSet<>();
        try (InputStream in = ProcedureLimitCheckTest.class.getClassLoader().getResourceAsStream("catalogue/programmes.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            for (JsonNode programme : root.get("programmes")) {
                programme.get("timeLimits").forEach(limit -> steps.add(limit.get("step").asText()));
            }
        }
        return steps;
    }
}
