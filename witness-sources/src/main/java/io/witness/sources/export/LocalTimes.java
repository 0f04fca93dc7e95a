package io.witness.sources.export;

import io.witness.ledger.chain.LedgerTime;
import io.witness.sources.time.StrictPattern;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Dates and times written without an offset, as exports write them in the exporting user's zone and
 * format: finding the format among a system's common ones, reading a value, and placing it in a zone.
 *
 * <p><b>Daylight saving time.</b> A local time shown twice (the hour the clocks go back) is read with the
 * <em>earlier</em> offset, its first showing; a local time the clocks skipped (the hour they go forward)
 * is moved forward by the length of the gap, so {@code 02:30} on the night New York springs forward is
 * {@code 03:30-04:00}. This is {@link ZonedDateTime#ofLocal} with no preferred offset, the same every run.
 *
 * <p>Immutable and thread-safe.
 */
public final class LocalTimes {

    private final String pattern;
    private final DateTimeFormatter formatter;

    private LocalTimes(String pattern) {
        this.pattern = pattern;
        this.formatter = StrictPattern.of(pattern);
    }

    /**
     * The format written as a {@link DateTimeFormatter} pattern in English ({@code dd/MMM/yy h:mm a}).
     *
     * @throws IllegalArgumentException if the pattern is not one; the message says why
     */
    public static LocalTimes of(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        if (pattern.isBlank()) {
            throw new IllegalArgumentException("A date format must not be blank");
        }
        return new LocalTimes(pattern);
    }

    /** The pattern as written. */
    public String pattern() {
        return pattern;
    }

    /**
     * Reads a local date and time: in this format, or as a workbook's date cell
     * ({@code 2024-01-15T09:30:00}), which every table may hold.
     */
    public Optional<LocalDateTime> read(String text) {
        String value = text.strip();
        // a cheap parse without resolving first: most values a wrong format meets fail here, without an exception
        ParsePosition position = new ParsePosition(0);
        if (formatter.parseUnresolved(value, position) == null || position.getIndex() != value.length()) {
            return readDateCell(value);
        }
        try {
            return Optional.of(LocalDateTime.parse(value, formatter)).filter(LocalTimes::inLedgerYears);
        } catch (DateTimeParseException e) {
            // the fields are there but name no date (31 February): not a time in this format
            return readDateCell(value);
        }
    }

    /** Years 1 to 9999, the ones the ledger keeps; 'uuuu' also reads a signed year (-2024), which no export means. */
    static boolean inLedgerYears(LocalDateTime local) {
        return local.getYear() >= 1 && local.getYear() <= 9999;
    }

    /** The value as a workbook's date cell, if it is one. */
    static Optional<LocalDateTime> readDateCell(String value) {
        if (value.length() != 19 || value.charAt(10) != 'T') {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(value, XlsxTable.DATE_CELL.withResolverStyle(ResolverStyle.STRICT)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The instant of a local time in {@code zone}: earlier offset in an overlap, moved forward in a gap. */
    public static Instant instant(LocalDateTime local, ZoneId zone) {
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    /** True when the local time is shown twice in {@code zone} or skipped by it. */
    public static boolean isAmbiguousOrSkipped(LocalDateTime local, ZoneId zone) {
        return zone.getRules().getValidOffsets(local).size() != 1;
    }

    /**
     * Finds the one format among {@code candidates} (patterns, in order of preference) that reads every
     * sample (blank ones and workbook date cells aside). Formats that read every sample to the same
     * times count as one. When none reads them all, the one that reads the most (the first of equals) is
     * the file's format, and each time it cannot read is the reader's to report.
     */
    public static Detection detect(List<String> samples, List<String> candidates) {
        List<LocalTimes> formats = candidates.stream().map(LocalTimes::of).toList();
        List<String> written = samples.stream().map(String::strip)
                .filter(s -> !s.isEmpty() && readDateCell(s).isEmpty()).toList();
        // the formats that read every sample so far; once one is left, the reader reports what it cannot read
        List<LocalTimes> alive = formats;
        for (String sample : written) {
            List<LocalTimes> still = alive.stream().filter(f -> f.read(sample).isPresent()).toList();
            if (still.isEmpty()) {
                return alive.size() == 1 ? new Detection.Found(alive.get(0)) : bestOf(formats, samples, written);
            }
            alive = still;
            if (alive.size() == 1) {
                return new Detection.Found(alive.get(0));
            }
        }
        List<LocalTimes> distinct = new ArrayList<>();
        for (LocalTimes format : alive) {
            if (distinct.stream().noneMatch(d -> readsAlike(d, format, written))) {
                distinct.add(format);
            }
        }
        if (distinct.size() > 1) {
            return new Detection.Ambiguous(distinct.stream().map(LocalTimes::pattern).toList());
        }
        return new Detection.Found(distinct.get(0));
    }

    /** When no format reads every sample: the one that reads most (the first of equals), or none at all. */
    private static Detection bestOf(List<LocalTimes> formats, List<String> samples, List<String> written) {
        int best = 0;
        int bestReads = 0;
        for (int f = 0; f < formats.size(); f++) {
            LocalTimes format = formats.get(f);
            int reads = (int) written.stream().filter(w -> format.read(w).isPresent()).count();
            if (reads > bestReads) {
                best = f;
                bestReads = reads;
            }
        }
        if (bestReads > 0) {
            return new Detection.Mostly(formats.get(best));
        }
        int first = 0;
        while (!samples.get(first).strip().equals(written.get(0))) {
            first++;
        }
        return new Detection.NoneFits(first);
    }

    private static boolean readsAlike(LocalTimes a, LocalTimes b, List<String> samples) {
        for (String sample : samples) {
            if (!sample.isBlank() && !a.read(sample).equals(b.read(sample))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return pattern;
    }

    /** What {@link #detect} found. */
    public sealed interface Detection {

        /** The one format that reads every sample (the first candidate when there were no samples). */
        record Found(LocalTimes format) implements Detection {
        }

        /** No format reads every sample; this one reads the most: the samples it cannot read are wrong. */
        record Mostly(LocalTimes format) implements Detection {
        }

        /** No format reads any sample; {@code index} is the first sample that is not blank. */
        record NoneFits(int index) implements Detection {
        }

        /** Several formats read every sample, to different times ({@code 01/02} as January or February). */
        record Ambiguous(List<String> patterns) implements Detection {
            public Ambiguous {
                patterns = List.copyOf(patterns);
            }
        }
    }

    /**
     * Reads {@code text} as an instant with an offset, as APIs write them ({@code 2024-01-15T09:30:00.000+0000},
     * {@code 2024-01-15T09:30:00+00:00}, {@code …Z}), if it is one.
     */
    public static Optional<Instant> readOffsetTime(String text) {
        try {
            return Optional.of(java.time.OffsetDateTime.parse(text.strip(), OFFSET_TIME).toInstant()).filter(LedgerTime::holds);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static final DateTimeFormatter OFFSET_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendPattern("[XXX][XX]")
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
}
