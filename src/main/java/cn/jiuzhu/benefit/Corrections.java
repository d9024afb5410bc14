package cn.jiuzhu.benefit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.jiuzhu.application.form.HouseholdMember;
import cn.jiuzhu.common.error.Messages;
import cn.jiuzhu.common.money.Yuan;

/**
 * Which figures of a found household differ from the declared one (申报 → 核实), figure by figure: each member living
 * together, each income category of each member (and its employment cost), each rigid expenditure, each kind of
 * property. A correction an earlier finding already made, to the same value, keeps that finding's source: the county
 * confirming what the township's visit found does not take the township's finding for its own.
 */
public final class Corrections {

    private static final String NONE = "无";

    private Corrections() {
    }

    /** The corrections {@code found} makes to {@code declared}; {@code earlier} are those of the last finding on file. */
    public static List<Correction> between(FoundHousehold declared, FoundHousehold found, List<Correction> earlier,
            FindingSource source, String evidence) {
        Map<String, Figure> before = figures(declared);
        Map<String, Figure> after = figures(found);
        Map<String, Correction> kept = earlier.stream().collect(Collectors.toMap(Correction::key, Function.identity(), (a, b) -> b));
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        return keys.stream().filter(k -> !value(before.get(k)).equals(value(after.get(k)))).map(k -> {
            String label = (after.containsKey(k) ? after.get(k) : before.get(k)).label();
            String verified = value(after.get(k));
            Correction previous = kept.get(k);
            if (previous != null && previous.verified().equals(verified)) {
                return new Correction(label, value(before.get(k)), verified, previous.source(), previous.sourceLabel(),
                        previous.evidence(), k);
            }
            return new Correction(label, value(before.get(k)), verified, source, source.label(), evidence, k);
        }).toList();
    }

    /** Whether any of these corrections is new, not one an earlier finding made already (a new one needs its evidence). */
    public static boolean makesNew(List<Correction> corrections, List<Correction> earlier) {
        return corrections.stream().anyMatch(c -> earlier.stream()
                .noneMatch(e -> e.key().equals(c.key()) && e.verified().equals(c.verified())));
    }

    private record Figure(String label, String value) {
    }

    private static String value(Figure f) {
        return f == null ? NONE : f.value();
    }

    private static Map<String, Figure> figures(FoundHousehold h) {
        Map<String, String> names = new LinkedHashMap<>();
        for (HouseholdMember m : h.members()) {
            if (m.idNumber() != null) {
                names.put(id(m.idNumber()), m.name());
            }
        }
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (HouseholdMember m : h.members()) {
            if (m.idNumber() != null) {
                figures.put("member:" + id(m.idNumber()), new Figure(text("figure.member", "name", m.name()),
                        text("figure.member.present")));
            }
        }
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        h.incomes().forEach(i -> {
            String who = whose(names, i.memberIdNumber());
            String category = Messages.text("income.category." + i.category().name(), Map.of());
            add(sums, labels, "income:" + i.category() + ":" + id(i.memberIdNumber()), text("figure.income", "category", category,
                    "member", who), i.monthlyAmount());
            if (i.category().counted() && i.monthlyEmploymentCost() != null && !i.monthlyEmploymentCost().isBlank()) {
                add(sums, labels, "cost:" + i.category() + ":" + id(i.memberIdNumber()), text("figure.employmentCost",
                        "category", category, "member", who), i.monthlyEmploymentCost());
            }
        });
        h.expenditures().forEach(e -> add(sums, labels, "expenditure:" + e.type() + ":" + id(e.memberIdNumber()),
                text("figure.expenditure", "type", text("figure.expenditure." + e.type().name()), "member",
                        whose(names, e.memberIdNumber())), e.amountLast12Months()));
        h.properties().forEach(p -> add(sums, labels, "property:" + p.type(), text("figure.property", "type",
                text("figure.property." + p.type().name())), p.value()));
        sums.forEach((k, v) -> figures.put(k, new Figure(labels.get(k), Yuan.format(v))));
        return figures;
    }

    private static void add(Map<String, BigDecimal> sums, Map<String, String> labels, String key, String label, String amount) {
        BigDecimal value = amount == null || amount.isBlank() ? BigDecimal.ZERO : Yuan.parse(key, amount);
        sums.merge(key, Yuan.toFen(value), BigDecimal::add);
        labels.putIfAbsent(key, label);
    }

    private static String whose(Map<String, String> names, String idNumber) {
        return idNumber == null ? text("figure.wholeHousehold") : names.getOrDefault(id(idNumber), text("figure.unknownMember"));
    }

    private static String id(String idNumber) {
        return idNumber == null ? "" : idNumber.strip().toUpperCase(Locale.ROOT);
    }

    private static String text(String key, String... values) {
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            named.put(values[i], values[i + 1]);
        }
        return Messages.text(key, named);
    }
}
