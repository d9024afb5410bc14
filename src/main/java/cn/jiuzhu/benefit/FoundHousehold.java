package cn.jiuzhu.benefit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.application.form.ExpenditureItem;
import cn.jiuzhu.application.form.HouseholdMember;
import cn.jiuzhu.application.form.IncomeItem;
import cn.jiuzhu.application.form.PropertyItem;

/**
 * A household as staff found it: the members living together, their incomes by category, property and rigid
 * expenditure, in the same shape as the application form's parts, so a console edits them with the form's editors.
 */
@Description("核实的家庭情况: the members, incomes, property and rigid expenditure as the office found them, in the "
        + "application form's shape")
public record FoundHousehold(
        @NonNull List<@NonNull HouseholdMember> members,
        @Description("Empty or absent: no income") List<@NonNull IncomeItem> incomes,
        @Description("Empty or absent: no property") List<@NonNull PropertyItem> properties,
        @Description("Empty or absent: no rigid expenditure") List<@NonNull ExpenditureItem> expenditures) {

    public FoundHousehold {
        members = members == null ? List.of() : List.copyOf(members);
        incomes = incomes == null ? List.of() : List.copyOf(incomes);
        properties = properties == null ? List.of() : List.copyOf(properties);
        expenditures = expenditures == null ? List.of() : List.copyOf(expenditures);
    }

    /** The typed household the rules compute for. */
    public Household typed() {
        return Household.declared(members, incomes, expenditures);
    }
}
