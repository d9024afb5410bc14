package cn.jiuzhu.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ProgrammeTest {

    @Test
    void caseNumberPrefixesAreTwoCapitalLettersAndTellProgrammesApart() {
        assertThat(Arrays.stream(Programme.values()).map(Programme::caseNumberPrefix))
                .allMatch(p -> p.matches("[A-Z]{2}"))
                .doesNotHaveDuplicates()
                .hasSize(Programme.values().length);
        assertThat(Programme.DIBAO.caseNumberPrefix()).isEqualTo("DB");
        assertThat(Programme.SPECIAL_EMPLOYMENT.caseNumberPrefix()).isEqualTo("JI");
        assertThat(Programme.SERVICE.caseNumberPrefix()).isEqualTo("FW");
    }
}
