package io.witness.core.clock;

import io.witness.core.event.PriorityChanged;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.StatusClass;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The causes of a replay as codes: a {@code long} that names the verb, the event by its position in the
 * case's list, and for a cause told with the status the case was left in, the status class and the
 * event that set the status text. The replay writes codes into its reused arrays (a reference written
 * into a long-lived array costs the collector's write barrier, and a {@link Cause} per change an
 * allocation); a result turns them into the same {@link Cause}s when they are read ({@link #cause}).
 *
 * <p>Layout: bits 0-25 the event's position, 26-51 the position of the event that set the status text
 * plus one (0: no text), 52-55 the verb, 56-59 the status class's ordinal plus one (0: none), 60 told
 * with the status, 61 a retroactive start, 62 a stretch not counted after this end. Codes are never
 * negative, so {@link #NONE} marks an absent one. Stateless.
 */
final class CauseCodes {

    /** No cause. */
    static final long NONE = -1;
    /** The most events a case may have, so that a position fits its 26 bits. */
    static final int MAX_EVENTS = (1 << 26) - 1;

    static final int STARTED = 0;
    static final int RUNNING = 1;
    static final int PAUSED = 2;
    static final int STOPPED = 3;
    static final int CANCELLED = 4;
    static final int RESET = 5;
    static final int STARTED_AFTER_UPDATE = 6;
    static final int STARTED_AFTER_RESET = 7;
    /** "cancelled: priority changed to P2", in words alone. */
    static final int CANCELLED_BY_PRIORITY = 8;
    /** "started: priority changed to P2", in words alone. */
    static final int STARTED_BY_PRIORITY = 9;

    private static final String[] VERBS = {"started", "running", "paused", "stopped", "cancelled", "reset",
        "started at the previous update", "started after a reset", "cancelled", "started"};
    private static final StatusClass[] CLASSES = StatusClass.values();

    private static final long POSITION = (1L << 26) - 1;
    private static final int STATUS_SHIFT = 26;
    private static final int VERB_SHIFT = 52;
    private static final int CLASS_SHIFT = 56;
    private static final long WITH_STATUS = 1L << 60;
    private static final long RETROACTIVE = 1L << 61;
    private static final long NOT_COUNTED = 1L << 62;

    private CauseCodes() {
    }

    /** {@code verb: event type (side)} for the event at {@code position}. */
    static long of(int verb, int position) {
        return (long) verb << VERB_SHIFT | position;
    }

    /**
     * As {@link #of}, followed by the status the event left the case in.
     *
     * @param statusPosition the position of the event that set the status text, or -1 for none
     * @param statusClass the status class, may be null
     */
    static long withStatus(int verb, int position, int statusPosition, @Nullable StatusClass statusClass) {
        return of(verb, position) | WITH_STATUS | (long) (statusPosition + 1) << STATUS_SHIFT
                | (long) (statusClass == null ? 0 : statusClass.ordinal() + 1) << CLASS_SHIFT;
    }

    /** The cause as the words before a retroactive start's ({@link Cause#retroactive}). */
    static long retroactive(long code) {
        return code | RETROACTIVE;
    }

    /** A stretch not counted after the end told by {@code code} ({@link Cause#notCountedAfter}). */
    static long notCountedAfter(long code) {
        return code | NOT_COUNTED;
    }

    /** The {@link Cause} a code stands for, told of {@code events}, the case's events the replay was given. */
    static Cause cause(long code, List<TicketEvent> events) {
        TicketEvent event = events.get((int) (code & POSITION));
        int verb = (int) (code >>> VERB_SHIFT & 0xF);
        Cause cause;
        if (verb == CANCELLED_BY_PRIORITY || verb == STARTED_BY_PRIORITY) {
            cause = Cause.text(VERBS[verb] + ": priority changed to " + ((PriorityChanged) event).priority());
        } else if ((code & WITH_STATUS) != 0) {
            int statusPosition = (int) (code >>> STATUS_SHIFT & POSITION) - 1;
            int statusClass = (int) (code >>> CLASS_SHIFT & 0xF) - 1;
            cause = Cause.withStatus(VERBS[verb], event, statusPosition < 0 ? null : statusText(events.get(statusPosition)),
                    statusClass < 0 ? null : CLASSES[statusClass]);
        } else {
            cause = Cause.of(VERBS[verb], event);
        }
        if ((code & NOT_COUNTED) != 0) {
            cause = Cause.notCountedAfter(cause);
        }
        return (code & RETROACTIVE) != 0 ? Cause.retroactive(cause) : cause;
    }

    /** The status text an event set: a status change's, or an opening's when it had one. */
    private static @Nullable String statusText(TicketEvent event) {
        if (event instanceof StatusChanged changed) {
            return changed.status();
        }
        return event instanceof TicketOpened opened ? opened.status().orElse(null) : null;
    }
}
