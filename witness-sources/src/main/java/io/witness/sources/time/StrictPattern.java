package io.witness.sources.time;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * A date-time pattern a user wrote in a mapping or an option ({@code dd.MM.yyyy HH:mm}) made into a formatter that
 * reads case-insensitively in English and resolves strictly, so that 31/02 is refused rather than read as 28/02.
 */
public final class StrictPattern {

    private StrictPattern() {
    }

    /**
     * The formatter of {@code pattern}, each {@code y} outside quotes read as {@code u}: strict resolving needs the
     * proleptic year, which is the same as the year of era after year 0.
     *
     * @throws IllegalArgumentException if the pattern is not one; the message names it and says why
     */
    public static DateTimeFormatter of(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        try {
            return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(yearsAsProleptic(pattern))
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + pattern + "' is not a date-time pattern: " + e.getMessage(), e);
        } catch (ClassCastException e) {
            // The JDK's builder throws this for some patterns where a pad letter 'p' comes before adjacent numbers
            // (found by CsvFormatProperties with "snapshotsdd.MM.yyyy"): still the user's pattern, not our fault.
            throw new IllegalArgumentException("'" + pattern + "' is not a date-time pattern: a letter 'p' pads the field"
                    + " after it; write text in single quotes ('snapshot')", e);
        }
    }

    /** The pattern with each {@code y} outside quotes written {@code u}: the same years after year 0. */
    private static String yearsAsProleptic(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }
}
