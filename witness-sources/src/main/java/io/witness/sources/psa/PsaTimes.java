package io.witness.sources.psa;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The times PSA exports write: ISO-8601 with an offset or {@code Z} (the REST APIs), and local times
 * without one (CSV exports, in the exporter's zone), ISO-like or in the US ({@code 1/15/2024 9:30 AM}) or
 * day-first ({@code 15/01/2024 09:30}) order.
 *
 * <p>A local time is placed in a zone as {@link ZonedDateTime#ofLocal} does with no preferred offset: in
 * an overlap (the hour shown twice when clocks go back) the <b>earlier</b> offset, so the first showing;
 * in a gap (the hour skipped when clocks go forward) the time is <b>shifted forward</b> by the length of
 * the gap (02:30 on a spring-forward night in New York is 03:30 EDT). Deterministic, and documented in
 * docs/importers/*.md.
 *
 * <p>Stateless and thread-safe.
 */
public final class PsaTimes {

    /** Which comes first in a date written with slashes: month (US) or day (most of the world). */
    public enum DateOrder { MONTH_FIRST, DAY_FIRST }

    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.HOUR_OF_DAY, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE)
            .appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private static final DateTimeFormatter WITH_OFFSET = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(ISO_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(TIME)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendOffset("+HH:MM:ss", "Z")
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    private static final DateTimeFormatter WITH_OFFSET_NO_COLON = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(ISO_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(TIME)
            .appendOffset("+HHMM", "Z")
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    private static final DateTimeFormatter ISO_LOCAL = new DateTimeFormatterBuilder()
            .append(ISO_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(TIME)
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    private static final List<DateTimeFormatter> MONTH_FIRST = slashed("M/d/uuuu", "M/d/uu");
    private static final List<DateTimeFormatter> DAY_FIRST = slashed("d/M/uuuu", "d.M.uuuu", "d/M/uu");
    private static final List<DateTimeFormatter> MONTH_FIRST_DATES = List.of(
            DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT));
    private static final List<DateTimeFormatter> DAY_FIRST_DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT));

    private PsaTimes() {
    }

    /** Parses {@code text} whole with {@code format}, or null; a miss costs no exception. */
    private static <T> T parseOrNull(String text, DateTimeFormatter format, java.time.temporal.TemporalQuery<T> query) {
        java.text.ParsePosition position = new java.text.ParsePosition(0);
        if (format.parseUnresolved(text, position) == null || position.getIndex() != text.length()) {
            return null;
        }
        try {
            return format.parse(text, query);
        } catch (DateTimeParseException e) {
            return null; // parsed but not a real date (30 February): not a time, as the caller asks
        }
    }

    private static List<DateTimeFormatter> slashed(String... datePatterns) {
        List<DateTimeFormatter> formats = new java.util.ArrayList<>();
        for (String pattern : datePatterns) {
            // 12-hour clock with AM/PM first, so that "9:30 PM" is not read as 09:30
            formats.add(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern + " h:mm[:ss] a")
                    .toFormatter(Locale.US).withResolverStyle(ResolverStyle.SMART));
            formats.add(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern + " H:mm[:ss]")
                    .toFormatter(Locale.US).withResolverStyle(ResolverStyle.SMART));
        }
        return formats;
    }

    /** True when the text carries an offset or {@code Z}: it is an instant on its own. */
    public static boolean hasOffset(String text) {
        return withOffset(text).isPresent();
    }

    /** The instant of a time written with an offset or {@code Z}, or empty. */
    public static Optional<Instant> withOffset(String text) {
        String trimmed = text.trim();
        for (DateTimeFormatter format : List.of(WITH_OFFSET, WITH_OFFSET_NO_COLON)) {
            OffsetDateTime parsed = parseOrNull(trimmed, format, OffsetDateTime::from);
            if (parsed != null) {
                return Optional.of(parsed.toInstant());
            }
        }
        return Optional.empty();
    }

    /** A time written without an offset in ISO-8601's order ({@code 2024-01-15T09:30[:00]}, or a date alone), as REST APIs write them. */
    public static Optional<LocalDateTime> isoLocal(String text) {
        String trimmed = text.trim();
        LocalDateTime dateTime = parseOrNull(trimmed, ISO_LOCAL, LocalDateTime::from);
        if (dateTime != null) {
            return Optional.of(dateTime);
        }
        LocalDate date = parseOrNull(trimmed, ISO_DATE, LocalDate::from);
        return date == null ? Optional.empty() : Optional.of(date.atStartOfDay());
    }

    /**
     * A time written without an offset: ISO-like ({@code 2024-01-15 09:30[:00]}, with {@code T} or a
     * space), a date alone (midnight), or with slashes in {@code order} (12- or 24-hour clock).
     */
    public static Optional<LocalDateTime> local(String text, DateOrder order) {
        Optional<LocalDateTime> iso = isoLocal(text);
        if (iso.isPresent()) {
            return iso;
        }
        String trimmed = text.trim();
        for (DateTimeFormatter format : order == DateOrder.MONTH_FIRST ? MONTH_FIRST : DAY_FIRST) {
            LocalDateTime parsed = parseOrNull(trimmed, format, LocalDateTime::from);
            if (parsed != null) {
                return Optional.of(parsed);
            }
        }
        for (DateTimeFormatter format : order == DateOrder.MONTH_FIRST ? MONTH_FIRST_DATES : DAY_FIRST_DATES) {
            LocalDate parsed = parseOrNull(trimmed, format, LocalDate::from);
            if (parsed != null) {
                return Optional.of(parsed.atTime(LocalTime.MIDNIGHT));
            }
        }
        return Optional.empty();
    }

    /**
     * The instant of a local time in {@code zone}: the earlier offset in an overlap, shifted forward by
     * the gap's length in a gap.
     *
     * @throws DateTimeException if the time is outside what the zone rules cover
     */
    public static Instant inZone(LocalDateTime local, ZoneId zone) {
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    /** The time with the offset it has in {@code zone}, as ISO-8601 ({@code 2026-03-08T03:30:00-04:00}). */
    public static String withZoneOffset(LocalDateTime local, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ZonedDateTime.ofLocal(local, zone, null));
    }
}
