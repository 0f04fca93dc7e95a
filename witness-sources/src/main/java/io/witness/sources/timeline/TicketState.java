package io.witness.sources.timeline;

import io.witness.core.event.SupportTier;
import io.witness.core.event.TicketDetails;
import java.util.Objects;
import java.util.Optional;

/**
 * What a source showed of a ticket at one time: its status text, priority, assignment group (with its
 * tier when known) and details. A snapshot export has one per row; an event log one per event. Empty
 * fields are unknown, not cleared. Immutable and thread-safe.
 *
 * @param status the source's status text, may be empty
 * @param priority the source's priority values
 * @param group the assignment group, may be empty
 * @param tier the group's support tier, may be empty
 * @param details title, requester, category, configuration item… as recorded
 */
public record TicketState(
        Optional<String> status,
        PriorityValue priority,
        Optional<String> group,
        Optional<SupportTier> tier,
        TicketDetails details) {

    public TicketState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(details, "details");
        status = status.filter(s -> !s.isBlank());
        group = group.filter(g -> !g.isBlank());
    }

    /** A state that shows nothing. */
    public static TicketState unknown() {
        return new TicketState(Optional.empty(), PriorityValue.none(), Optional.empty(), Optional.empty(),
                TicketDetails.none());
    }
}
