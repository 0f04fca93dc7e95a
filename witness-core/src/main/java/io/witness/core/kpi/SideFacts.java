package io.witness.core.kpi;

import io.witness.core.event.Assigned;
import io.witness.core.event.DetailsRecorded;
import io.witness.core.event.ExternalReference;
import io.witness.core.event.Priority;
import io.witness.core.event.PriorityChanged;
import io.witness.core.event.TicketDetails;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one side's ticket says, read in one pass and shared by the timelines that read it: when it opened,
 * its assignments, its last priority and its details (each field as last recorded), up to {@code now}.
 */
final class SideFacts {

    static final SideFacts NONE = new SideFacts(Long.MAX_VALUE, List.of(), false, null, TicketDetails.none());

    final long openedAt;
    /** The side's events, which {@link CaseProfiles#assignments} reads again for the assignments. */
    final List<TicketEvent> events;
    /** It recorded an assignment up to {@code now}. */
    final boolean assigned;
    final @Nullable Priority priority;
    final TicketDetails details;

    private SideFacts(long openedAt, List<TicketEvent> events, boolean assigned, @Nullable Priority priority,
            TicketDetails details) {
        this.openedAt = openedAt;
        this.events = events;
        this.assigned = assigned;
        this.priority = priority;
        this.details = details;
    }

    /**
     * The facts of a side's events: opened at its first {@code opened} event, else its first event
     * (Long.MAX_VALUE with none); events claimed after {@code now} are not yet known, except for the opening.
     */
    static SideFacts of(List<TicketEvent> events, long now) {
        if (events.isEmpty()) {
            return NONE;
        }
        long first = Long.MAX_VALUE;
        long opened = Long.MAX_VALUE;
        boolean assigned = false;
        Priority priority = null;
        Optional<String> title = Optional.empty();
        Optional<String> requester = Optional.empty();
        Optional<String> category = Optional.empty();
        Optional<String> subcategory = Optional.empty();
        Optional<String> item = Optional.empty();
        Optional<String> channel = Optional.empty();
        Optional<io.witness.core.event.Origin> origin = Optional.empty();
        // Most tickets record one reference once: that list is kept, a set made only for more.
        List<ExternalReference> firstReferences = List.of();
        Set<ExternalReference> references = null;
        for (int i = 0, n = events.size(); i < n; i++) {
            TicketEvent event = events.get(i);
            long at = event.meta().atMillis();
            first = Math.min(first, at);
            if (event instanceof TicketOpened opening) {
                if (opened == Long.MAX_VALUE) {
                    opened = at;
                }
                if (at <= now && opening.priority().isPresent()) {
                    priority = opening.priority().get();
                }
            }
            if (at > now) {
                continue;
            }
            if (event instanceof PriorityChanged changed) {
                priority = changed.priority();
            } else if (event instanceof Assigned) {
                assigned = true;
            } else if (event instanceof DetailsRecorded recorded) {
                TicketDetails d = recorded.details();
                title = d.title().isPresent() ? d.title() : title;
                requester = d.requester().isPresent() ? d.requester() : requester;
                category = d.category().isPresent() ? d.category() : category;
                subcategory = d.subcategory().isPresent() ? d.subcategory() : subcategory;
                item = d.configurationItem().isPresent() ? d.configurationItem() : item;
                channel = d.channel().isPresent() ? d.channel() : channel;
                origin = d.origin().isPresent() ? d.origin() : origin;
                List<ExternalReference> refs = d.references();
                if (refs.isEmpty() || refs == firstReferences || refs.size() == 1 && firstReferences.size() == 1
                        && refs.get(0).equals(firstReferences.get(0))) {
                    continue;
                }
                if (firstReferences.isEmpty() && references == null && refs.size() == 1) {
                    firstReferences = refs;
                } else {
                    if (references == null) {
                        references = new LinkedHashSet<>(firstReferences);
                    }
                    references.addAll(refs);
                }
            }
        }
        TicketDetails details = new TicketDetails(title, requester, category, subcategory, item, channel, origin,
                references == null ? firstReferences : List.copyOf(references));
        return new SideFacts(opened != Long.MAX_VALUE ? opened : first, events, assigned, priority, details);
    }
}
