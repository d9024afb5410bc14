package cn.jiuzhu.common.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;

class TextInputTest {

    @Test
    void aTextIsStrippedAndABlankOneIsNotGiven() {
        assertThat(TextInput.optional("summary", "  来电反映生活困难 \n", 20)).isEqualTo("来电反映生活困难");
        assertThat(TextInput.optional("summary", " \t\n", 20)).isNull();
        assertThat(TextInput.optional("summary", null, 20)).isNull();
    }

    @Test
    void theLimitCountsTheStrippedText() {
        assertThat(TextInput.optional("summary", "  " + "难".repeat(5) + "  ", 5)).hasSize(5);
        assertThatThrownBy(() -> TextInput.optional("summary", "难".repeat(6), 5)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(e.details()).containsEntry("field", "summary").containsEntry("maxLength", 5);
        });
    }

    @Test
    void aMissingRequiredTextNamesTheFieldAndAMissingReasonIsReasonRequired() {
        assertThatThrownBy(() -> TextInput.required("findings", "调查情况", " ", 10)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.FIELD_REQUIRED);
            assertThat(e.details()).containsEntry("field", "findings").containsEntry("fieldName", "调查情况");
        });
        assertThatThrownBy(() -> TextInput.requiredReason("reason", null, 10)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.REASON_REQUIRED);
            assertThat(e.details()).containsOnlyKeys("field").containsEntry("field", "reason");
        });
        assertThat(TextInput.required("findings", "调查情况", " 家中有两名学生 ", 10)).isEqualTo("家中有两名学生");
    }
}
