package io.witness.app.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * An instant's date in a zone as {@link LocalDate#toString} writes it ({@code 2026-03-14}), for a table of a
 * million rows: each date worked out is kept with the instants it holds for (from the day's start to the next
 * day's start or the zone's next offset change, whichever is first), by the hour it was asked for, so the
 * rows of one day find their text without a date, a zone-rules lookup or a string each. Not thread-safe: one
 * per pass over a table's rows.
 */
final class DayText {

    /** Hours remembered: a year of hours, so a year's register asks for each day a few times at most. */
    private static final int SLOTS = 1 << 13;

    private final ZoneId zone;
    private final ZoneRules rules;
    /** Per slot, the epoch seconds {@code [from, until)} its text holds for; an empty slot holds for none. */
    private final long[] from = new long[SLOTS];
    private final long[] until = new long[SLOTS];
    private final String[] texts = new String[SLOTS];

    DayText(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
    }

    /** The instant's date in the zone, as {@code LocalDate.ofInstant(at, zone).toString()}. */
    String of(Instant at) {
        long second = at.getEpochSecond();
        int slot = (int) Math.floorMod(Math.floorDiv(second, 3600), (long) SLOTS);
        if (texts[slot] != null && second >= from[slot] && second < until[slot]) {
            return texts[slot];
        }
        LocalDate day = LocalDate.ofInstant(at, zone);
        long start = day.atStartOfDay(zone).toEpochSecond();
        long end = day.plusDays(1).atStartOfDay(zone).toEpochSecond();
        // past an offset change the day's end is worked out again: local time may go back across midnight
        ZoneOffsetTransition change = rules.nextTransition(Instant.ofEpochSecond(start));
        if (change != null && change.toEpochSecond() < end) {
            end = change.toEpochSecond();
        }
        String text = day.toString();
        if (second >= start && second < end) {
            from[slot] = start;
            until[slot] = end;
            texts[slot] = text;
        }
        return text;
    }
}
