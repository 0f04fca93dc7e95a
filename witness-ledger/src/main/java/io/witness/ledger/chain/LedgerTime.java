package io.witness.ledger.chain;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Times as the ledger keeps them: to the microsecond (PostgreSQL's precision), years 1 to 9999, and
 * written in one fixed form, {@code 2026-03-06T16:00:00.000000Z}, in leaves and checkpoints.
 */
public final class LedgerTime {

    private static final DateTimeFormatter FORM = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("+10000-01-01T00:00:00Z");

    private LedgerTime() {
    }

    /** True when the ledger can keep {@code time}: within the years 1 to 9999 (UTC). */
    public static boolean holds(Instant time) {
        Objects.requireNonNull(time, "time");
        return !time.isBefore(FIRST) && time.isBefore(END);
    }

    /**
     * {@code time} cut to the microsecond.
     *
     * @throws DateTimeException if it is outside the years 1 to 9999
     */
    public static Instant normalise(Instant time) {
        Objects.requireNonNull(time, "time");
        if (!holds(time)) {
            throw new DateTimeException("A ledger time is within the years 1 to 9999, got " + time);
        }
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    /** The fixed text form, six fraction digits, UTC. */
    public static String format(Instant time) {
        Instant t = normalise(time);
        // Written by hand: every observation's leaf holds two times, and the formatter is the slow part.
        LocalDateTime d = LocalDateTime.ofEpochSecond(t.getEpochSecond(), t.getNano(), ZoneOffset.UTC);
        byte[] text = new byte[27];
        digits(text, 0, d.getYear(), 4);
        text[4] = '-';
        digits(text, 5, d.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, d.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, d.getHour(), 2);
        text[13] = ':';
        digits(text, 14, d.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, d.getSecond(), 2);
        text[19] = '.';
        digits(text, 20, d.getNano() / 1_000, 6);
        text[26] = 'Z';
        return new String(text, StandardCharsets.US_ASCII);
    }

    private static void digits(byte[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    /**
     * Reads the fixed text form.
     *
     * @throws DateTimeException if {@code text} is not in it
     */
    public static Instant parse(String text) {
        Objects.requireNonNull(text, "text");
        Instant time;
        try {
            time = FORM.parse(text, Instant::from);
        } catch (DateTimeException e) {
            throw notTheForm(text, e);
        }
        if (!format(time).equals(text)) {
            throw notTheForm(text, null);
        }
        return time;
    }

    private static DateTimeException notTheForm(String text, DateTimeException cause) {
        return new DateTimeException("A ledger time is written like 2026-03-06T16:00:00.000000Z, got '" + text + "'", cause);
    }
}
