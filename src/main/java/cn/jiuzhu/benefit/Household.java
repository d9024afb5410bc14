package cn.jiuzhu.benefit;

import java.util.List;

import cn.jiuzhu.application.form.HouseholdMember;
import cn.jiuzhu.application.form.IncomeItem;

/** The people a benefit is computed for and the income counted for them (共同生活的家庭成员及其收入). */
public record Household(List<HouseholdMember> members, List<IncomeItem> incomes) {

    public Household {
        members = List.copyOf(members);
        incomes = List.copyOf(incomes);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("A household has at least one member");
        }
    }

    public int size() {
        return members.size();
    }
}
