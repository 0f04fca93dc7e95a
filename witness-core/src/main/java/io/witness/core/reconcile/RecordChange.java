package io.witness.core.reconcile;

import io.witness.core.event.TicketEvent;
import java.util.Objects;

/**
 * One record of a ticket told two ways: the same type and source id, first as {@code before}, later (as
 * Witness saw it) as {@code after}, with another time or content. Immutable.
 *
 * @param before the version told first, not null
 * @param after the version told next, not null
 */
public record RecordChange(TicketEvent before, TicketEvent after) {

    public RecordChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
