package cn.jiuzhu.casework.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.casework.CaseState;
import cn.jiuzhu.casework.Procedure;
import cn.jiuzhu.casework.Responsible;
import cn.jiuzhu.casework.repository.WorklistRepository;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.paging.PageRequest;
import cn.jiuzhu.programme.Programme;

class WorklistServiceTest {

    @Test
    void theCountysQueueHoldsTheStatesWhereTheDibaoProcedureWaitsForTheCounty() {
        // Cases in payment wait for the county only once a review is recorded: reviewsDue lists those, not the queue.
        Set<CaseState> countySteps = Procedure.DIBAO.transitions().stream()
                .filter(t -> t.responsible() == Responsible.COUNTY && t.action() != CaseAction.TERMINATE)
                .filter(t -> t.action() != CaseAction.REVIEW && t.action() != CaseAction.STOP_PAYMENT)
                .flatMap(t -> t.from().stream()).collect(Collectors.toSet());

        assertThat(WorklistService.COUNTY_STEPS).isEqualTo(countySteps);
    }

    @Test
    void anOfficesQueueHoldsEveryOpenState() {
        assertThat(WorklistService.OPEN).contains(CaseState.SUBMITTED, CaseState.IN_PAYMENT, CaseState.REFUSAL_OBJECTED)
                .doesNotContain(CaseState.REFUSED, CaseState.WITHDRAWN, CaseState.CLOSED, CaseState.TERMINATED);
    }

    @Test
    void theFirstPageStartsBelowEveryKey() {
        var after = WorklistService.After.of(PageRequest.of(10, null));
        // The SQL client sends exactly these constants as -infinity; an equal date would overflow.
        assertThat(after.due()).isSameAs(LocalDate.MIN);
        assertThat(after.id()).isEqualTo(WorklistRepository.NO_ID);
    }

    @Test
    void aCursorCarriesTheDueDateAndIdOfTheLastCase() {
        AssistanceCase due = aCase(LocalDate.of(2026, 11, 20));
        var after = WorklistService.After.of(PageRequest.of(10, PageRequest.encode(WorklistService.After.key(due))));
        assertThat(after.due()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(after.id()).isEqualTo(due.id());

        AssistanceCase undated = aCase(null);
        var afterUndated = WorklistService.After.of(PageRequest.of(10, PageRequest.encode(WorklistService.After.key(undated))));
        assertThat(afterUndated.due()).as("no due date sorts at infinity").isSameAs(LocalDate.MAX);
        assertThat(afterUndated.id()).isEqualTo(undated.id());
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        for (String key : new String[] { "2026-11-22T09:30:00Z|" + UUID.randomUUID(), "2026-11-22", "-|not-a-uuid" }) {
            PageRequest page = PageRequest.of(10, PageRequest.encode(key));
            assertThatThrownBy(() -> WorklistService.After.of(page)).as(key).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.CURSOR_INVALID));
        }
    }

    private static AssistanceCase aCase(LocalDate dueOn) {
        OffsetDateTime now = OffsetDateTime.now();
        return new AssistanceCase(UUID.randomUUID(), "DB-410305-2026-00001", UUID.randomUUID(), Programme.DIBAO,
                CaseState.SUBMITTED, now, now, "王建国", 3, "410305001", false, false, "410305001", null, dueOn, false, 1,
                "11010519491231002X", "410305");
    }
}
