package cn.jiuzhu.benefit.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.application.form.ApplicationForm;
import cn.jiuzhu.application.form.ExpenditureItem;
import cn.jiuzhu.application.form.HouseholdMember;
import cn.jiuzhu.application.form.IncomeItem;
import cn.jiuzhu.application.form.PropertyItem;
import cn.jiuzhu.application.service.ApplicationRules;
import cn.jiuzhu.application.service.SubmittedForms;
import cn.jiuzhu.benefit.Correction;
import cn.jiuzhu.benefit.Corrections;
import cn.jiuzhu.benefit.FindingSource;
import cn.jiuzhu.benefit.FoundHousehold;
import cn.jiuzhu.benefit.HouseholdFinding;
import cn.jiuzhu.benefit.repository.HouseholdFindingRepository;
import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseState;
import cn.jiuzhu.casework.Responsible;
import cn.jiuzhu.casework.service.CaseService;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Problems;
import cn.jiuzhu.common.time.CalendarService;
import cn.jiuzhu.common.validation.TextInput;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.identity.Role;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * 核实的家庭情况: the township's home visit and the county's economic verification record the household as they found
 * it while the case is under investigation; a periodic review records it again. Each finding keeps the corrections of
 * declared figures with their source, and the latest is the household the publicity, the decision and later amounts
 * are computed for.
 */
@ApplicationScoped
public class HouseholdFindingService {

    private static final int MAX_EVIDENCE = 2000;
    private static final String RESTORED = "核查决定经复核撤销，恢复按申报的家庭情况";

    private final CaseService cases;
    private final HouseholdFindingRepository findings;
    private final SubmittedForms forms;
    private final CalendarService calendar;

    public HouseholdFindingService(CaseService cases, HouseholdFindingRepository findings, SubmittedForms forms,
            CalendarService calendar) {
        this.cases = cases;
        this.findings = findings;
        this.forms = forms;
        this.calendar = calendar;
    }

    /**
     * Recorded during the investigation: by the case's township office (the home visit's findings) or its county bureau
     * (the economic verification's). A figure that differs from what was declared, and was not already corrected to the
     * same value, needs the evidence it rests on (CORRECTION_EVIDENCE_REQUIRED).
     */
    public Uni<AssistanceCase> recordInvestigation(Actor actor, UUID caseId, FoundHousehold found, String evidence) {
        Responsible party = actor.role() == Role.COUNTY_OFFICER ? Responsible.COUNTY : Responsible.TOWNSHIP;
        FindingSource source = party == Responsible.COUNTY ? FindingSource.ECONOMIC_VERIFICATION : FindingSource.HOME_VISIT;
        String text = checked(found, evidence);
        return cases.handle(actor, caseId, party, EnumSet.of(CaseState.INVESTIGATING), "记录核实的家庭情况",
                h -> record(h.connection(), h.c(), found, source, text, actor, h.office().name()).replaceWith(h.c()));
    }

    /** The household checked and the evidence stripped; problems of the figures all at once, as on the form. */
    public String checked(FoundHousehold found, String evidence) {
        Problems problems = ApplicationRules.checkFormats(new ApplicationForm(null, null, null, null, null, found.members(),
                found.incomes(), found.properties(), found.expenditures(), List.of(), null, null), calendar.today());
        if (found.members().isEmpty()) {
            problems.add("members", ErrorCode.HOUSEHOLD_SIZE_INVALID, Map.of("max", ApplicationRules.MAX_MEMBERS, "given", 0));
        }
        for (int i = 0; i < found.members().size(); i++) {
            HouseholdMember m = found.members().get(i);
            required(problems, "members[" + i + "].name", "姓名", m.name());
            required(problems, "members[" + i + "].idNumber", "身份证号码", m.idNumber());
        }
        for (int i = 0; i < found.incomes().size(); i++) {
            IncomeItem item = found.incomes().get(i);
            required(problems, "incomes[" + i + "].category", "收入类别", item.category() == null ? null : item.category().name());
            required(problems, "incomes[" + i + "].monthlyAmount", "月平均金额", item.monthlyAmount());
        }
        for (int i = 0; i < found.expenditures().size(); i++) {
            ExpenditureItem item = found.expenditures().get(i);
            required(problems, "expenditures[" + i + "].type", "支出类别", item.type() == null ? null : item.type().name());
            required(problems, "expenditures[" + i + "].amountLast12Months", "近12个月金额", item.amountLast12Months());
        }
        for (int i = 0; i < found.properties().size(); i++) {
            PropertyItem item = found.properties().get(i);
            required(problems, "properties[" + i + "].type", "财产类别", item.type() == null ? null : item.type().name());
        }
        problems.throwIfAny();
        return TextInput.optional("evidence", evidence, MAX_EVIDENCE);
    }

    /**
     * Records a finding of the case's household in the caller's transaction, its corrections measured against what the
     * household declared; returns it.
     */
    public Uni<HouseholdFinding> record(SqlConnection connection, AssistanceCase c, FoundHousehold found, FindingSource source,
            String evidence, Actor actor, String actorLabel) {
        return forms.of(List.of(c.applicationId())).flatMap(byApplication -> findings.latest(connection, c.id()).flatMap(earlier -> {
            List<Correction> before = earlier.map(HouseholdFinding::corrections).orElse(List.of());
            List<Correction> corrections = Corrections.between(declared(byApplication.get(c.applicationId())), found, before, source,
                    evidence);
            if (evidence == null && Corrections.makesNew(corrections, before)) {
                throw new ApiException(ErrorCode.CORRECTION_EVIDENCE_REQUIRED, Map.of("field", "evidence",
                        "corrections", corrections.stream().map(Correction::figure).toList()));
            }
            return findings.insert(connection, c.id(), source, evidence, found, corrections, actor, actorLabel)
                    .flatMap(ignored -> findings.latest(connection, c.id())).map(Optional::orElseThrow);
        }));
    }

    /** A revoked review leaves the household as declared, when nothing was verified before it: recorded as such. */
    public Uni<Void> restoreDeclared(SqlConnection connection, AssistanceCase c, Actor actor, String actorLabel) {
        return forms.of(List.of(c.applicationId())).flatMap(byApplication -> findings.insert(connection, c.id(),
                FindingSource.PERIODIC_REVIEW, RESTORED, declared(byApplication.get(c.applicationId())), List.of(), actor, actorLabel));
    }

    /** The latest finding of each case, by case id; cases without one are absent. */
    public Uni<Map<UUID, HouseholdFinding>> latest(List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return findings.latestOf(caseIds).map(found -> found.stream().collect(Collectors.toMap(HouseholdFinding::caseId,
                Function.identity())));
    }

    /** The latest finding of a case, read in the caller's transaction. */
    public Uni<Optional<HouseholdFinding>> latest(SqlConnection connection, UUID caseId) {
        return findings.latest(connection, caseId);
    }

    public static FoundHousehold declared(ApplicationForm form) {
        return new FoundHousehold(form.membersOrEmpty(), form.incomesOrEmpty(), form.propertiesOrEmpty(), form.expendituresOrEmpty());
    }

    private static void required(Problems problems, String field, String name, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field, ErrorCode.FIELD_REQUIRED, Map.of("fieldName", name));
        }
    }
}
