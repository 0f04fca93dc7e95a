package io.witness.bench.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The witnessed clocks of a planned ticket under the contract's section 4 (response 30m / 1h / 4h / by noon
 * the next business day; resolution 4h / 8h / 24h / 40h pausing while the client's record waits on the
 * caller; an hourly update on a P1), counted with {@link OfficeHours} for P2-P4 and in wall time for P1.
 */
final class ClockPlans {

    private ClockPlans() {
    }

    /** The witnessed clocks: from the first moment either side knew, stopped by the provider's replies as first told. */
    static List<PlannedClock> of(PlannedTicket t) {
        return of(t, t.start(), t.replies());
    }

    /** The clocks of one side's record: its own opening and the replies as it tells them. */
    static List<PlannedClock> of(PlannedTicket t, Instant start, List<Instant> replies) {
        List<PlannedClock> clocks = new ArrayList<>();
        boolean wall = t.priority().equals("P1");
        Instant responded = replies.isEmpty() ? t.resolved() : replies.get(0);
        long responseTarget = responseTarget(t.priority(), start);
        long response = minutes(wall, start, responded);
        clocks.add(new PlannedClock(t, "response", 1, response, responseTarget, responded,
                response > responseTarget ? Optional.of(reach(wall, start, List.of(), responseTarget)) : Optional.empty()));
        long resolutionTarget = resolutionTarget(t.priority());
        long resolution = minutes(wall, start, t.resolved());
        for (PlannedTicket.Pause p : t.pauses()) {
            resolution -= minutes(wall, p.from(), p.to());
        }
        clocks.add(new PlannedClock(t, "resolution", 1, resolution, resolutionTarget, t.resolved(),
                resolution > resolutionTarget ? Optional.of(reach(wall, start, t.pauses(), resolutionTarget)) : Optional.empty()));
        if (wall) {
            // Section 4.4: a chained hourly clock, each interval ended by a reply, the last by the resolution.
            Instant from = start;
            int cycle = 1;
            List<Instant> stops = new ArrayList<>(replies);
            stops.add(t.resolved());
            for (Instant stop : stops) {
                long elapsed = Duration.between(from, stop).toMinutes();
                clocks.add(new PlannedClock(t, "update", cycle++, elapsed, 60, stop,
                        elapsed > 60 ? Optional.of(from.plusSeconds(3600)) : Optional.empty()));
                from = stop;
            }
        }
        return clocks;
    }

    static long responseTarget(String priority, Instant start) {
        switch (priority) {
            case "P1":
                return 30;
            case "P2":
                return 60;
            case "P3":
                return 240;
            default:
                // "by 12:00 the next business day": the business time from the start to that deadline.
                LocalDateTime local = LocalDateTime.ofInstant(start, OfficeHours.ZONE);
                Instant deadline = OfficeHours.at(OfficeHours.nextBusinessDay(local.toLocalDate()), LocalTime.NOON);
                return OfficeHours.between(start, deadline);
        }
    }

    static long resolutionTarget(String priority) {
        switch (priority) {
            case "P1":
                return 4 * 60;
            case "P2":
                return 8 * 60;
            case "P3":
                return 24 * 60;
            default:
                return 40 * 60;
        }
    }

    private static long minutes(boolean wall, Instant a, Instant b) {
        return wall ? Math.max(0, Duration.between(a, b).toMinutes()) : OfficeHours.between(a, b);
    }

    /** The instant the running time from {@code start}, not counting the pauses, reaches {@code target}. */
    private static Instant reach(boolean wall, Instant start, List<PlannedTicket.Pause> pauses, long target) {
        long left = target;
        Instant from = start;
        for (PlannedTicket.Pause p : pauses) {
            long running = minutes(wall, from, p.from());
            if (running >= left) {
                break;
            }
            left -= running;
            from = p.to();
        }
        return wall ? from.plusSeconds(left * 60) : OfficeHours.add(from, left);
    }
}
