package io.witness.sources.time;

import io.witness.ledger.chain.LedgerTime;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the time texts of a file by its patterns, tried in order: {@code iso} (ISO-8601 date and time, a
 * {@code T} or a space between them, seconds and fractions optional, with or without an offset written
 * {@code Z}, {@code +01:00} or {@code +0100}; or a date alone), {@code epoch_seconds}, {@code epoch_millis},
 * or a {@link DateTimeFormatter} pattern ({@code dd.MM.yyyy HH:mm}, English month and AM/PM names, case
 * ignored). Immutable and thread-safe.
 */
public final class TimeReader {

    /** The keyword patterns, besides {@link DateTimeFormatter} patterns. */
    public static final String ISO = "iso";
    public static final String EPOCH_SECONDS = "epoch_seconds";
    public static final String EPOCH_MILLIS = "epoch_millis";

    private static final DateTimeFormatter ISO_FORMAT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private final List<String> patterns;
    private final List<DateTimeFormatter> formats;

    private TimeReader(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
        List<DateTimeFormatter> built = new ArrayList<>();
        for (String pattern : patterns) {
            built.add(switch (pattern) {
                case ISO -> ISO_FORMAT;
                case EPOCH_SECONDS, EPOCH_MILLIS -> ISO_FORMAT; // not used: read as numbers
                default -> format(pattern);
            });
        }
        this.formats = built;
    }

    /**
     * A reader trying these patterns in order.
     *
     * @param patterns {@code iso}, {@code epoch_seconds}, {@code epoch_millis} or {@link DateTimeFormatter}
     *     patterns; not empty
     * @throws IllegalArgumentException if there is none, or a pattern is not a valid pattern (the message
     *     says why)
     */
    public static TimeReader of(List<String> patterns) {
        Objects.requireNonNull(patterns, "patterns");
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("A time reader needs at least one pattern");
        }
        return new TimeReader(patterns);
    }

    /** A reader of ISO-8601 times only. */
    public static TimeReader iso() {
        return new TimeReader(List.of(ISO));
    }

    /** The patterns, in the order tried. */
    public List<String> patterns() {
        return patterns;
    }

    /** What the reader expects, for messages: "a time like dd.MM.yyyy HH:mm or iso". */
    public String expected() {
        List<String> shown = new ArrayList<>();
        for (String pattern : patterns) {
            shown.add(switch (pattern) {
                case ISO -> "ISO-8601 (2026-03-06T16:00:00-05:00)";
                case EPOCH_SECONDS -> "seconds since 1970";
                case EPOCH_MILLIS -> "milliseconds since 1970";
                default -> pattern;
            });
        }
        return "a time like " + String.join(" or ", shown);
    }

    /**
     * The time a text holds, by the first pattern that reads all of it; empty when none does.
     *
     * @param text the text, trimmed by the caller or not; not null
     */
    public Optional<TimeValue> read(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < patterns.size(); i++) {
            Optional<TimeValue> value = switch (patterns.get(i)) {
                case EPOCH_SECONDS -> epoch(trimmed, 1000);
                case EPOCH_MILLIS -> epoch(trimmed, 1);
                case ISO -> parse(ISO_FORMAT, trimmed.length() > 10 && trimmed.charAt(10) == ' '
                        ? trimmed.substring(0, 10) + 'T' + trimmed.substring(11) : trimmed);
                default -> parse(formats.get(i), trimmed);
            };
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter format(String pattern) {
        return StrictPattern.of(pattern);
    }

    private static Optional<TimeValue> epoch(String text, long millisPerUnit) {
        try {
            BigDecimal millis = new BigDecimal(text).multiply(BigDecimal.valueOf(millisPerUnit));
            Instant instant = Instant.ofEpochMilli(millis.longValueExact());
            return LedgerTime.holds(instant) ? Optional.of(new TimeValue.Absolute(instant)) : Optional.empty();
        } catch (NumberFormatException | ArithmeticException | DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<TimeValue> parse(DateTimeFormatter format, String text) {
        TemporalAccessor parsed;
        try {
            parsed = format.parse(text);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        LocalDate date = parsed.query(TemporalQueries.localDate());
        // 'uuuu' also reads a signed year (-2024): no export means one, and the ledger keeps years 1 to 9999 only
        if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
            return Optional.empty();
        }
        LocalTime time = parsed.query(TemporalQueries.localTime());
        ZoneId zone = parsed.query(TemporalQueries.zone());
        try {
            if (date != null && time != null && zone != null) {
                ZoneOffset offset = parsed.query(TemporalQueries.offset());
                Instant instant = offset != null ? LocalDateTime.of(date, time).toInstant(offset)
                        : LocalTimes.instant(LocalDateTime.of(date, time), zone);
                return LedgerTime.holds(instant) ? Optional.of(new TimeValue.Absolute(instant)) : Optional.empty();
            }
            if (date != null && time != null) {
                return Optional.of(new TimeValue.Local(LocalDateTime.of(date, time)));
            }
            if (date != null) {
                return Optional.of(new TimeValue.DateOnly(date));
            }
            if (time != null) {
                return Optional.of(new TimeValue.TimeOfDay(time));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
