package io.witness.core.clock;

import io.witness.core.event.StatusClass;
import io.witness.core.event.TicketEvent;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why a clock started, paused, ran again or ended: the event that did it and the status it left the
 * case in, put into words only when read ({@link #text()}), since most results are counted, not read.
 *
 * <p>Immutable and thread-safe.
 */
public final class Cause {

    private final String verb;
    private final @Nullable TicketEvent event;
    private final @Nullable String status;
    private final @Nullable StatusClass statusClass;
    private final boolean withStatus;
    private final @Nullable Cause until;
    private final @Nullable Condition awaited;

    private Cause(String verb, @Nullable TicketEvent event, @Nullable String status, @Nullable StatusClass statusClass,
            boolean withStatus, @Nullable Cause until) {
        this(verb, event, status, statusClass, withStatus, until, null);
    }

    private Cause(String verb, @Nullable TicketEvent event, @Nullable String status, @Nullable StatusClass statusClass,
            boolean withStatus, @Nullable Cause until, @Nullable Condition awaited) {
        this.awaited = awaited;
        this.verb = verb;
        this.event = event;
        this.status = status;
        this.statusClass = statusClass;
        this.withStatus = withStatus;
        this.until = until;
    }

    /** "{verb}: {event type} ({side})", e.g. "stopped: reply (provider)". */
    public static Cause of(String verb, TicketEvent event) {
        return new Cause(Objects.requireNonNull(verb, "verb"), Objects.requireNonNull(event, "event"), null, null, false, null);
    }

    /** As {@link #of}, followed by the status the event left the case in: its text and class, either may be null. */
    static Cause withStatus(String verb, TicketEvent event, @Nullable String status, @Nullable StatusClass statusClass) {
        return new Cause(verb, event, status, statusClass, true, null);
    }

    /** Words alone, e.g. "waiting for: on [OPENED]". */
    public static Cause text(String words) {
        return new Cause(Objects.requireNonNull(words, "words"), null, null, null, false, null);
    }

    /** Waiting for a start that never came: "waiting for: on [OPENED]". */
    static Cause waitingFor(Condition start) {
        return new Cause("waiting for", null, null, null, false, null, start);
    }

    /** A stretch not counted because the clock had ended ("not counted: stopped: resolved (client) until reopened"). */
    static Cause notCountedAfter(Cause end) {
        return new Cause("not counted", null, null, null, false, end);
    }

    /** This cause with words before it, e.g. "started retroactively at opening (started: status (client))". */
    static Cause retroactive(Cause start) {
        return new Cause("started retroactively at opening", null, null, null, false, start);
    }

    /** The event that did it, when an event did (not for causes that are words alone or wait for a start). */
    public java.util.Optional<TicketEvent> event() {
        return java.util.Optional.ofNullable(event);
    }

    /** The cause in words. */
    public String text() {
        StringBuilder text = new StringBuilder(verb);
        if (awaited != null) {
            return text.append(": ").append(awaited).toString();
        }
        if (until != null) {
            return verb.equals("not counted")
                    ? text.append(": ").append(until.text()).append(" until reopened").toString()
                    : text.append(" (").append(until.text()).append(')').toString();
        }
        if (event != null) {
            text.append(": ").append(event.type().wireName()).append(" (").append(event.side().wireName()).append(')');
        }
        if (withStatus) {
            String cls = statusClass == null ? "no known class" : statusClass.wireName();
            text.append(", now ").append(status == null ? cls : "'" + status + "' (" + cls + ")");
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return text();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cause cause && text().equals(cause.text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }
}
