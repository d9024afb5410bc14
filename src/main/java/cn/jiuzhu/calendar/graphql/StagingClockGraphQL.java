package cn.jiuzhu.calendar.graphql;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import cn.jiuzhu.calendar.StagingClockState;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Messages;
import cn.jiuzhu.common.time.CalendarService;
import cn.jiuzhu.common.time.ChinaTime;
import cn.jiuzhu.common.time.StagingClock;
import cn.jiuzhu.identity.CurrentUser;
import cn.jiuzhu.identity.Roles;

import io.smallrye.mutiny.Uni;

/**
 * The staging clock's operations. Where the clock cannot be moved (production) they are taken out of the schema before
 * it is built, and each refuses with STAGING_CLOCK_DISABLED should it be reached anyway.
 */
@GraphQLApi
public class StagingClockGraphQL {

    private final StagingClock staging;
    private final CalendarService calendar;
    private final CurrentUser currentUser;

    public StagingClockGraphQL(StagingClock staging, CalendarService calendar, CurrentUser currentUser) {
        this.staging = staging;
        this.calendar = calendar;
        this.currentUser = currentUser;
    }

    @Query(StagingClock.QUERY)
    @Description("Dev and staging only (absent in production): the service's clock and how far it runs ahead of real time.")
    public Uni<@NonNull StagingClockState> stagingClock() {
        return Uni.createFrom().item(this::state);
    }

    @Mutation(StagingClock.MUTATION)
    @RolesAllowed(Roles.ADMIN)
    @Description("Dev and staging only (absent in production): administrators move the service's clock ahead of real time, so a "
            + "front-end team walks a case through seven days of publicity in minutes. The offset replaces the previous one "
            + "(0 puts the clock back); every instance follows within the calendar's refresh interval. Dates counted from it "
            + "(today, publicity, due dates of new steps) move; timestamps written by the database do not. "
            + "STAGING_CLOCK_OFFSET_INVALID for a negative offset or more than 366 days.")
    public Uni<@NonNull StagingClockState> setStagingClock(@NonNull @Name("aheadDays") int aheadDays,
            @Name("aheadHours") @Description("Added to the days; default 0") Integer aheadHours) {
        long hours = (long) aheadDays * 24 + (aheadHours == null ? 0 : aheadHours);
        return currentUser.actor().flatMap(actor -> staging.set(Duration.ofHours(hours), actor.subject())).map(ignored -> state());
    }

    private StagingClockState state() {
        if (!staging.enabled()) {
            throw new ApiException(ErrorCode.STAGING_CLOCK_DISABLED, Map.of());
        }
        Duration ahead = staging.offset();
        Instant now = calendar.clock().instant();
        return new StagingClockState(OffsetDateTime.ofInstant(now, ChinaTime.ZONE), calendar.today(),
                OffsetDateTime.ofInstant(now.minus(ahead), ChinaTime.ZONE), (int) ahead.toSeconds(),
                Messages.text("stagingClock.label", Map.of("days", ahead.toDays(), "hours", ahead.toHoursPart())));
    }
}
