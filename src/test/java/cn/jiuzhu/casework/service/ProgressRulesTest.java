package cn.jiuzhu.casework.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.casework.CaseProgress;
import cn.jiuzhu.casework.CaseState;
import cn.jiuzhu.casework.Procedure;
import cn.jiuzhu.common.error.Messages;
import cn.jiuzhu.common.time.WorkingDayCalendar;
import cn.jiuzhu.programme.DayKind;
import cn.jiuzhu.programme.DocumentType;
import cn.jiuzhu.programme.Programme;
import cn.jiuzhu.programme.TimeLimit;
import cn.jiuzhu.testsupport.Calendar2026;

class ProgressRulesTest {

    private static final WorkingDayCalendar CALENDAR = Calendar2026.load();
    /** Wednesday 30 September 2026, 10:00 China time: the eve of the National Day holidays (1–7 Oct). */
    private static final OffsetDateTime EVE_OF_NATIONAL_DAY = OffsetDateTime.parse("2026-09-30T10:00+08:00");

    private static final TimeLimit ACCEPTANCE = limit("ACCEPTANCE", 1, DayKind.WORKING_DAYS);
    private static final TimeLimit PUBLICITY = limit("PUBLICITY", 7, DayKind.CALENDAR_DAYS);
    private static final TimeLimit CONFIRMATION = limit("CONFIRMATION", 10, DayKind.WORKING_DAYS);
    private static final TimeLimit REFERRAL = new TimeLimit("REFERRAL", "转介相关部门办理", null, null, null, null,
            "国家没有统一规定办理时限，以当地规定为准。");

    private static final Map<DocumentType, String> NAMES = names();

    @Test
    void aWorkingDayLimitSkipsHolidaysAndCountsAdjustedWorkingDays() {
        // 10 working days from 30 Sep: 1–7 Oct off; 8, 9, Sat 10 (调休), 12–16, 19, 20 → Tue 20 Oct.
        var progress = progress(CaseState.CONFIRMATION, EVE_OF_NATIONAL_DAY, CONFIRMATION, LocalDate.of(2026, 10, 9));

        assertThat(progress.timeLimit()).isEqualTo(CONFIRMATION);
        assertThat(progress.dueDate()).isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(progress.overdue()).isFalse();
    }

    @Test
    void publicityRunsSevenCalendarDaysHolidaysIncluded() {
        // Counted in working days it would end on 15 Oct; the 7 days of publicity are calendar days.
        var progress = progress(CaseState.PUBLICITY, EVE_OF_NATIONAL_DAY, PUBLICITY, LocalDate.of(2026, 10, 1));

        assertThat(progress.dueDate()).isEqualTo(LocalDate.of(2026, 10, 7));
    }

    @Test
    void aCaseIsOverdueOnlyOnceItsDueDateHasPassed() {
        // Acceptance within 1 working day of 30 Sep is due on Thu 8 Oct, the first day after the holidays.
        assertThat(progress(CaseState.SUBMITTED, EVE_OF_NATIONAL_DAY, ACCEPTANCE, LocalDate.of(2026, 10, 8)))
                .satisfies(p -> assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 10, 8)))
                .satisfies(p -> assertThat(p.overdue()).isFalse());
        assertThat(progress(CaseState.SUBMITTED, EVE_OF_NATIONAL_DAY, ACCEPTANCE, LocalDate.of(2026, 10, 9)).overdue())
                .isTrue();
    }

    @Test
    void theDayAStepStartedIsTheDayInChina() {
        // 17:00 UTC on Tue 29 Sep is 01:00 on Wed 30 Sep in China: counting from the 29th would give the 30th.
        var lateNightUtc = OffsetDateTime.parse("2026-09-29T17:00Z");

        assertThat(progress(CaseState.SUBMITTED, lateNightUtc, ACCEPTANCE, LocalDate.of(2026, 10, 1)).dueDate())
                .isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void noDueDateIsPromisedWhereNoRuleSetsOne() {
        var unset = progress(CaseState.SUBMITTED, EVE_OF_NATIONAL_DAY, REFERRAL, LocalDate.of(2030, 1, 1));
        var none = ProgressRules.progress(aCase(CaseState.SUBMITTED, EVE_OF_NATIONAL_DAY), Optional.empty(), List.of(), NAMES,
                CALENDAR, LocalDate.of(2030, 1, 1));

        assertThat(unset.timeLimit()).isEqualTo(REFERRAL);
        assertThat(unset.dueDate()).isNull();
        assertThat(unset.overdue()).isFalse();
        assertThat(none.timeLimit()).isNull();
        assertThat(none.dueDate()).isNull();
        assertThat(none.overdue()).isFalse();
    }

    @Test
    void missingDocumentsAreAskedForByTheirChineseNames() {
        var progress = ProgressRules.progress(aCase(CaseState.SUBMITTED, EVE_OF_NATIONAL_DAY), Optional.of(ACCEPTANCE),
                List.of(DocumentType.ID_CARD, DocumentType.HUKOU_BOOKLET), NAMES, CALENDAR, LocalDate.of(2026, 10, 1));

        assertThat(progress.nextStepForMe()).isEqualTo("请上传还缺少的材料：身份证、户口簿。");
        assertThat(progress.missingDocuments()).containsExactly(DocumentType.ID_CARD, DocumentType.HUKOU_BOOKLET);
        assertThat(progress.canAddDocuments()).isTrue();
    }

    @Test
    void documentsAreNotAskedForOnceTheFileCanNoLongerTakeThem() {
        var progress = ProgressRules.progress(aCase(CaseState.APPROVED, EVE_OF_NATIONAL_DAY), Optional.empty(),
                List.of(DocumentType.INCOME_PROOF), NAMES, CALENDAR, LocalDate.of(2026, 10, 1));

        assertThat(progress.missingDocuments()).isEmpty();
        assertThat(progress.canAddDocuments()).isFalse();
        assertThat(progress.nextStepForMe()).as("an approved household is asked to report changes")
                .isEqualTo(Messages.text("next.REPORT_CHANGES", Map.of())).contains("变化");
    }

    @Test
    void theRightToObjectIsShownEvenWhileDocumentsAreMissing() {
        var progress = ProgressRules.progress(aCase(CaseState.VERIFICATION_FAILED, EVE_OF_NATIONAL_DAY), Optional.empty(),
                List.of(DocumentType.INCOME_PROOF), NAMES, CALENDAR, LocalDate.of(2026, 10, 1));

        assertThat(progress.nextStepForMe()).isEqualTo(Messages.text("next.OBJECT_TO_VERIFICATION", Map.of()));
        assertThat(progress.missingDocuments()).containsExactly(DocumentType.INCOME_PROOF);
        assertThat(progress.canAddDocuments()).isTrue();
    }

    @Test
    void afterAFailedVerificationTheResidentIsToldTheyMayObject() {
        var progress = progress(CaseState.VERIFICATION_FAILED, EVE_OF_NATIONAL_DAY, null, LocalDate.of(2026, 10, 1));

        assertThat(progress.nextStepForMe()).isEqualTo(Messages.text("next.OBJECT_TO_VERIFICATION", Map.of()))
                .contains("异议");
        assertThat(progress.canObject()).isTrue();
        assertThat(progress.canWithdraw()).isTrue();
    }

    @Test
    void afterARefusalTheResidentMayObjectButNotWithdraw() {
        var progress = progress(CaseState.REFUSED, EVE_OF_NATIONAL_DAY, null, LocalDate.of(2026, 10, 1));

        assertThat(progress.nextStepForMe()).isEqualTo(Messages.text("next.OBJECT_TO_REFUSAL", Map.of()));
        assertThat(progress.canObject()).isTrue();
        assertThat(progress.canWithdraw()).isFalse();
        assertThat(progress.canAddDocuments()).isFalse();
    }

    @Test
    void whileTheOfficeWorksThereIsNothingToDoButWait() {
        var progress = progress(CaseState.INVESTIGATING, EVE_OF_NATIONAL_DAY, null, LocalDate.of(2026, 10, 1));

        assertThat(progress.nextStepForMe()).isEqualTo(Messages.text("next.WAIT", Map.of()));
        assertThat(progress.canObject()).isFalse();
        assertThat(progress.stateLabel()).isEqualTo("调查核实中");
        assertThat(progress.description()).isEqualTo(CaseState.INVESTIGATING.residentDescription());
    }

    @Test
    void whatTheResidentMayDoFollowsTheProcedureInEveryState() {
        for (CaseState state : CaseState.values()) {
            var progress = progress(state, EVE_OF_NATIONAL_DAY, null, LocalDate.of(2026, 10, 1));

            assertThat(progress.canWithdraw()).as("withdraw in %s", state)
                    .isEqualTo(Procedure.DIBAO.householdMay(CaseAction.WITHDRAW, state));
            assertThat(progress.canObject()).as("object in %s", state)
                    .isEqualTo(Procedure.DIBAO.householdMay(CaseAction.OBJECT_TO_VERIFICATION, state)
                            || Procedure.DIBAO.householdMay(CaseAction.OBJECT_TO_REFUSAL, state));
            assertThat(progress.canAddDocuments()).as("add documents in %s", state)
                    .isEqualTo(Procedure.acceptsDocuments(state));
        }
    }

    private static CaseProgress progress(CaseState state, OffsetDateTime since, TimeLimit limit, LocalDate today) {
        return ProgressRules.progress(aCase(state, since), Optional.ofNullable(limit), List.of(), NAMES, CALENDAR, today);
    }

    private static AssistanceCase aCase(CaseState state, OffsetDateTime since) {
        return new AssistanceCase(UUID.randomUUID(), "DB-410305-2026-00042", UUID.randomUUID(), Programme.DIBAO, state,
                since, since.minusDays(3), "王秀兰", 3, "410305001001", false, false, "410305001", "按户籍地确定", null, false, 1,
                "11010519491231002X", "410305");
    }

    private static TimeLimit limit(String step, int days, DayKind kind) {
        return new TimeLimit(step, step, days, kind, null, "《最低生活保障审核确认办法》（民发〔2021〕57号）", null);
    }

    private static Map<DocumentType, String> names() {
        Map<DocumentType, String> names = new EnumMap<>(DocumentType.class);
        names.put(DocumentType.ID_CARD, "身份证");
        names.put(DocumentType.HUKOU_BOOKLET, "户口簿");
        names.put(DocumentType.INCOME_PROOF, "收入证明");
        return names;
    }
}
