package io.witness.core.calendar;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One open period of a day: it starts at a local time and lasts a wall-clock length of more than zero
 * and at most 24 hours, so {@code 22:00-06:00} is an overnight shift that ends the next morning and
 * {@code 00:00-24:00} is the whole day. The period belongs to the day it starts on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the local start time, not null
 * @param length the wall-clock length, more than zero and at most 24 hours
 */
public record OpenHours(LocalTime start, Duration length) {

    private static final Duration DAY = Duration.ofDays(1);

    public OpenHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(length, "length");
        if (length.isNegative() || length.isZero() || length.compareTo(DAY) > 0) {
            throw new DateTimeException("Open hours must last more than 0 and at most 24 hours, got " + length);
        }
    }

    /** The whole day, {@code 00:00-24:00}. */
    public static OpenHours allDay() {
        return new OpenHours(LocalTime.MIDNIGHT, DAY);
    }

    /**
     * Parses {@code HH:MM-HH:MM} (seconds allowed: {@code HH:MM:SS}); {@code 24:00} is allowed as an end;
     * an end at or before the start means the next day, except that an end equal to the start is refused.
     *
     * @throws DateTimeException if the text is not of that form or the period is empty
     */
    public static OpenHours parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.trim().split("\\s*-\\s*");
        if (parts.length != 2) {
            throw new DateTimeException("Expected hours as HH:MM-HH:MM, found '" + text + "'");
        }
        LocalTime start = time(parts[0], text, false);
        long endSeconds = parts[1].equals("24:00") || parts[1].equals("24:00:00")
                ? DAY.toSeconds()
                : time(parts[1], text, true).toSecondOfDay();
        long length = endSeconds - start.toSecondOfDay();
        if (length == 0) {
            throw new DateTimeException("Hours '" + text + "' end where they start; write 00:00-24:00 for a whole day");
        }
        if (length < 0) {
            length += DAY.toSeconds();
        }
        return new OpenHours(start, Duration.ofSeconds(length));
    }

    /** The local end time; equal to or before {@link #start()} when the period runs past midnight. */
    public LocalTime end() {
        return start.plus(length);
    }

    /** True when the period runs past midnight into the next day ({@code 24:00} as an end does not). */
    public boolean crossesMidnight() {
        return start.toSecondOfDay() + length.toSeconds() > DAY.toSeconds();
    }

    @Override
    public String toString() {
        long endSeconds = start.toSecondOfDay() + length.toSeconds();
        String end = endSeconds == DAY.toSeconds() ? "24:00" : end().toString();
        return start + "-" + end;
    }

    private static LocalTime time(String part, String whole, boolean isEnd) {
        try {
            return LocalTime.parse(part.length() == 4 ? "0" + part : part);
        } catch (DateTimeParseException e) {
            throw new DateTimeException("Expected " + (isEnd ? "an end" : "a start") + " time HH:MM in hours '"
                    + whole + "', found '" + part + "'", e);
        }
    }
}
