package cn.jiuzhu.benefit;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.application.form.ExpenditureType;
import cn.jiuzhu.application.form.HouseholdMember;
import cn.jiuzhu.application.form.IncomeCategory;
import cn.jiuzhu.application.form.PropertyType;
import cn.jiuzhu.application.form.Relation;
import cn.jiuzhu.common.error.Messages;
import cn.jiuzhu.common.money.Yuan;
import cn.jiuzhu.common.validation.IdNumber;

/** A case's household as last verified, as the household and staff read it: ID numbers masked, members by name. */
@Description("核实的家庭情况: the household the amounts are computed for, as the office last verified it, with every "
        + "declared figure it corrected (申报 → 核实) and the source of each")
public record VerifiedHousehold(
        @NonNull FindingSource source,
        @NonNull @Description("e.g. 家庭经济状况核对") String sourceLabel,
        @Description("What the corrections rest on, as staff wrote it") String evidence,
        @NonNull @Description("The office that recorded it") String recordedBy,
        @NonNull OffsetDateTime recordedAt,
        @NonNull int householdSize,
        @NonNull List<@NonNull Member> members,
        @NonNull List<@NonNull Income> incomes,
        @NonNull List<@NonNull Expenditure> expenditures,
        @NonNull List<@NonNull Property> properties,
        @NonNull @Description("Figures found different from the declaration; empty when it was accurate") List<@NonNull Correction> corrections) {

    @Description("核实的共同生活家庭成员")
    @Name("VerifiedMember")
    public record Member(@NonNull String name, Relation relation, @Description("e.g. 110***********002X") String maskedIdNumber) {
    }

    @Description("核实的一项收入 (monthly average)")
    @Name("VerifiedIncome")
    public record Income(@NonNull IncomeCategory category, @NonNull String categoryLabel,
            @Description("Who earns it; null for the household as a whole") String memberName,
            @NonNull @Description("Yuan per month") String monthlyAmount,
            @Description("Necessary employment cost deducted, yuan per month") String monthlyEmploymentCost,
            @NonNull @Description("Counted as family income") boolean counted) {
    }

    @Description("核实的一项刚性支出")
    @Name("VerifiedExpenditure")
    public record Expenditure(@NonNull ExpenditureType type, @NonNull String typeLabel, String memberName,
            @NonNull String amountLast12Months) {
    }

    @Description("核实的一项家庭财产")
    @Name("VerifiedProperty")
    public record Property(@NonNull PropertyType type, @NonNull String typeLabel, Integer quantity, String value) {
    }

    public static VerifiedHousehold of(HouseholdFinding f) {
        FoundHousehold h = f.household();
        Map<String, String> names = new HashMap<>();
        h.members().forEach(m -> names.put(key(m.idNumber()), m.name()));
        return new VerifiedHousehold(f.source(), f.source().label(), f.evidence(), f.recordedBy(), f.recordedAt(), h.members().size(),
                h.members().stream().map(VerifiedHousehold::member).toList(),
                h.incomes().stream().map(i -> new Income(i.category(), label("income.category." + i.category().name()),
                        names.get(key(i.memberIdNumber())), money(i.monthlyAmount()), i.monthlyEmploymentCost() == null ? null
                                : money(i.monthlyEmploymentCost()), i.category().counted())).toList(),
                h.expenditures().stream().map(e -> new Expenditure(e.type(), label("figure.expenditure." + e.type().name()),
                        names.get(key(e.memberIdNumber())), money(e.amountLast12Months()))).toList(),
                h.properties().stream().map(p -> new Property(p.type(), label("figure.property." + p.type().name()), p.quantity(),
                        p.value() == null ? null : money(p.value()))).toList(),
                f.corrections());
    }

    private static Member member(HouseholdMember m) {
        return new Member(m.name(), m.relation(), IdNumber.tryParse(m.idNumber()).map(IdNumber::masked).orElse(null));
    }

    private static String money(String amount) {
        return Yuan.format(Yuan.parse("amount", amount));
    }

    private static String label(String key) {
        return Messages.text(key, Map.of());
    }

    private static String key(String idNumber) {
        return idNumber == null ? "" : idNumber.strip().toUpperCase(Locale.ROOT);
    }
}
