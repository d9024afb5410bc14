package cn.jiuzhu.common.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;

class IdNumberTest {

    @Test
    void acceptsTheStandardsExampleAndReadsBirthDateAndSex() {
        IdNumber id = IdNumber.parse("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.isMale()).isFalse();
        assertThat(id.issuingCountyCode()).isEqualTo("110105");
    }

    @Test
    void acceptsLowerCaseXAndSurroundingSpacesAsPeopleTypeThem() {
        assertThat(IdNumber.parse(" 11010519491231002x ").value()).isEqualTo("11010519491231002X");
    }

    @Test
    void computesTheIso7064CheckCharacter() {
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.checkCharacter("44030819900307031")).isEqualTo(expectedCheck("44030819900307031"));
    }

    @Test
    void acceptsACountyCodeThatNoLongerExists() {
        // 410381 偃师市 became 410307 偃师区 in 2021; cards issued under the old code stay valid.
        String first17 = "41038119800101001";
        String id = first17 + IdNumber.checkCharacter(first17);
        assertThat(IdNumber.isValid(id)).isTrue();
        assertThat(IdNumber.parse(id).isMale()).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "110105194912310021, CHECKSUM",
            "11010519491231002Y, FORMAT",
            "1101051949123100, FORMAT",
            "110105194902300024, BIRTH_DATE",
            "110105170001010012, FORMAT",
            "110105199913010013, FORMAT",
            "'', FORMAT" })
    void rejectsWithAReasonForDevelopers(String value, String reason) {
        assertThat(IdNumber.reason(value)).isEqualTo(reason);
        assertThatThrownBy(() -> IdNumber.parse(value))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ID_NUMBER_INVALID);
                    assertThat(e.getMessage()).contains("身份证号码");
                    assertThat(e.details()).containsEntry("reason", reason);
                });
    }

    @Test
    void rejectsABirthDateInTheFuture() {
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        String first17 = "110105" + tomorrow.toString().replace("-", "") + "001";
        String id = first17 + IdNumber.checkCharacter(first17);
        assertThat(IdNumber.reason(id)).isEqualTo("BIRTH_DATE_IN_FUTURE");
    }

    @Test
    void masksForDisplayKeepingWhatAHotlineReadsBack() {
        IdNumber id = IdNumber.parse("11010519491231002X");
        assertThat(id.masked()).isEqualTo("110***********002X");
        assertThat(id.toString()).doesNotContain("19491231");
    }

    private static char expectedCheck(String first17) {
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}
