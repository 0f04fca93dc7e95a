package io.witness.sources.timeline;

import io.witness.core.event.Assigned;
import io.witness.core.event.Author;
import io.witness.core.event.CaseId;
import io.witness.core.event.Closed;
import io.witness.core.event.CommentAdded;
import io.witness.core.event.DetailsRecorded;
import io.witness.core.event.EventMeta;
import io.witness.core.event.PlanProvided;
import io.witness.core.event.Priority;
import io.witness.core.event.PriorityChanged;
import io.witness.core.event.PublicReply;
import io.witness.core.event.Reopened;
import io.witness.core.event.Resolved;
import io.witness.core.event.SlaClaimed;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.StatusClass;
import io.witness.core.event.SupportTier;
import io.witness.core.event.TicketDetails;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.SourceMaps;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the canonical events of one case from what its source showed, in the order the source showed
 * it: each {@link #observe} of a {@link TicketState} gives the events for what changed since the last
 * one (the first opens the ticket), and the other methods record what a source states directly.
 *
 * <ul>
 *   <li>A status is mapped to its class by the contract ({@link SourceMaps}, counting what it does not
 *       map); a change of status text gives a status event, and, as {@link FromStatus} says, a class
 *       {@code resolved} a resolved event, {@code closed} a closed event, and an open class after
 *       {@code resolved}, {@code closed} or {@code cancelled} a reopened event, each after the status
 *       event at the same time.</li>
 *   <li>A changed priority gives a priority event when the contract maps it to another priority.</li>
 *   <li>A changed group gives an assigned event.</li>
 *   <li>Details give a details event with the fields that changed; a field that becomes empty is unknown,
 *       not cleared.</li>
 *   <li>A claim gives a claim event when its value differs from the field's last claim.</li>
 * </ul>
 * Mutable: one case, one thread.
 */
public final class CaseTimeline {

    private static final Set<StatusClass> TERMINAL = Set.of(StatusClass.RESOLVED, StatusClass.CLOSED, StatusClass.CANCELLED);

    private final SourceMaps maps;
    private final FromStatus fromStatus;
    private final List<TicketEvent> events = new ArrayList<>();
    private final Map<String, String> claims = new HashMap<>();
    private boolean opened;
    private Optional<String> status = Optional.empty();
    private Optional<StatusClass> statusClass = Optional.empty();
    private PriorityValue priorityValue = PriorityValue.none();
    private Optional<Priority> priority = Optional.empty();
    private Optional<String> group = Optional.empty();
    private TicketDetails details = TicketDetails.none();

    /**
     * @param maps the contract's maps for the source, counting what they do not map
     * @param fromStatus which lifecycle events statuses imply
     */
    public CaseTimeline(SourceMaps maps, FromStatus fromStatus) {
        this.maps = Objects.requireNonNull(maps, "maps");
        this.fromStatus = Objects.requireNonNull(fromStatus, "fromStatus");
    }

    /** The meta of an event at {@code at} told by {@code observation}: seen when it was received, under its source id. */
    public static EventMeta meta(CaseId caseId, Instant at, ObservationDraft observation) {
        return new EventMeta(caseId, observation.side(), at, Optional.of(observation.receivedAt()),
                Optional.of(observation.sourceId()));
    }

    /**
     * The date whose contract terms map a case that starts at {@code at}: its date in the contract's zone
     * (in UTC without a contract).
     */
    public static LocalDate contractDate(ImportContext context, Instant at) {
        return LocalDate.ofInstant(at, context.contract().map(c -> c.header().zone()).orElse(ZoneOffset.UTC));
    }

    /** True once the ticket was opened. */
    public boolean isOpened() {
        return opened;
    }

    /** The ticket was opened with this state, which gives the opened event, its assignment and details. */
    public void open(EventMeta meta, TicketState state) {
        if (opened) {
            throw new IllegalStateException("Case " + meta.caseId() + " was opened already");
        }
        opened = true;
        priorityValue = state.priority();
        priority = state.priority().isEmpty() ? Optional.empty() : state.priority().mapped(maps);
        status = state.status();
        statusClass = status.isPresent() ? maps.statusClass(status.get()) : Optional.empty();
        events.add(new TicketOpened(meta, priority, status, statusClass));
        statusClass.ifPresent(c -> lifecycle(meta, Optional.empty(), c));
        assign(meta, state);
        details(meta, state.details());
    }

    /**
     * The source showed the ticket in this state: the first state opens it, each later one gives the
     * events of what changed.
     */
    public void observe(EventMeta meta, TicketState state) {
        if (!opened) {
            open(meta, state);
            return;
        }
        state.status().ifPresent(s -> status(meta, s));
        if (!state.priority().isEmpty() && !state.priority().equals(priorityValue)) {
            priorityValue = state.priority();
            Optional<Priority> mapped = state.priority().mapped(maps);
            if (mapped.isPresent() && !mapped.equals(priority)) {
                priority = mapped;
                events.add(new PriorityChanged(meta, mapped.get()));
            }
        }
        assign(meta, state);
        details(meta, state.details());
    }

    /** The status became {@code text}: a status event and what its class implies, if the text changed. */
    public void status(EventMeta meta, String text) {
        if (text.isBlank() || status.equals(Optional.of(text))) {
            return;
        }
        Optional<StatusClass> before = statusClass;
        status = Optional.of(text);
        statusClass = maps.statusClass(text);
        events.add(new StatusChanged(meta, text, statusClass));
        statusClass.ifPresent(c -> lifecycle(meta, before, c));
    }

    /** The ticket went to {@code group}, if it is another group than the last. */
    public void assigned(EventMeta meta, String group, Optional<SupportTier> tier) {
        if (!group.isBlank() && !this.group.equals(Optional.of(group))) {
            this.group = Optional.of(group);
            events.add(new Assigned(meta, group, tier));
        }
    }

    /** The source recorded these details: a details event with the fields that changed, if any did. */
    public void details(EventMeta meta, TicketDetails recorded) {
        TicketDetails changed = new TicketDetails(
                changed(details.title(), recorded.title()),
                changed(details.requester(), recorded.requester()),
                changed(details.category(), recorded.category()),
                changed(details.subcategory(), recorded.subcategory()),
                changed(details.configurationItem(), recorded.configurationItem()),
                changed(details.channel(), recorded.channel()),
                changed(details.origin(), recorded.origin()),
                recorded.references().stream().filter(r -> !details.references().contains(r)).toList());
        if (changed.equals(TicketDetails.none())) {
            return;
        }
        List<io.witness.core.event.ExternalReference> references = new ArrayList<>(details.references());
        references.addAll(changed.references());
        details = new TicketDetails(
                changed.title().or(details::title), changed.requester().or(details::requester),
                changed.category().or(details::category), changed.subcategory().or(details::subcategory),
                changed.configurationItem().or(details::configurationItem), changed.channel().or(details::channel),
                changed.origin().or(details::origin), references);
        events.add(new DetailsRecorded(meta, changed));
    }

    /** The source claims {@code value} for its SLA field {@code field}: a claim event if the value changed. */
    public void claim(EventMeta meta, String field, String value) {
        if (!value.equals(claims.put(field, value))) {
            events.add(new SlaClaimed(meta, field, value));
        }
    }

    /** The source states the ticket was resolved. */
    public void resolved(EventMeta meta) {
        events.add(new Resolved(meta));
    }

    /** The source states the ticket was closed. */
    public void closed(EventMeta meta) {
        events.add(new Closed(meta));
    }

    /** The source states the ticket was reopened. */
    public void reopened(EventMeta meta) {
        events.add(new Reopened(meta));
    }

    /** An agent replied publicly. */
    public void reply(EventMeta meta) {
        events.add(new PublicReply(meta));
    }

    /** The provider gave a plan. */
    public void plan(EventMeta meta) {
        events.add(new PlanProvided(meta));
    }

    /** A comment that is not a public reply: a requester's message or an agent's private note. */
    public void comment(EventMeta meta, Author author) {
        events.add(new CommentAdded(meta, author, author == Author.REQUESTER));
    }

    /** Adds an event as it is. */
    public void add(TicketEvent event) {
        events.add(event);
    }

    /** The events in time order (ties in the order recorded) and the values the contract did not map. */
    public CaseEvents result() {
        List<TicketEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(TicketEvent::at));
        return new CaseEvents(sorted, maps.unmapped());
    }

    private void assign(EventMeta meta, TicketState state) {
        state.group().ifPresent(g -> assigned(meta, g, state.tier()));
    }

    private void lifecycle(EventMeta meta, Optional<StatusClass> before, StatusClass now) {
        boolean wasDone = before.isPresent() && TERMINAL.contains(before.get());
        if (now == StatusClass.RESOLVED && fromStatus.resolved()
                && before.filter(b -> b == StatusClass.RESOLVED || b == StatusClass.CLOSED).isEmpty()) {
            events.add(new Resolved(meta));
        } else if (now == StatusClass.CLOSED && fromStatus.closed() && before.filter(b -> b == StatusClass.CLOSED).isEmpty()) {
            events.add(new Closed(meta));
        } else if (!TERMINAL.contains(now) && wasDone && fromStatus.reopened()) {
            events.add(new Reopened(meta));
        }
    }

    private static <T> Optional<T> changed(Optional<T> before, Optional<T> now) {
        return now.isPresent() && !now.equals(before) ? now : Optional.empty();
    }
}
