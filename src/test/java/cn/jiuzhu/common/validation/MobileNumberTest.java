package cn.jiuzhu.common.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;

class MobileNumberTest {

    @ParameterizedTest
    @ValueSource(strings = { "13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678", "008613812345678",
            "8613812345678", "19912345678" })
    void acceptsWhatPeopleType(String input) {
        assertThat(MobileNumber.isValid(input)).isTrue();
        assertThat(MobileNumber.parse(input).value()).hasSize(11).startsWith("1");
    }

    @ParameterizedTest
    @ValueSource(strings = { "12812345678", "1381234567", "138123456789", "23812345678", "1381234567a", "", "010-12345678" })
    void rejectsAnythingElseWithItsCode(String input) {
        assertThat(MobileNumber.isValid(input)).isFalse();
        assertThatThrownBy(() -> MobileNumber.parse(input))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.MOBILE_NUMBER_INVALID));
    }

    @Test
    void masksTheMiddleFourDigits() {
        assertThat(MobileNumber.parse("+8613812345678").masked()).isEqualTo("138****5678");
    }
}
