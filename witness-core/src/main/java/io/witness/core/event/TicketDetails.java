package io.witness.core.event;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a side records about a ticket besides its clocks: what it is about, who raised it, what it
 * concerns, how it arrived, and the ids it has in the other side's system. Reconciliation matches tickets
 * on these; KPIs and patterns group by them. Every field may be absent.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the short description
 * @param requester the caller or contact
 * @param category the first-level category
 * @param subcategory the second-level category
 * @param configurationItem the affected configuration item (a server, an application)
 * @param channel how it arrived, in the source's words ("Phone", "Email", "Monitoring alert")
 * @param origin who noticed first: a user or monitoring
 * @param references the ids it has in other systems
 */
public record TicketDetails(
        Optional<String> title,
        Optional<String> requester,
        Optional<String> category,
        Optional<String> subcategory,
        Optional<String> configurationItem,
        Optional<String> channel,
        Optional<Origin> origin,
        List<ExternalReference> references) {

    public TicketDetails {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subcategory, "subcategory");
        Objects.requireNonNull(configurationItem, "configurationItem");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(origin, "origin");
        references = List.copyOf(references);
    }

    private static final TicketDetails NONE = new TicketDetails(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());

    /** No details at all (one shared value). */
    public static TicketDetails none() {
        return NONE;
    }
}
