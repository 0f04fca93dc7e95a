package io.witness.core.event;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a side records about a ticket besides its clocks: what it is about, who raised it, what it
 * concerns, how it arrived, and the ids it has in the other side's system. Reconciliation matches tickets
 * on these; KPIs and patterns group by them. Every field may be absent.
 *
 * <p>A value class rather than a record so that the absent-or-present parts are held as plain references, not an
 * {@code Optional} each: an audit keeps a ticket's details for every ticket, and their optionals (a title's is
 * seldom shared) were objects the collectors copy. The accessors give optionals, as the record's did; equal, hashed
 * and printed as the record was. Immutable and thread-safe.
 */
public final class TicketDetails {

    private final @Nullable String title;
    private final @Nullable String requester;
    private final @Nullable String category;
    private final @Nullable String subcategory;
    private final @Nullable String configurationItem;
    private final @Nullable String channel;
    private final @Nullable Origin origin;
    private final List<ExternalReference> references;

    /**
     * @param title the short description
     * @param requester the caller or contact
     * @param category the first-level category
     * @param subcategory the second-level category
     * @param configurationItem the affected configuration item (a server, an application)
     * @param channel how it arrived, in the source's words ("Phone", "Email", "Monitoring alert")
     * @param origin who noticed first: a user or monitoring
     * @param references the ids it has in other systems
     */
    public TicketDetails(Optional<String> title, Optional<String> requester, Optional<String> category,
            Optional<String> subcategory, Optional<String> configurationItem, Optional<String> channel,
            Optional<Origin> origin, List<ExternalReference> references) {
        this.title = Objects.requireNonNull(title, "title").orElse(null);
        this.requester = Objects.requireNonNull(requester, "requester").orElse(null);
        this.category = Objects.requireNonNull(category, "category").orElse(null);
        this.subcategory = Objects.requireNonNull(subcategory, "subcategory").orElse(null);
        this.configurationItem = Objects.requireNonNull(configurationItem, "configurationItem").orElse(null);
        this.channel = Objects.requireNonNull(channel, "channel").orElse(null);
        this.origin = Objects.requireNonNull(origin, "origin").orElse(null);
        this.references = List.copyOf(references);
    }

    private static final TicketDetails NONE = new TicketDetails(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());

    /** No details at all (one shared value). */
    public static TicketDetails none() {
        return NONE;
    }

    /** The short description. */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** The caller or contact. */
    public Optional<String> requester() {
        return Optional.ofNullable(requester);
    }

    /** The first-level category. */
    public Optional<String> category() {
        return Optional.ofNullable(category);
    }

    /** The second-level category. */
    public Optional<String> subcategory() {
        return Optional.ofNullable(subcategory);
    }

    /** The affected configuration item (a server, an application). */
    public Optional<String> configurationItem() {
        return Optional.ofNullable(configurationItem);
    }

    /** How it arrived, in the source's words ("Phone", "Email", "Monitoring alert"). */
    public Optional<String> channel() {
        return Optional.ofNullable(channel);
    }

    /** Who noticed first: a user or monitoring. */
    public Optional<Origin> origin() {
        return Optional.ofNullable(origin);
    }

    /** The ids it has in other systems. */
    public List<ExternalReference> references() {
        return references;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TicketDetails that && Objects.equals(title, that.title) && Objects.equals(requester, that.requester)
                && Objects.equals(category, that.category) && Objects.equals(subcategory, that.subcategory)
                && Objects.equals(configurationItem, that.configurationItem) && Objects.equals(channel, that.channel)
                && origin == that.origin && references.equals(that.references);
    }

    /** As the record's: each part's hash (an optional's is its value's) folded by 31, in order. */
    @Override
    public int hashCode() {
        int hash = Objects.hashCode(title);
        hash = 31 * hash + Objects.hashCode(requester);
        hash = 31 * hash + Objects.hashCode(category);
        hash = 31 * hash + Objects.hashCode(subcategory);
        hash = 31 * hash + Objects.hashCode(configurationItem);
        hash = 31 * hash + Objects.hashCode(channel);
        hash = 31 * hash + Objects.hashCode(origin);
        return 31 * hash + references.hashCode();
    }

    @Override
    public String toString() {
        return "TicketDetails[title=" + title() + ", requester=" + requester() + ", category=" + category() + ", subcategory="
                + subcategory() + ", configurationItem=" + configurationItem() + ", channel=" + channel() + ", origin=" + origin()
                + ", references=" + references + "]";
    }
}
