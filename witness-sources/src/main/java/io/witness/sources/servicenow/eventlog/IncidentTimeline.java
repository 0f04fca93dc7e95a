package io.witness.sources.servicenow.eventlog;

import io.witness.core.contract.SourceKind;
import io.witness.core.event.Assigned;
import io.witness.core.event.CaseId;
import io.witness.core.event.Closed;
import io.witness.core.event.DetailsRecorded;
import io.witness.core.event.EventMeta;
import io.witness.core.event.Origin;
import io.witness.core.event.Priority;
import io.witness.core.event.PriorityChanged;
import io.witness.core.event.Reopened;
import io.witness.core.event.Resolved;
import io.witness.core.event.SlaClaimed;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.StatusClass;
import io.witness.core.event.TicketDetails;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.SourceMaps;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One incident's timeline rebuilt from its updates, each a snapshot of the incident's fields: the
 * updates in time order (then update count, then log order), the first giving the opening, each next one
 * the changes from the one before. The rules are those of docs/importers/servicenow-eventlog.md. One
 * case, one thread.
 */
final class IncidentTimeline {

    /** The contact types through which a person reports: the incident's origin is a user. */
    private static final Set<String> PERSON_CHANNELS = Set.of("Phone", "Self service", "Email", "IVR");

    private static final Comparator<IncidentRow> LOG_ORDER = Comparator.comparing(IncidentRow::updatedAt)
            .thenComparingInt(IncidentRow::modCount).thenComparingInt(IncidentRow::logIndex);

    private final CaseId caseId;
    private final ImportContext context;
    private final List<TicketEvent> events = new ArrayList<>();
    private SourceMaps maps;
    private Optional<StatusClass> statusClass = Optional.empty();
    private Optional<Priority> priority = Optional.empty();
    private Optional<String> group = Optional.empty();
    private Optional<String> madeSla = Optional.empty();
    private TicketDetails details = TicketDetails.none();

    private IncidentTimeline(CaseId caseId, ImportContext context) {
        this.caseId = caseId;
        this.context = context;
    }

    /**
     * @throws IllegalArgumentException if the import has no zone for the log's times
     */
    static CaseEvents of(CaseId caseId, List<ObservationDraft> observations, ImportContext context) {
        ZoneId zone = context.zone().orElseThrow(() -> new IllegalArgumentException(
                "the log's times have no offset or zone; give their zone with --zone, such as --zone America/Sao_Paulo"));
        List<IncidentRow> rows = new ArrayList<>(observations.size());
        for (int i = 0; i < observations.size(); i++) {
            rows.add(IncidentRow.of(observations.get(i), zone, i));
        }
        rows.sort(LOG_ORDER);
        IncidentTimeline timeline = new IncidentTimeline(caseId, context);
        LocalDate opened = LocalDate.ofInstant(rows.get(0).openedAt(), context.contract().map(c -> c.header().zone()).orElse(zone));
        timeline.maps = SourceMaps.of(context, opened, SourceKind.SERVICENOW);
        timeline.opened(rows.get(0));
        for (int i = 1; i < rows.size(); i++) {
            timeline.changed(rows.get(i - 1), rows.get(i));
        }
        List<TicketEvent> events = new ArrayList<>(timeline.events);
        events.sort(Comparator.comparing(TicketEvent::at));
        return new CaseEvents(events, timeline.maps.unmapped());
    }

    private void opened(IncidentRow first) {
        statusClass = maps.statusClass(first.state());
        priority = priorityOf(first);
        events.add(new TicketOpened(meta(first, first.openedAt()), priority, Optional.of(first.state()), statusClass));
        details(first, first.openedAt());
        if (statusClass.equals(Optional.of(StatusClass.RESOLVED))) {
            events.add(new Resolved(meta(first, first.updatedAt())));
        } else if (statusClass.equals(Optional.of(StatusClass.CLOSED))) {
            events.add(new Closed(meta(first, first.updatedAt())));
        }
        assigned(first);
        claimed(first);
    }

    private void changed(IncidentRow before, IncidentRow row) {
        EventMeta meta = meta(row, row.updatedAt());
        if (row.reopenCount() > before.reopenCount()) {
            events.add(new Reopened(meta));
        }
        if (!row.state().equals(before.state())) {
            Optional<StatusClass> now = maps.statusClass(row.state());
            events.add(new StatusChanged(meta, row.state(), now));
            if (now.equals(Optional.of(StatusClass.RESOLVED)) && !statusClass.equals(now)) {
                events.add(new Resolved(meta));
            } else if (now.equals(Optional.of(StatusClass.CLOSED)) && !statusClass.equals(now)) {
                events.add(new Closed(meta));
            }
            statusClass = now;
        }
        if (!row.impact().equals(before.impact()) || !row.urgency().equals(before.urgency()) || !row.priority().equals(before.priority())) {
            Optional<Priority> now = priorityOf(row);
            if (now.isPresent() && !now.equals(priority)) {
                events.add(new PriorityChanged(meta, now.get()));
                priority = now;
            }
        }
        assigned(row);
        details(row, row.updatedAt());
        claimed(row);
    }

    private void assigned(IncidentRow row) {
        if (row.group().isPresent() && !row.group().equals(group)) {
            events.add(Assigned.of(meta(row, row.updatedAt()), row.group().get()));
            group = row.group();
        }
    }

    private void claimed(IncidentRow row) {
        if (row.madeSla().isPresent() && !row.madeSla().equals(madeSla)) {
            events.add(new SlaClaimed(meta(row, row.updatedAt()), Column.MADE_SLA, row.madeSla().get()));
            madeSla = row.madeSla();
        }
    }

    /** The fields that now have a value other than the one recorded, as one details event; none if none. */
    private void details(IncidentRow row, Instant at) {
        Optional<Origin> origin = row.channel().filter(PERSON_CHANNELS::contains).map(c -> Origin.USER);
        TicketDetails changed = new TicketDetails(
                changed(row.symptom(), details.title()),
                changed(row.caller(), details.requester()),
                changed(row.category(), details.category()),
                changed(row.subcategory(), details.subcategory()),
                changed(row.configurationItem(), details.configurationItem()),
                changed(row.channel(), details.channel()),
                origin.isPresent() && !origin.equals(details.origin()) ? origin : Optional.empty(),
                List.of());
        if (changed.equals(TicketDetails.none())) {
            return;
        }
        events.add(new DetailsRecorded(meta(row, at), changed));
        details = new TicketDetails(changed.title().or(details::title), changed.requester().or(details::requester),
                changed.category().or(details::category), changed.subcategory().or(details::subcategory),
                changed.configurationItem().or(details::configurationItem), changed.channel().or(details::channel),
                changed.origin().or(details::origin), List.of());
    }

    private static Optional<String> changed(Optional<String> now, Optional<String> recorded) {
        return now.isPresent() && !now.equals(recorded) ? now : Optional.empty();
    }

    private Optional<Priority> priorityOf(IncidentRow row) {
        if (row.impact().isEmpty() || row.urgency().isEmpty() || row.priority().isEmpty()) {
            return Optional.empty();
        }
        return maps.priority(row.impact().get(), row.urgency().get(), row.priority().get());
    }

    private EventMeta meta(IncidentRow row, Instant at) {
        return new EventMeta(caseId, context.side(), at, Optional.of(row.seenAt()), Optional.of(row.number() + "#" + row.modCount()));
    }
}
