package io.witness.bench.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * The contract's business calendar (section 3.1: weekdays 08:00-18:00 New York time, six holidays) as the
 * generator's own arithmetic, written apart from Witness's calendar so the expected figures do not come
 * from the code they check. Minutes only; the demo year's holidays are listed by date.
 */
final class OfficeHours {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final LocalTime OPEN = LocalTime.of(8, 0);
    private static final LocalTime CLOSE = LocalTime.of(18, 0);
    // New Year's Day, Memorial Day, Independence Day (observed Friday 3 July 2026), Labor Day, Thanksgiving, Christmas.
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2025, 11, 27), LocalDate.of(2025, 12, 25),
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 7, 3), LocalDate.of(2026, 9, 7),
            LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 25));

    private OfficeHours() {
    }

    static boolean isBusinessDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(date);
    }

    static LocalDate nextBusinessDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        while (!isBusinessDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    static Instant at(LocalDate date, LocalTime time) {
        return LocalDateTime.of(date, time).atZone(ZONE).toInstant();
    }

    /** The instant {@code minutes} business minutes after {@code t} (minutes > 0). */
    static Instant add(Instant t, long minutes) {
        if (minutes <= 0) {
            throw new IllegalArgumentException("add needs a positive number of minutes, found " + minutes);
        }
        LocalDateTime local = LocalDateTime.ofInstant(t, ZONE);
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        long left = minutes;
        while (true) {
            if (!isBusinessDay(day) || !time.isBefore(CLOSE)) {
                day = nextBusinessDay(day);
                time = OPEN;
                continue;
            }
            if (time.isBefore(OPEN)) {
                time = OPEN;
            }
            long available = Duration.between(time, CLOSE).toMinutes();
            if (left <= available) {
                return at(day, time.plusMinutes(left));
            }
            left -= available;
            day = nextBusinessDay(day);
            time = OPEN;
        }
    }

    /** Business minutes in {@code [a, b)}; 0 when b is not after a. */
    static long between(Instant a, Instant b) {
        if (!b.isAfter(a)) {
            return 0;
        }
        long total = 0;
        LocalDate day = LocalDateTime.ofInstant(a, ZONE).toLocalDate();
        LocalDate last = LocalDateTime.ofInstant(b, ZONE).toLocalDate();
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            if (!isBusinessDay(day)) {
                continue;
            }
            Instant open = at(day, OPEN);
            Instant close = at(day, CLOSE);
            Instant from = a.isAfter(open) ? a : open;
            Instant to = b.isBefore(close) ? b : close;
            if (to.isAfter(from)) {
                total += Duration.between(from, to).toMinutes();
            }
        }
        return total;
    }
}
