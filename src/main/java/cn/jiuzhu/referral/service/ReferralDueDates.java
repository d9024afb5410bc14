package cn.jiuzhu.referral.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.calendar.service.CalendarListener;
import cn.jiuzhu.common.time.CountedDate;
import cn.jiuzhu.referral.repository.ReferralRepository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** A department's answer is due a number of working days after the referral: recounted when a year's arrangement is loaded. */
@ApplicationScoped
public class ReferralDueDates implements CalendarListener {

    private final ReferralRepository referrals;

    public ReferralDueDates(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    @Override
    public Uni<Integer> arrangementLoaded(SqlConnection connection, ArrangementLoaded loaded) {
        return referrals.waitingDueFrom(connection, LocalDate.of(loaded.year(), 1, 1)).flatMap(waiting -> {
            List<CountedDate> moved = CountedDate.moved(waiting, from -> ReferralRules.dueOn(from, loaded.calendar()));
            return referrals.setDueOn(connection, moved).replaceWith(moved.size());
        });
    }
}
