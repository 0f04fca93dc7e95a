package io.witness.core.reconcile;

import io.witness.core.event.TicketEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * An event that claims a time before a moment Witness looked at its ticket and did not see it: Witness
 * had the ticket's record at {@code lookedAt} (later than the claim, past the tolerance), yet the event
 * first came at {@code seenAt}. On the witnessed timeline it counts at {@code seenAt}. Immutable.
 *
 * @param event the event as told, not null
 * @param lookedAt the last time Witness saw the ticket without it, after the claimed time
 * @param seenAt the first time Witness saw it
 * @param pauses true when it is a status that pauses clocks (a pause applied retroactively)
 */
public record Backdated(TicketEvent event, Instant lookedAt, Instant seenAt, boolean pauses) {

    public Backdated {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(lookedAt, "lookedAt");
        Objects.requireNonNull(seenAt, "seenAt");
    }
}
