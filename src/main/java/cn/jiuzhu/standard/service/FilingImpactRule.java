package cn.jiuzhu.standard.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.jiuzhu.common.error.Messages;
import cn.jiuzhu.common.money.Yuan;
import cn.jiuzhu.standard.FilingImpact;

/**
 * A filing's impact from each household's amount now and under the new standard: covered means an amount above
 * zero. 提标减人 is a higher standard with fewer households covered, which the filing exists to expose.
 */
public final class FilingImpactRule {

    private FilingImpactRule() {
    }

    /** One household in payment: its size, what it is paid this month, and what the new standard gives it. */
    public record Household(int size, BigDecimal amountNow, BigDecimal amountNew) {
    }

    public static FilingImpact of(List<Household> households, BigDecimal standardNow, BigDecimal standardNew) {
        int coveredNow = 0;
        int peopleNow = 0;
        int coveredNew = 0;
        int peopleNew = 0;
        int dropped = 0;
        BigDecimal totalNow = Yuan.toFen(BigDecimal.ZERO);
        BigDecimal totalNew = Yuan.toFen(BigDecimal.ZERO);
        for (Household h : households) {
            boolean now = h.amountNow().signum() > 0;
            boolean later = h.amountNew().signum() > 0;
            if (now) {
                coveredNow++;
                peopleNow += h.size();
                totalNow = totalNow.add(h.amountNow());
            }
            if (later) {
                coveredNew++;
                peopleNew += h.size();
                totalNew = totalNew.add(h.amountNew());
            }
            if (now && !later) {
                dropped++;
            }
        }
        boolean raises = standardNow == null || standardNew.compareTo(standardNow) > 0;
        boolean reduces = raises && coveredNew < coveredNow;
        String summary = Messages.text(reduces ? "filing.impact.reducesCoverage" : "filing.impact.summary", Map.of(
                "standardNow", standardNow == null ? Messages.text("filing.impact.noStandard", Map.of()) : Yuan.format(standardNow), "standardNew", Yuan.format(standardNew),
                "coveredNow", String.valueOf(coveredNow), "peopleNow", String.valueOf(peopleNow), "totalNow", Yuan.format(totalNow),
                "coveredNew", String.valueOf(coveredNew), "peopleNew", String.valueOf(peopleNew), "totalNew", Yuan.format(totalNew),
                "dropped", String.valueOf(dropped)));
        return new FilingImpact(households.size(), coveredNow, peopleNow, Yuan.format(totalNow), coveredNew, peopleNew,
                Yuan.format(totalNew), dropped, standardNow == null ? null : Yuan.format(standardNow), Yuan.format(standardNew),
                reduces, summary);
    }
}
