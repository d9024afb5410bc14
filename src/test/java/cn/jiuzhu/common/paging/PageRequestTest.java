package cn.jiuzhu.common.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;

class PageRequestTest {

    @Test
    void defaultsToTwentyAndRefusesSizesOutsideOneToAHundred() {
        assertThat(PageRequest.of(null, null).first()).isEqualTo(20);
        assertThat(PageRequest.of(100, null).first()).isEqualTo(100);
        for (int bad : new int[] { 0, -1, 101 }) {
            assertThatThrownBy(() -> PageRequest.of(bad, null)).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.PAGE_SIZE_INVALID));
        }
    }

    @Test
    void cursorOfTheLastItemStartsTheNextPage() {
        PageRequest first = PageRequest.of(2, null);
        var page = first.toPage(List.of("a", "b", "c"), Function.identity());
        assertThat(page.items()).containsExactly("a", "b");
        assertThat(page.pageInfo().hasNextPage()).isTrue();
        assertThat(PageRequest.of(2, page.pageInfo().endCursor()).afterKey()).isEqualTo("b");
    }

    @Test
    void lastPageSaysNoMore() {
        var page = PageRequest.of(5, null).toPage(List.of("a"), Function.identity());
        assertThat(page.pageInfo().hasNextPage()).isFalse();
        assertThat(PageRequest.of(5, null).toPage(List.<String> of(), Function.identity()).pageInfo().endCursor()).isNull();
    }

    @Test
    void refusesACursorItDidNotIssue() {
        assertThatThrownBy(() -> PageRequest.of(5, "not a cursor!")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CURSOR_INVALID));
    }
}
