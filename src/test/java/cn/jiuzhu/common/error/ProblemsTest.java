package cn.jiuzhu.common.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void noProblemsThrowNothing() {
        Problems none = new Problems();

        assertThat(none.isEmpty()).isTrue();
        assertThatCode(none::throwIfAny).doesNotThrowAnyException();
    }

    @Test
    void oneProblemIsThrownWithItsOwnCodeAndNamesTheField() {
        Problems one = new Problems().add("incomes[0].monthlyAmount", ErrorCode.MONEY_INVALID, Map.of("given", "-5"));

        assertThatThrownBy(one::throwIfAny).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.MONEY_INVALID);
            assertThat(e.details()).containsExactlyInAnyOrderEntriesOf(
                    Map.of("field", "incomes[0].monthlyAmount", "given", "-5"));
            assertThat(e.getMessage()).isEqualTo(Messages.of(ErrorCode.MONEY_INVALID));
        });
    }

    @Test
    void severalProblemsAreThrownTogetherEachWithItsCodeAndChineseMessage() {
        Problems several = new Problems()
                .add("members[0].idNumber", ErrorCode.ID_NUMBER_INVALID)
                .add("mobileNumber", ErrorCode.FIELD_REQUIRED, Map.of("fieldName", "联系电话"));

        assertThatThrownBy(several::throwIfAny).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(e.details()).containsOnlyKeys("fields");
            assertThat(e.details().get("fields")).isEqualTo(List.of(
                    Map.of("field", "members[0].idNumber", "code", "ID_NUMBER_INVALID",
                            "message", "身份证号码不正确，请核对18位号码（最后一位可能是X）后重新输入。"),
                    Map.of("field", "mobileNumber", "code", "FIELD_REQUIRED",
                            "message", "还有必填的内容没有填写：联系电话。")));
        });
    }

    @Test
    void theListIsASnapshotInTheOrderFound() {
        Problems problems = new Problems().add("members", ErrorCode.APPLICANT_MISSING);
        List<Problems.Problem> before = problems.list();
        problems.add("declarations", ErrorCode.DECLARATIONS_MISSING);

        assertThat(before).extracting(Problems.Problem::field).containsExactly("members");
        assertThat(problems.list()).extracting(Problems.Problem::code)
                .containsExactly(ErrorCode.APPLICANT_MISSING, ErrorCode.DECLARATIONS_MISSING);
    }
}
