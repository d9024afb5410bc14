package cn.jiuzhu.benefit.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.benefit.BenefitRules;
import cn.jiuzhu.benefit.Household;
import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.service.CaseService;
import cn.jiuzhu.programme.Programme;
import cn.jiuzhu.standard.Standard;
import cn.jiuzhu.standard.StandardVersion;
import cn.jiuzhu.standard.service.FilingImpactRule;
import cn.jiuzhu.standard.service.HouseholdsInPayment;
import cn.jiuzhu.standard.service.StandardService;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Benefit's answer to a standard filing: the county's dibao cases in payment, priced by the rules for its impact; on
 * acceptance its extreme-poverty cases are recomputed too.
 */
@ApplicationScoped
public class DibaoHouseholds implements HouseholdsInPayment {

    private final CaseService cases;
    private final BenefitService benefits;
    private final StandardService standards;

    public DibaoHouseholds(CaseService cases, BenefitService benefits, StandardService standards) {
        this.cases = cases;
        this.benefits = benefits;
        this.standards = standards;
    }

    /**
     * What each is paid this month comes from its recorded periods, or by the standard in force where none is
     * recorded yet.
     */
    @Override
    public Uni<List<FilingImpactRule.Household>> underProposal(SqlClient connection, Standard proposal, LocalDate on) {
        var inForce = standards.lookup(connection, on);
        return cases.inPayment(connection, proposal.regionCode(), Programme.DIBAO).flatMap(all -> {
            List<AssistanceCase> affected = all.stream().filter(c -> proposal.area() == Standard.Area.UNIFIED
                    || StandardService.areaOf(c.regionCode()) == proposal.area()).toList();
            List<UUID> ids = affected.stream().map(AssistanceCase::id).toList();
            return benefits.households(affected).flatMap(households -> benefits.amountsFor(ids, YearMonth.from(on))
                    .flatMap(paid -> {
                        Uni<List<FilingImpactRule.Household>> rows = Uni.createFrom().item(new ArrayList<>());
                        for (AssistanceCase c : affected) {
                            Household h = households.get(c.id()).household();
                            BigDecimal amountNew = BenefitRules.dibao(proposal, h).value();
                            Uni<BigDecimal> amountNow = paid.containsKey(c.id()) ? Uni.createFrom().item(paid.get(c.id()))
                                    : inForce.apply(c.regionCode())
                                            .map(s -> s.map(v -> BenefitRules.dibao(v.rule(), h).value()).orElse(BigDecimal.ZERO));
                            rows = rows.flatMap(list -> amountNow.map(now -> {
                                list.add(new FilingImpactRule.Household(h.size(), now, amountNew));
                                return list;
                            }));
                        }
                        return rows;
                    }));
        });
    }

    /** Dibao cases, and extreme-poverty cases with their members' self-care assessments, since both are paid by the standard. */
    @Override
    public Uni<Integer> recomputeFrom(SqlConnection connection, StandardVersion version) {
        return cases.inPayment(connection, version.regionCode(), Programme.DIBAO)
                .flatMap(dibao -> cases.inPayment(connection, version.regionCode(), Programme.TEKUN)
                        .map(tekun -> Stream.concat(dibao.stream(), tekun.stream()).toList()))
                .flatMap(inPayment -> benefits.recomputeFrom(connection, version, inPayment));
    }
}
