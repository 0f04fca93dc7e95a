package io.witness.sources.servicenow.eventlog;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The log's times: {@code d/M/yyyy HH:mm} ({@code 29/2/2016 01:16}: day first, day and month without a
 * leading zero, minutes only), local times without a zone. A time is read in the import's zone: in a DST
 * overlap the earlier offset is taken, in a gap the time is moved forward by the gap's length
 * ({@link ZonedDateTime#ofLocal} with no preferred offset). Stateless.
 */
final class LogTime {

    /** What a time looks like, for messages. */
    static final String EXPECTED = "a date and time as d/M/yyyy HH:mm, such as 29/2/2016 01:16";

    private LogTime() {
    }

    /** The local date and time written as {@code d/M/yyyy HH:mm}, or empty if it is not one. */
    static Optional<LocalDateTime> parse(String text) {
        int slash1 = text.indexOf('/');
        int slash2 = text.indexOf('/', slash1 + 1);
        int space = text.indexOf(' ', slash2 + 1);
        int colon = text.indexOf(':', space + 1);
        if (slash1 < 1 || slash1 > 2 || slash2 - slash1 < 2 || slash2 - slash1 > 3 || space - slash2 != 5
                || colon - space != 3 || text.length() - colon != 3) {
            return Optional.empty();
        }
        int day = digits(text, 0, slash1);
        int month = digits(text, slash1 + 1, slash2);
        int year = digits(text, slash2 + 1, space);
        int hour = digits(text, space + 1, colon);
        int minute = digits(text, colon + 1, text.length());
        if (day < 0 || month < 0 || year < 0 || hour < 0 || minute < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.of(year, month, day, hour, minute));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The instant of a local time in {@code zone}: the earlier offset in an overlap, moved forward over a gap. */
    static Instant instant(LocalDateTime time, ZoneId zone) {
        return ZonedDateTime.ofLocal(time, zone, null).toInstant();
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
