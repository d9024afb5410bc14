package cn.jiuzhu.application.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.jiuzhu.application.form.Agent;
import cn.jiuzhu.application.form.Answer;
import cn.jiuzhu.application.form.ApplicationForm;
import cn.jiuzhu.application.form.Declarations;
import cn.jiuzhu.application.form.Employment;
import cn.jiuzhu.application.form.ExpenditureItem;
import cn.jiuzhu.application.form.ExpenditureType;
import cn.jiuzhu.application.form.HouseholdMember;
import cn.jiuzhu.application.form.IncomeCategory;
import cn.jiuzhu.application.form.IncomeItem;
import cn.jiuzhu.application.form.PropertyItem;
import cn.jiuzhu.application.form.Relation;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Problems;
import cn.jiuzhu.common.validation.IdNumber;
import cn.jiuzhu.common.validation.MobileNumber;
import cn.jiuzhu.common.validation.PlainText;
import cn.jiuzhu.programme.HouseholdFacts;
import cn.jiuzhu.programme.Programme;
import cn.jiuzhu.programme.Question;
import cn.jiuzhu.region.RegionCode;
import cn.jiuzhu.region.RegionLevel;

/**
 * What makes an application form acceptable, as plain Java: formats on every save (a draft may be
 * incomplete but never wrong), completeness on submission. Region existence needs the database and
 * is checked by {@link ApplicationService}.
 */
public final class ApplicationRules {

    public static final int MAX_MEMBERS = 20;
    private static final Pattern MONEY = Pattern.compile("^\\d{1,9}(\\.\\d{1,2})?$");
    private static final int MAX_TEXT = 500;

    private ApplicationRules() {
    }

    /** Everything filled in must be well-formed, on {@code today} (China's date: no one is born, and nothing happened, tomorrow). */
    public static Problems checkFormats(ApplicationForm form, LocalDate today) {
        Problems problems = new Problems();
        regionFormat(problems, "residenceRegionCode", form.residenceRegionCode());
        regionFormat(problems, "usualResidenceRegionCode", form.usualResidenceRegionCode());
        regionFormat(problems, "emergencyRegionCode", form.emergencyRegionCode());
        if (form.mobileNumber() != null && !MobileNumber.isValid(form.mobileNumber())) {
            problems.add("mobileNumber", ErrorCode.MOBILE_NUMBER_INVALID);
        }
        List<HouseholdMember> members = form.membersOrEmpty();
        if (members.size() > MAX_MEMBERS) {
            problems.add("members", ErrorCode.HOUSEHOLD_SIZE_INVALID, Map.of("max", MAX_MEMBERS, "given", members.size()));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            HouseholdMember m = members.get(i);
            String field = "members[" + i + "]";
            if (m.idNumber() != null) {
                var id = IdNumber.tryParse(m.idNumber(), today);
                if (id.isEmpty()) {
                    problems.add(field + ".idNumber", ErrorCode.ID_NUMBER_INVALID);
                } else if (!seen.add(id.get().value())) {
                    problems.add(field + ".idNumber", ErrorCode.MEMBER_DUPLICATED);
                }
            }
            if (m.disabilityGrade() != null && (m.disabilityType() == null || m.disabilityGrade() < 1 || m.disabilityGrade() > 4)) {
                problems.add(field + ".disabilityGrade", ErrorCode.VALIDATION_FAILED, Map.of("allowed", "1-4, with a disabilityType"));
            }
            text(problems, field + ".name", m.name(), 50);
            name(problems, field + ".name", m.name());
        }
        List<IncomeItem> incomes = form.incomesOrEmpty();
        for (int i = 0; i < incomes.size(); i++) {
            money(problems, "incomes[" + i + "].monthlyAmount", incomes.get(i).monthlyAmount());
            money(problems, "incomes[" + i + "].monthlyEmploymentCost", incomes.get(i).monthlyEmploymentCost());
            memberReference(problems, "incomes[" + i + "].memberIdNumber", incomes.get(i).memberIdNumber(), members);
            text(problems, "incomes[" + i + "].description", incomes.get(i).description(), MAX_TEXT);
        }
        List<PropertyItem> properties = form.propertiesOrEmpty();
        for (int i = 0; i < properties.size(); i++) {
            money(problems, "properties[" + i + "].value", properties.get(i).value());
            Integer quantity = properties.get(i).quantity();
            if (quantity != null && (quantity < 0 || quantity > 1000)) {
                problems.add("properties[" + i + "].quantity", ErrorCode.VALIDATION_FAILED, Map.of("allowed", "0-1000"));
            }
            text(problems, "properties[" + i + "].description", properties.get(i).description(), MAX_TEXT);
        }
        List<ExpenditureItem> expenditures = form.expendituresOrEmpty();
        for (int i = 0; i < expenditures.size(); i++) {
            money(problems, "expenditures[" + i + "].amountLast12Months", expenditures.get(i).amountLast12Months());
            memberReference(problems, "expenditures[" + i + "].memberIdNumber", expenditures.get(i).memberIdNumber(), members);
            text(problems, "expenditures[" + i + "].description", expenditures.get(i).description(), MAX_TEXT);
        }
        Agent agent = form.agent();
        if (agent != null) {
            if (agent.idNumber() != null && IdNumber.tryParse(agent.idNumber(), today).isEmpty()) {
                problems.add("agent.idNumber", ErrorCode.ID_NUMBER_INVALID);
            }
            if (agent.mobileNumber() != null && !MobileNumber.isValid(agent.mobileNumber())) {
                problems.add("agent.mobileNumber", ErrorCode.MOBILE_NUMBER_INVALID);
            }
            name(problems, "agent.name", agent.name());
        }
        Declarations d = form.declarations();
        if (d != null) {
            text(problems, "declarations.nearRelativeDetails", d.nearRelativeDetails(), MAX_TEXT);
        }
        return problems;
    }

    /** Ready to hand to the office: everything required is there, on top of {@link #checkFormats}. */
    public static Problems checkComplete(ApplicationForm form, Programme programme, String ownerIdNumber,
            List<Question> questions, LocalDate today) {
        Problems problems = checkFormats(form, today);
        required(problems, "residenceRegionCode", "户籍地", form.residenceRegionCode());
        required(problems, "mobileNumber", "联系电话", form.mobileNumber());
        if (Boolean.TRUE.equals(form.applyAtUsualResidence())) {
            required(problems, "usualResidenceRegionCode", "经常居住地", form.usualResidenceRegionCode());
        }
        if (programme == Programme.LINSHI_URGENT) {
            required(problems, "emergencyRegionCode", "急难发生地", form.emergencyRegionCode());
        }
        List<HouseholdMember> members = form.membersOrEmpty();
        if (members.isEmpty()) {
            problems.add("members", ErrorCode.HOUSEHOLD_SIZE_INVALID, Map.of("max", MAX_MEMBERS, "given", 0));
        }
        for (int i = 0; i < members.size(); i++) {
            HouseholdMember m = members.get(i);
            required(problems, "members[" + i + "].name", "家庭成员姓名", m.name());
            required(problems, "members[" + i + "].idNumber", "家庭成员身份证号码", m.idNumber());
            if (m.relation() == null) {
                problems.add("members[" + i + "].relation", ErrorCode.FIELD_REQUIRED, Map.of("fieldName", "与申请人关系"));
            }
        }
        if (!members.isEmpty() && members.stream().filter(m -> m.relation() == Relation.SELF).count() != 1) {
            problems.add("members", ErrorCode.APPLICANT_MISSING);
        }
        List<IncomeItem> incomes = form.incomesOrEmpty();
        for (int i = 0; i < incomes.size(); i++) {
            if (incomes.get(i).category() == null) {
                problems.add("incomes[" + i + "].category", ErrorCode.FIELD_REQUIRED, Map.of("fieldName", "收入类别"));
            }
            required(problems, "incomes[" + i + "].monthlyAmount", "收入金额", incomes.get(i).monthlyAmount());
        }
        List<PropertyItem> properties = form.propertiesOrEmpty();
        for (int i = 0; i < properties.size(); i++) {
            if (properties.get(i).type() == null) {
                problems.add("properties[" + i + "].type", ErrorCode.FIELD_REQUIRED, Map.of("fieldName", "财产类别"));
            }
        }
        List<ExpenditureItem> expenditures = form.expendituresOrEmpty();
        for (int i = 0; i < expenditures.size(); i++) {
            if (expenditures.get(i).type() == null) {
                problems.add("expenditures[" + i + "].type", ErrorCode.FIELD_REQUIRED, Map.of("fieldName", "支出类别"));
            }
            required(problems, "expenditures[" + i + "].amountLast12Months", "支出金额", expenditures.get(i).amountLast12Months());
        }
        Declarations d = form.declarations();
        if (d == null || !Boolean.TRUE.equals(d.truthfulnessPromise()) || !Boolean.TRUE.equals(d.verificationAuthorisation())) {
            problems.add("declarations", ErrorCode.DECLARATIONS_MISSING);
        }
        if (d != null && Boolean.TRUE.equals(d.nearRelativeOfStaff())) {
            required(problems, "declarations.nearRelativeDetails", "近亲属的姓名和职务", d.nearRelativeDetails());
        }
        boolean ownerIsMember = members.stream().anyMatch(m -> ownerIdNumber.equals(normalisedId(m.idNumber())));
        if (!members.isEmpty() && !ownerIsMember) {
            Agent agent = form.agent();
            if (agent == null || agent.name() == null || agent.name().isBlank() || !ownerIdNumber.equals(normalisedId(agent.idNumber()))) {
                problems.add("agent", ErrorCode.AGENT_REQUIRED);
            }
        }
        checkAnswers(problems, form.answersOrEmpty(), questions, today);
        return problems;
    }

    /**
     * Where the catalogue says the programme needs it (requiresResidenceAtVillageLevel), the residence the household
     * names is a village or residents' committee (12 digits), not only its township: the committee helps the household
     * apply and the publicity is posted there. The registered residence, and the usual one where the household applies
     * there. A draft may stop at the township; submission may not. Whether the code exists is checked on every save.
     */
    public static Problems checkResidenceLevel(ApplicationForm form, boolean villageRequired, String programmeName) {
        Problems problems = new Problems();
        if (villageRequired) {
            villageLevel(problems, "residenceRegionCode", "户籍地", form.residenceRegionCode(), programmeName);
            if (Boolean.TRUE.equals(form.applyAtUsualResidence())) {
                villageLevel(problems, "usualResidenceRegionCode", "经常居住地", form.usualResidenceRegionCode(), programmeName);
            }
        }
        return problems;
    }

    /** The facts that decide which documents are required. */
    public static HouseholdFacts facts(ApplicationForm form, String ownerIdNumber) {
        List<HouseholdMember> members = form.membersOrEmpty();
        boolean viaAgent = form.agent() != null
                || (!members.isEmpty() && members.stream().noneMatch(m -> ownerIdNumber.equals(normalisedId(m.idNumber()))));
        return new HouseholdFacts(
                members.stream().anyMatch(HouseholdMember::disabled),
                members.stream().anyMatch(HouseholdMember::hasSeriousIllness),
                hasExpenditure(form, ExpenditureType.MEDICAL),
                hasExpenditure(form, ExpenditureType.EDUCATION),
                hasExpenditure(form, ExpenditureType.REHABILITATION),
                members.stream().anyMatch(HouseholdMember::inSchool),
                members.stream().anyMatch(m -> m.employment() == Employment.UNEMPLOYED),
                viaAgent,
                Boolean.TRUE.equals(form.applyAtUsualResidence()));
    }

    /**
     * 收入不稳定 [DB]: a member who can work but has no steady job (灵活就业, or unemployed and living on
     * odd jobs) earns wages or business income. Casework reviews such households every six months
     * instead of every year.
     */
    public static boolean unstableIncome(ApplicationForm form) {
        Set<String> unsteady = form.membersOrEmpty().stream()
                .filter(m -> m.employment() == Employment.FLEXIBLE || m.employment() == Employment.UNEMPLOYED)
                .map(m -> normalisedId(m.idNumber())).filter(Objects::nonNull).collect(Collectors.toSet());
        return form.incomesOrEmpty().stream()
                .filter(i -> i.category() == IncomeCategory.WAGES || i.category() == IncomeCategory.BUSINESS)
                .filter(i -> i.monthlyAmount() != null && MONEY.matcher(i.monthlyAmount().strip()).matches()
                        && new BigDecimal(i.monthlyAmount().strip()).signum() > 0)
                .anyMatch(i -> unsteady.contains(normalisedId(i.memberIdNumber())));
    }

    /** The region whose county handles the case (domain §5): where the emergency happened for urgent aid, else the residence chosen. */
    public static String handlingRegionCode(ApplicationForm form, Programme programme) {
        if (programme == Programme.LINSHI_URGENT && form.emergencyRegionCode() != null) {
            return form.emergencyRegionCode();
        }
        if (Boolean.TRUE.equals(form.applyAtUsualResidence()) && form.usualResidenceRegionCode() != null) {
            return form.usualResidenceRegionCode();
        }
        return form.residenceRegionCode();
    }

    /** The residence the household chose: the usual residence where they asked for it, else the registered one. */
    public static String residenceRegionCode(ApplicationForm form) {
        return Boolean.TRUE.equals(form.applyAtUsualResidence()) && form.usualResidenceRegionCode() != null
                ? form.usualResidenceRegionCode() : form.residenceRegionCode();
    }

    static String normalisedId(String idNumber) {
        return IdNumber.tryParse(idNumber).map(IdNumber::value).orElse(null);
    }

    private static void checkAnswers(Problems problems, List<Answer> answers, List<Question> questions, LocalDate today) {
        for (Question q : questions) {
            String value = answers.stream().filter(a -> q.key().equals(a.key())).map(Answer::value)
                    .filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
            String field = "answers." + q.key();
            if (value == null) {
                if (q.required()) {
                    problems.add(field, ErrorCode.FIELD_REQUIRED, Map.of("fieldName", q.label()));
                }
                continue;
            }
            if (!answerFits(q, value.strip(), today)) {
                problems.add(field, ErrorCode.ANSWER_INVALID, Map.of("question", q.label()));
            }
        }
    }

    /** A date answer (the day of an emergency, of a diagnosis) lies on or before {@code today}. */
    static boolean answerFits(Question q, String value, LocalDate today) {
        return switch (q.type()) {
            case BOOLEAN -> value.equals("true") || value.equals("false");
            case NUMBER -> value.matches("^-?\\d{1,9}(\\.\\d+)?$");
            case MONEY -> MONEY.matcher(value).matches();
            case DATE -> isDate(value, today);
            case CHOICE -> q.choices() != null && q.choices().stream().anyMatch(c -> c.value().equals(value));
            case TEXT -> value.length() <= MAX_TEXT;
        };
    }

    private static boolean isDate(String value, LocalDate today) {
        try {
            return !LocalDate.parse(value).isAfter(today);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean hasExpenditure(ApplicationForm form, ExpenditureType type) {
        return form.expendituresOrEmpty().stream().map(e -> e.type() == type ? e.amountLast12Months() : null)
                .filter(amount -> amount != null && MONEY.matcher(amount.strip()).matches())
                .anyMatch(amount -> new BigDecimal(amount.strip()).signum() > 0);
    }

    private static void regionFormat(Problems problems, String field, String code) {
        if (code != null && !RegionCode.isWellFormed(code)) {
            problems.add(field, ErrorCode.REGION_CODE_INVALID);
        }
    }

    private static void villageLevel(Problems problems, String field, String fieldName, String code, String programmeName) {
        if (RegionCode.isWellFormed(code) && new RegionCode(code).level() != RegionLevel.VILLAGE) {
            problems.add(field, ErrorCode.RESIDENCE_VILLAGE_REQUIRED, Map.of("fieldName", fieldName, "programmeName", programmeName));
        }
    }

    private static void money(Problems problems, String field, String value) {
        if (value != null && !MONEY.matcher(value.strip()).matches()) {
            problems.add(field, ErrorCode.MONEY_INVALID, Map.of("given", value));
        }
    }

    /** A reference to a member must name one of the members as typed (an invalid member ID is reported once, at the member). */
    private static void memberReference(Problems problems, String field, String idNumber, List<HouseholdMember> members) {
        if (idNumber == null) {
            return;
        }
        String typed = idNumber.strip().toUpperCase(java.util.Locale.ROOT);
        boolean known = members.stream().map(HouseholdMember::idNumber)
                .anyMatch(m -> m != null && m.strip().toUpperCase(java.util.Locale.ROOT).equals(typed));
        if (!known) {
            problems.add(field, ErrorCode.VALIDATION_FAILED, Map.of("reason", "NOT_A_MEMBER"));
        }
    }

    private static void required(Problems problems, String field, String fieldName, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field, ErrorCode.FIELD_REQUIRED, Map.of("fieldName", fieldName));
        }
    }

    /** Names are printed on decisions and read on staff consoles: one line, no tabs, nothing that reorders the text. */
    private static void name(Problems problems, String field, String value) {
        PlainText.inName(value).ifPresent(problem -> problems.add(field, ErrorCode.TEXT_INVALID, Map.of("reason", problem.name())));
    }

    private static void text(Problems problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(field, ErrorCode.VALIDATION_FAILED, Map.of("maxLength", max));
        }
    }
}
