package cn.jiuzhu.benefit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.jiuzhu.application.form.ExpenditureItem;
import cn.jiuzhu.application.form.ExpenditureType;
import cn.jiuzhu.application.form.HouseholdMember;
import cn.jiuzhu.application.form.IncomeCategory;
import cn.jiuzhu.application.form.IncomeItem;
import cn.jiuzhu.common.money.Yuan;

/**
 * The people a benefit is computed for, the income counted for them and their rigid spending (共同生活的家庭成员、
 * 收入及刚性支出), typed once where it is read: money is yuan to the fen, so the rules never parse a string.
 * Property is not here: no formula reads it, its limits are the office's to check.
 */
public record Household(List<Member> members, List<Income> incomes, List<Expenditure> expenditures) {

    private static final int SEVERE_DISABILITY_GRADE = 2; // 重度残疾：一级、二级

    /**
     * @param idNumber null where the household gave none (the self-assessment)
     * @param disabilityGrade 1–4, 一级最重; null when not disabled
     */
    public record Member(String name, String idNumber, Integer disabilityGrade, boolean seriousIllness) {

        public boolean severelyDisabled() {
            return disabilityGrade != null && disabilityGrade <= SEVERE_DISABILITY_GRADE;
        }
    }

    /**
     * @param memberIdNumber who earns it; null for the household as a whole
     * @param monthlyEmploymentCost the necessary employment cost deducted from it; zero where none is given or where
     *        the category is not counted, since nothing is deducted from income that is not counted
     */
    public record Income(IncomeCategory category, String memberIdNumber, BigDecimal monthlyAmount, BigDecimal monthlyEmploymentCost) {

        /** Item {@code index} as typed in: MONEY_INVALID names {@code incomes[index]}'s field that is not an amount. */
        public static Income read(int index, IncomeCategory category, String memberIdNumber, String monthlyAmount, String monthlyEmploymentCost) {
            BigDecimal amount = Yuan.parse("incomes[" + index + "].monthlyAmount", monthlyAmount);
            BigDecimal cost = !category.counted() || monthlyEmploymentCost == null || monthlyEmploymentCost.isBlank()
                    ? Yuan.toFen(BigDecimal.ZERO)
                    : Yuan.parse("incomes[" + index + "].monthlyEmploymentCost", monthlyEmploymentCost);
            return new Income(category, memberIdNumber, amount, cost);
        }
    }

    /** @param memberIdNumber who it was spent for; null for the household as a whole */
    public record Expenditure(ExpenditureType type, String memberIdNumber, BigDecimal amountLast12Months) {
    }

    public Household {
        members = List.copyOf(members);
        incomes = List.copyOf(incomes);
        expenditures = List.copyOf(expenditures);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("A household has at least one member");
        }
    }

    /** The household an application form declares; MONEY_INVALID names the first field that is not an amount. */
    public static Household declared(List<HouseholdMember> members, List<IncomeItem> incomes, List<ExpenditureItem> expenditures) {
        List<Member> people = members.stream()
                .map(m -> new Member(m.name(), m.idNumber(), m.disabled() ? m.disabilityGrade() : null, m.hasSeriousIllness()))
                .toList();
        List<Income> earned = new ArrayList<>();
        for (int i = 0; i < incomes.size(); i++) {
            IncomeItem item = incomes.get(i);
            earned.add(Income.read(i, item.category(), item.memberIdNumber(), item.monthlyAmount(), item.monthlyEmploymentCost()));
        }
        List<Expenditure> spent = new ArrayList<>();
        for (int i = 0; i < expenditures.size(); i++) {
            ExpenditureItem item = expenditures.get(i);
            spent.add(new Expenditure(item.type(), item.memberIdNumber(),
                    Yuan.parse("expenditures[" + i + "].amountLast12Months", item.amountLast12Months())));
        }
        return new Household(people, earned, spent);
    }

    public int size() {
        return members.size();
    }

    /** The member with this ID number, read as an ID card is: surrounding spaces and a lower-case x aside. */
    public Optional<Member> member(String idNumber) {
        return idNumber == null ? Optional.empty()
                : members.stream().filter(m -> m.idNumber() != null && normalised(m.idNumber()).equals(normalised(idNumber))).findFirst();
    }

    private static String normalised(String idNumber) {
        return idNumber.strip().toUpperCase(Locale.ROOT);
    }
}
