package cn.jiuzhu.common.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
    void aKeysetCursorGivesBackTheKeyAndIdOfTheLastItem() {
        UUID id = UUID.fromString("0b6c1f7e-4d0a-4e0e-9a53-0d6f1c1f2a01");
        String cursor = PageRequest.of(1, null).toPage(List.of("x", "y"), item -> PageRequest.keyset(LocalDate.of(2026, 12, 1), id))
                .pageInfo().endCursor();

        PageRequest.Keyset<LocalDate, UUID> after = PageRequest.of(1, cursor).after(LocalDate::parse, UUID::fromString);

        assertThat(after.atStart()).isFalse();
        assertThat(after.key()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(after.id()).isEqualTo(id);
        assertThat(PageRequest.of(1, null).after(LocalDate::parse, UUID::fromString).atStart()).isTrue();
    }

    @Test
    void aKeysetCursorWhosePartsDoNotParseIsRefused() {
        for (String key : new String[] { "2026-12-01", "2026-13-01|" + UUID.randomUUID(), "2026-12-01|not-an-id" }) {
            PageRequest page = PageRequest.of(1, PageRequest.encode(key));
            assertThatThrownBy(() -> page.after(LocalDate::parse, UUID::fromString)).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.CURSOR_INVALID));
        }
    }

    @Test
    void refusesACursorItDidNotIssue() {
        assertThatThrownBy(() -> PageRequest.of(5, "not a cursor!")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CURSOR_INVALID));
    }
}
