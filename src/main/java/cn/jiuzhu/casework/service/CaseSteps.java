package cn.jiuzhu.casework.service;

import java.util.Map;

import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.casework.CaseState;
import cn.jiuzhu.casework.Procedure;
import cn.jiuzhu.casework.Procedure.Transition;
import cn.jiuzhu.casework.Responsible;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.office.OfficeKind;
import cn.jiuzhu.office.OfficeView;
import cn.jiuzhu.workflow.Workflow;

/**
 * Cases as the step guard reads them, for one staff member of one office. An office sees the cases it handles and a
 * county bureau every case of its county; anything else does not exist for it. A case follows its programme's
 * procedure, so the role a step needs is asked once the office sees the case and the step's row is found; a step the
 * county has delegated is taken by the township handling the case (whether the county did delegate it is asked by
 * the service, which reads the county's bureau).
 */
final class CaseSteps extends Workflow<CaseAction, CaseState, Transition, AssistanceCase> {

    private final Actor actor;
    private final OfficeView office;

    CaseSteps(Actor actor, OfficeView office) {
        super(actor.role(), c -> Procedure.of(c.programme()).table(), AssistanceCase::state, AssistanceCase::version);
        this.actor = actor;
        this.office = office;
    }

    @Override
    public boolean sees(CaseAction action, AssistanceCase c) {
        return sees(office, c);
    }

    @Override
    public boolean mayTake(Transition t) {
        return t.role() == actor.role() || t.byDelegation(actor.role());
    }

    @Override
    public boolean inCharge(Transition t, AssistanceCase c) {
        return inCharge(t.partyOf(actor.role()), office, c);
    }

    @Override
    public ApiException forbidden(CaseAction action, Transition t) {
        if (t.responsible() == Responsible.HOUSEHOLD) {
            return new ApiException(ErrorCode.FORBIDDEN, Map.of("action", action.name()));
        }
        return new ApiException(ErrorCode.FORBIDDEN, Map.of("action", action.name(), "requiredRole", t.responsible().role().group()));
    }

    @Override
    public ApiException notFound(AssistanceCase c) {
        return CaseNotFound.of(c.id());
    }

    @Override
    public ApiException changed(AssistanceCase c, int expectedVersion) {
        return new ApiException(ErrorCode.CASE_CHANGED, Map.of("expectedVersion", expectedVersion,
                "currentVersion", c.version(), "state", c.state().name()));
    }

    @Override
    public ApiException notAllowed(CaseAction action, AssistanceCase c) {
        return actionNotAllowed(action, c);
    }

    @Override
    public ApiException outside(AssistanceCase c) {
        return outside(c, office);
    }

    /** The action is no step of the case's procedure from its state (the household's refusal too). */
    static ApiException actionNotAllowed(CaseAction action, AssistanceCase c) {
        return new ApiException(ErrorCode.CASE_ACTION_NOT_ALLOWED, Map.of("actionName", action.label(), "action", action.name(),
                "state", c.state().name()));
    }

    /** An office sees the cases it handles, and a county bureau every case of its county. */
    static boolean sees(OfficeView office, AssistanceCase c) {
        return office.code().equals(c.assignedOfficeCode())
                || (office.kind() == OfficeKind.COUNTY_CIVIL_AFFAIRS && office.regionCode().equals(c.countyCode()));
    }

    /** The case's own office, or its county's civil affairs bureau, depending on whose part it is. */
    static boolean inCharge(Responsible party, OfficeView office, AssistanceCase c) {
        return switch (party) {
            case TOWNSHIP, DEPARTMENT -> office.code().equals(c.assignedOfficeCode());
            case COUNTY -> office.kind() == OfficeKind.COUNTY_CIVIL_AFFAIRS && office.regionCode().equals(c.countyCode());
            case HOUSEHOLD -> false;
        };
    }

    static ApiException outside(AssistanceCase c, OfficeView office) {
        return new ApiException(ErrorCode.OUTSIDE_JURISDICTION, Map.of("officeCode", office.code(),
                "assignedOfficeCode", c.assignedOfficeCode(), "countyCode", c.countyCode()));
    }
}
