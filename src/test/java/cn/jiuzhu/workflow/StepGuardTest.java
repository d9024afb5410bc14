package cn.jiuzhu.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.identity.Role;

/** The guard's order, on a workflow of two steps as small as a new one would start. */
class StepGuardTest {

    enum Status { OPEN, WAITING, DONE }

    enum Visit implements Step<Visit, Status> {
        RECORD(Role.CASEWORKER, Status.OPEN, Status.DONE);

        final Role role;
        final Status from;
        final Status to;

        Visit(Role role, Status from, Status to) {
            this.role = role;
            this.from = from;
            this.to = to;
        }

        @Override
        public Visit key() {
            return this;
        }

        @Override
        public boolean allowedFrom(Status state) {
            return state == from;
        }

        @Override
        public Status to() {
            return to;
        }

        @Override
        public Role role() {
            return role;
        }
    }

    record Task(String office, int version, Status status) {
    }

    static final class Visits extends Workflow<Visit, Status, Visit, Task> {

        private final String office;

        Visits(Role role, String office) {
            super(role, StepTable.of(List.of(Visit.values())), Task::status, Task::version);
            this.office = office;
        }

        @Override
        public boolean sees(Visit step, Task task) {
            return task.office().equals(office);
        }

        @Override
        public Optional<ApiException> refusalIn(Visit step, Task task) {
            return task.status() == Status.WAITING ? Optional.of(new ApiException(ErrorCode.WORK_ORDER_NOT_ANSWERED, Map.of()))
                    : Optional.empty();
        }

        @Override
        public ApiException forbidden(Visit step, Visit row) {
            return new ApiException(ErrorCode.FORBIDDEN, Map.of("action", step.name()));
        }

        @Override
        public ApiException notFound(Task task) {
            return new ApiException(ErrorCode.OUTREACH_TASK_NOT_FOUND, Map.of());
        }

        @Override
        public ApiException changed(Task task, int expectedVersion) {
            return new ApiException(ErrorCode.WORK_ORDER_CHANGED, Map.of());
        }

        @Override
        public ApiException notAllowed(Visit step, Task task) {
            return new ApiException(ErrorCode.WORK_ORDER_ACTION_NOT_ALLOWED, Map.of());
        }
    }

    private static final Visits CASEWORKER_HERE = new Visits(Role.CASEWORKER, "410305001");

    @Test
    void theRoleIsRefusedBeforeAnythingAboutTheSubjectIsSaid() {
        assertThat(refusal(new Visits(Role.HOTLINE_OPERATOR, "410305001"), new Task("elsewhere", 9, Status.DONE), 1))
                .isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void toAnotherOfficeTheSubjectDoesNotExistWhateverItsVersionOrState() {
        assertThat(refusal(CASEWORKER_HERE, new Task("elsewhere", 9, Status.DONE), 1)).isEqualTo(ErrorCode.OUTREACH_TASK_NOT_FOUND);
    }

    @Test
    void aStaleScreenIsToldBeforeTheStateIsAsked() {
        assertThat(refusal(CASEWORKER_HERE, new Task("410305001", 2, Status.DONE), 1)).isEqualTo(ErrorCode.WORK_ORDER_CHANGED);
    }

    @Test
    void theWorkflowsOwnRefusalComesBeforeTheGeneralOne() {
        assertThat(refusal(CASEWORKER_HERE, new Task("410305001", 1, Status.WAITING), 1)).isEqualTo(ErrorCode.WORK_ORDER_NOT_ANSWERED);
        assertThat(refusal(CASEWORKER_HERE, new Task("410305001", 1, Status.DONE), 1)).isEqualTo(ErrorCode.WORK_ORDER_ACTION_NOT_ALLOWED);
    }

    @Test
    void theRightPersonOnTheVersionTheySawGetsTheRow() {
        assertThat(StepGuard.check(CASEWORKER_HERE, Visit.RECORD, new Task("410305001", 1, Status.OPEN), 1)).isEqualTo(Visit.RECORD);
    }

    private static ErrorCode refusal(Visits workflow, Task task, int expectedVersion) {
        return catchThrowableOfType(ApiException.class, () -> StepGuard.check(workflow, Visit.RECORD, task, expectedVersion)).code();
    }
}
