package io.witness.core.reconcile;

import io.witness.core.clock.StatusClassifier;
import io.witness.core.event.CommentAdded;
import io.witness.core.event.EventMeta;
import io.witness.core.event.Closed;
import io.witness.core.event.PlanProvided;
import io.witness.core.event.PublicReply;
import io.witness.core.event.Resolved;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.StatusClass;
import io.witness.core.event.TicketEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One ticket's events three ways (docs/reconcile.md, "Versions and the seen-at rule"): as its system tells
 * them now (the last version of each record), as first told (the first version), and as the witnessed
 * timeline counts them (first told, a backdated stop or pause moved to the time Witness first saw it);
 * with the records that changed and the events that were backdated. Two events of one ticket with the
 * same type and source id are two versions of one record. Immutable.
 *
 * @param ticket the ticket
 * @param current what its system says now
 * @param witnessed what the witnessed timeline counts
 * @param changes records told one way, then another
 * @param backdated events claimed before a moment Witness had the ticket without them
 */
public record TicketHistory(Ticket ticket, List<TicketEvent> current, List<TicketEvent> witnessed,
        List<RecordChange> changes, List<Backdated> backdated) {

    private static final Comparator<TicketEvent> BY_SEEN = Comparator.comparing(e -> e.meta().seenAt().orElse(Instant.MIN));
    private static final Comparator<TicketEvent> BY_TIME = TicketEvent.BY_TIME;

    public TicketHistory {
        current = List.copyOf(current);
        witnessed = List.copyOf(witnessed);
        changes = List.copyOf(changes);
        backdated = List.copyOf(backdated);
    }

    /**
     * The history of a ticket.
     *
     * @param ticket the ticket, not null
     * @param classifier the class of a status the event does not classify
     * @param tolerance how much later than the claim a look must be to make it backdated
     */
    public static TicketHistory of(Ticket ticket, StatusClassifier classifier, Duration tolerance) {
        List<TicketEvent> events = ticket.events();
        Map<String, List<TicketEvent>> versions = versions(events);
        List<TicketEvent> current = events;
        List<TicketEvent> firstTold = events;
        List<RecordChange> changes = List.of();
        if (!versions.isEmpty()) {
            // Identity, not equality: a record told twice alike is two events, each with its own place.
            Set<TicketEvent> notCurrent = Collections.newSetFromMap(new IdentityHashMap<>());
            Set<TicketEvent> notFirst = Collections.newSetFromMap(new IdentityHashMap<>());
            changes = new ArrayList<>();
            for (List<TicketEvent> record : versions.values()) {
                record.sort(BY_SEEN);
                TicketEvent told = null;
                TicketEvent version = null;
                for (TicketEvent event : record) {
                    TicketEvent content = event.told();
                    if (told != null && content.equals(told)) {
                        notCurrent.add(event);
                        notFirst.add(event);
                        continue;
                    }
                    if (version != null) {
                        changes.add(new RecordChange(version, event));
                        notCurrent.add(version);
                        notFirst.add(event);
                    }
                    told = content;
                    version = event;
                }
            }
            current = without(events, notCurrent);
            firstTold = without(events, notFirst);
        }
        List<Backdated> backdated = backdated(events, firstTold, classifier, tolerance);
        List<TicketEvent> witnessed = firstTold;
        if (!backdated.isEmpty()) {
            witnessed = new ArrayList<>(firstTold);
            for (Backdated late : backdated) {
                witnessed.set(indexOfSame(witnessed, late.event()), EventCopies.at(late.event(), late.seenAt()));
            }
            witnessed.sort(BY_TIME);
        }
        return new TicketHistory(ticket, current, witnessed, changes, backdated);
    }

    /** The records told more than once, by type and source id; empty when none is (the common case). */
    private static Map<String, List<TicketEvent>> versions(List<TicketEvent> events) {
        if (events.size() <= FEW && !anyToldTwice(events)) {
            return Map.of();
        }
        Map<String, TicketEvent> first = new HashMap<>();
        Map<String, List<TicketEvent>> repeated = new HashMap<>();
        for (TicketEvent event : events) {
            String id = event.meta().sourceId().orElse(null);
            if (id == null) {
                continue;
            }
            String key = event.type().wireName() + '\u0000' + id;
            TicketEvent earlier = first.putIfAbsent(key, event);
            if (earlier != null) {
                repeated.computeIfAbsent(key, k -> new ArrayList<>(List.of(earlier))).add(event);
            }
        }
        return repeated;
    }

    /** Up to this many events a ticket's records are compared pairwise, without a map or a key per event. */
    private static final int FEW = 32;

    /** True when two events share a type and a source id. */
    private static boolean anyToldTwice(List<TicketEvent> events) {
        for (int i = 1; i < events.size(); i++) {
            TicketEvent event = events.get(i);
            String id = event.meta().sourceId().orElse(null);
            if (id == null) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                TicketEvent earlier = events.get(j);
                if (earlier.type() == event.type() && id.equals(earlier.meta().sourceId().orElse(null))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOfSame(List<TicketEvent> events, TicketEvent event) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) == event) {
                return i;
            }
        }
        throw new IllegalStateException("A backdated event is missing from the timeline it was found in: " + event);
    }

    private static List<TicketEvent> without(List<TicketEvent> events, Set<TicketEvent> dropped) {
        List<TicketEvent> kept = new ArrayList<>(events.size());
        for (TicketEvent event : events) {
            if (!dropped.contains(event)) {
                kept.add(event);
            }
        }
        return kept;
    }

    private static List<Backdated> backdated(List<TicketEvent> all, List<TicketEvent> told, StatusClassifier classifier,
            Duration tolerance) {
        if (!twoLooks(all)) {
            return List.of();
        }
        TreeSet<Instant> looks = new TreeSet<>();
        for (int i = 0; i < all.size(); i++) {
            Instant seen = all.get(i).meta().seenAt().orElse(null);
            if (seen != null) {
                looks.add(seen);
            }
        }
        List<Backdated> found = new ArrayList<>();
        for (int i = 0; i < told.size(); i++) {
            TicketEvent event = told.get(i);
            Instant seen = event.meta().seenAt().orElse(null);
            if (seen == null) {
                continue;
            }
            boolean pauses = pauses(event, classifier);
            if (!(stops(event) || pauses)) {
                continue;
            }
            Instant looked = looks.lower(seen);
            if (looked != null && looked.isAfter(event.at().plus(tolerance))) {
                found.add(new Backdated(event, looked, seen, pauses));
            }
        }
        return found;
    }

    /**
     * True when Witness saw the events at two moments or more: else (events read from a file, a ticket seen at one
     * look) nothing can be backdated, and no set of looks is built.
     */
    private static boolean twoLooks(List<TicketEvent> events) {
        // The seen times as the metas hold them: no optional made for each event of every ticket.
        EventMeta first = null;
        for (int i = 0; i < events.size(); i++) {
            EventMeta seen = events.get(i).meta();
            if (seen.hasSeenAt()) {
                if (first == null) {
                    first = seen;
                } else if (!seen.seenAtAsOf(first)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Events that stop a response, plan or resolution clock. */
    static boolean stops(TicketEvent event) {
        return event instanceof PublicReply || event instanceof PlanProvided || event instanceof Resolved
                || event instanceof Closed || event instanceof CommentAdded c && c.isPublic()
                && c.author() == io.witness.core.event.Author.AGENT;
    }

    /** A status whose class pauses clocks by convention: waiting on the customer or a third party. */
    static boolean pauses(TicketEvent event, StatusClassifier classifier) {
        if (!(event instanceof StatusChanged s)) {
            return false;
        }
        StatusClass statusClass = s.statusClass().orElse(null);
        if (statusClass == null) {
            statusClass = classifier.classify(s.side(), s.status()).orElse(null);
        }
        return statusClass == StatusClass.WAITING_CUSTOMER || statusClass == StatusClass.WAITING_THIRD_PARTY;
    }
}
