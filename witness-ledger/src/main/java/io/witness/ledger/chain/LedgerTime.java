package io.witness.ledger.chain;

import java.time.DateTimeException;
import java.time.Instant;
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
        return FORM.format(normalise(time));
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
