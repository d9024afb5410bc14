package cn.jiuzhu.common.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.time.ChinaTime;

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
        assertThat(IdNumber.reason(value, LocalDate.of(2026, 12, 2))).isEqualTo(reason);
        assertThatThrownBy(() -> IdNumber.parse(value))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ID_NUMBER_INVALID);
                    assertThat(e.getMessage()).contains("身份证号码");
                    assertThat(e.details()).containsEntry("reason", reason);
                });
    }

    @Test
    void rejectsABirthDateInTheFuture() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        assertThat(IdNumber.reason(bornOn(today.plusDays(1)), today)).isEqualTo("BIRTH_DATE_IN_FUTURE");
        assertThatThrownBy(() -> IdNumber.parse(bornOn(today.plusDays(1)), today)).isInstanceOf(ApiException.class);
    }

    /** 23:30 UTC on 1 December is 07:30 on 2 December in China: a baby born that morning has a valid number. */
    @Test
    void aBabyBornTodayInChinaIsValidAt2330Utc() {
        Clock lateEveningUtc = Clock.fixed(Instant.parse("2026-12-01T23:30:00Z"), ZoneOffset.UTC);
        String bornThisMorning = bornOn(LocalDate.of(2026, 12, 2));
        assertThat(LocalDate.now(lateEveningUtc)).as("the server's own date").isEqualTo("2026-12-01");

        LocalDate today = ChinaTime.today(lateEveningUtc);
        assertThat(today).isEqualTo("2026-12-02");
        assertThat(IdNumber.isValid(bornThisMorning, today)).isTrue();
        assertThat(IdNumber.parse(bornThisMorning, today).birthDate()).isEqualTo("2026-12-02");
        assertThat(IdNumber.reason(bornThisMorning, LocalDate.now(lateEveningUtc))).isEqualTo("BIRTH_DATE_IN_FUTURE");
    }

    private static String bornOn(LocalDate day) {
        String first17 = "110105" + day.toString().replace("-", "") + "001";
        return first17 + IdNumber.checkCharacter(first17);
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
