package io.witness.core.clock;

import io.witness.core.event.TicketEvent;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The causes told at the event being replayed, shared by the clocks it changes: an opening starts
 * every clock, a resolution stops several, and each would otherwise make its own equal
 * {@link Cause}. Verbs are the engine's string constants, compared by identity. Mutable and reused:
 * {@link #moveTo} at each event; one thread only.
 */
final class EventCauses {

    private static final int SLOTS = 8;

    private @Nullable TicketEvent event;
    private final String[] verbs = new String[SLOTS];
    private final @Nullable CaseState.SideFacts[] facts = new CaseState.SideFacts[SLOTS];
    private final @Nullable Cause[] causes = new Cause[SLOTS];
    private int count;

    /** Forgets the causes of the event before: the next ones are {@code next}'s. */
    void moveTo(TicketEvent next) {
        event = next;
        for (int i = 0; i < count; i++) {
            facts[i] = null;
            causes[i] = null;
        }
        count = 0;
    }

    /** {@link Cause#of(String, TicketEvent)} for the current event. */
    Cause of(String verb) {
        return find(verb, null);
    }

    /** {@link Cause#withStatus(String, TicketEvent, CaseState.SideFacts)} for the current event. */
    Cause withStatus(String verb, CaseState.SideFacts sideFacts) {
        return find(verb, sideFacts);
    }

    private Cause find(String verb, CaseState.@Nullable SideFacts sideFacts) {
        for (int i = 0; i < count; i++) {
            if (verbs[i] == verb && facts[i] == sideFacts) {
                return Objects.requireNonNull(causes[i]);
            }
        }
        TicketEvent current = Objects.requireNonNull(event, "event");
        Cause cause = sideFacts == null ? Cause.of(verb, current) : Cause.withStatus(verb, current, sideFacts);
        if (count < SLOTS) {
            verbs[count] = verb;
            facts[count] = sideFacts;
            causes[count] = cause;
            count++;
        }
        return cause;
    }
}
