package io.witness.core.event;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The instants events are written with, read without a formatter: {@code 2026-03-06T16:00:00Z},
 * {@code 2026-03-06T16:00:00.250-05:00} (four-digit year, seconds, an optional fraction of one to nine
 * digits, {@code Z} or an offset of hours and minutes). A ledger holds millions of them and
 * {@code OffsetDateTime.parse} costs a few microseconds each. Any other shape is left to
 * {@code OffsetDateTime.parse}, so what is accepted and refused does not change.
 */
final class IsoInstants {

    private IsoInstants() {
    }

    /**
     * The instant, or null when the text is not of the shape read here.
     *
     * @throws DateTimeException if it has the shape but names no such date or time (30 February, hour 24)
     */
    static @Nullable Instant parse(String text) {
        int n = text.length();
        if (n < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        int at = 19;
        int nanos = 0;
        if (text.charAt(at) == '.') {
            int start = ++at;
            while (at < n && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
                at++;
            }
            int length = at - start;
            if (length < 1 || length > 9) {
                return null;
            }
            nanos = digits(text, start, length);
            for (int i = length; i < 9; i++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (at == n - 1 && text.charAt(at) == 'Z') {
            offsetSeconds = 0;
        } else if (at == n - 6 && (text.charAt(at) == '+' || text.charAt(at) == '-') && text.charAt(at + 3) == ':') {
            int hours = digits(text, at + 1, 2);
            int minutes = digits(text, at + 4, 2);
            if (hours < 0 || minutes < 0 || hours > 17 || minutes > 59 || hours == 0 && minutes == 0 && text.charAt(at) == '-') {
                return null;
            }
            offsetSeconds = (text.charAt(at) == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        } else {
            return null;
        }
        if (hour > 23 || minute > 59 || second > 59) {
            throw new DateTimeException("No such time: " + text);
        }
        long days = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(days * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds, nanos);
    }

    /** The decimal number of {@code length} digits at {@code from}; -1 if any is not a digit. */
    private static int digits(String text, int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
