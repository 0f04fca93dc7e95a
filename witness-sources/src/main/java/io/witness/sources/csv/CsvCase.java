package io.witness.sources.csv;

import io.witness.core.contract.SourceKind;
import io.witness.core.event.Author;
import io.witness.core.event.CaseId;
import io.witness.core.event.EventMeta;
import io.witness.core.event.TicketDetails;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.SourceMaps;
import io.witness.sources.format.UnmappedValue;
import io.witness.sources.timeline.CaseTimeline;
import io.witness.sources.timeline.FromStatus;
import io.witness.sources.timeline.PriorityValue;
import io.witness.sources.timeline.TicketState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One case's events from its rows, by the mapping (docs/importers/csv-mapping.md): a snapshot export's
 * rows are the ticket's states in time order and give what changed ({@link CaseTimeline}); an event
 * export's rows give the event their type names. In both, the opened, replied, resolved and closed
 * columns give their events at each time they show, and the claim columns the source's claims. One case,
 * one thread.
 */
final class CsvCase {

    private final CsvMapping mapping;
    private final CaseId caseId;
    private final CaseTimeline timeline;
    private final Map<String, Long> unknownTypes = new LinkedHashMap<>();
    private final Map<Field, Set<Instant>> seen = new LinkedHashMap<>();

    private CsvCase(CsvMapping mapping, CaseId caseId, CaseTimeline timeline) {
        this.mapping = mapping;
        this.caseId = caseId;
        this.timeline = timeline;
    }

    static CaseEvents events(CsvMapping mapping, CaseId caseId, List<ObservationDraft> observations, ImportContext context) {
        // The last telling of a row version (a history rewrite) stands in for the earlier ones.
        Map<String, CsvRow> latest = new LinkedHashMap<>();
        long ordinal = 0;
        for (ObservationDraft observation : observations) {
            if (observation.kind().equals(mapping.kind()) && observation.claimedAt().isPresent()) {
                latest.put(observation.sourceId() + '\u0000' + observation.sourceVersion(),
                        new CsvRow(observation, mapping, context.zone(), ordinal++));
            }
        }
        List<CsvRow> rows = new ArrayList<>(latest.values());
        rows.sort(Comparator.comparing(CsvRow::at).thenComparingLong(CsvRow::ordinal));
        Instant first = rows.isEmpty() ? Instant.EPOCH : rows.get(0).at();
        SourceMaps maps = SourceMaps.of(context, CaseTimeline.contractDate(context, first), SourceKind.OTHER_TICKETS);
        CsvCase builder = new CsvCase(mapping, caseId, new CaseTimeline(maps, fromStatus(mapping)));
        for (int i = 0; i < rows.size(); i++) {
            if (mapping.snapshots()) {
                builder.snapshot(rows.get(i), i == 0);
            } else {
                builder.event(rows.get(i));
            }
            builder.columns(rows.get(i));
        }
        CaseEvents events = builder.timeline.result();
        List<UnmappedValue> unmapped = new ArrayList<>(events.unmapped());
        builder.unknownTypes.forEach((type, count) -> unmapped.add(new UnmappedValue("event type", type, count)));
        return new CaseEvents(events.events(), unmapped);
    }

    /** Which lifecycle events statuses give: none the export records itself. */
    private static FromStatus fromStatus(CsvMapping mapping) {
        Optional<CsvMapping.EventRows> events = mapping.events();
        return new FromStatus(
                mapping.column(Field.RESOLVED).isEmpty() && events.map(e -> !e.has(EventKind.RESOLVED)).orElse(true),
                mapping.column(Field.CLOSED).isEmpty() && events.map(e -> !e.has(EventKind.CLOSED)).orElse(true),
                events.map(e -> !e.has(EventKind.REOPENED)).orElse(true));
    }

    private void snapshot(CsvRow row, boolean first) {
        Optional<Instant> opened = first ? row.time(Field.OPENED) : Optional.empty();
        if (opened.isPresent() && opened.get().isBefore(row.at())) {
            // Opened earlier than the first state seen: only the priority and details are known then.
            timeline.open(meta(opened.get(), row), new TicketState(Optional.empty(), row.priority(), Optional.empty(),
                    Optional.empty(), row.details()));
        }
        timeline.observe(meta(row.at(), row), row.state());
    }

    private void event(CsvRow row) {
        CsvMapping.EventRows events = mapping.events().orElseThrow();
        String type = row.text(events.type()).orElse("");
        Optional<EventKind> kind = kind(events, type);
        if (kind.isEmpty()) {
            unknownTypes.merge(type, 1L, Long::sum);
            return;
        }
        EventMeta meta = meta(row.at(), row);
        if (!timeline.isOpened() && kind.get() != EventKind.IGNORE) {
            timeline.open(meta, row.state());
        }
        Optional<String> value = events.value().flatMap(row::text);
        switch (kind.get()) {
            case OPENED -> timeline.observe(meta, row.state());
            case STATUS -> value.or(() -> row.text(Field.STATUS)).ifPresent(s -> timeline.status(meta, s));
            case PRIORITY -> timeline.observe(meta, new TicketState(Optional.empty(),
                    value.map(PriorityValue::of).orElse(row.priority()), Optional.empty(), Optional.empty(), TicketDetails.none()));
            case ASSIGNED -> value.or(() -> row.text(Field.GROUP)).ifPresent(g -> timeline.assigned(meta, g, row.tier()));
            case REPLY -> timeline.reply(meta);
            case PLAN -> timeline.plan(meta);
            case RESOLVED -> timeline.resolved(meta);
            case REOPENED -> timeline.reopened(meta);
            case CLOSED -> timeline.closed(meta);
            case NOTE -> timeline.comment(meta, Author.AGENT);
            case REQUESTER_COMMENT -> timeline.comment(meta, Author.REQUESTER);
            case DETAILS -> timeline.details(meta, row.details());
            case CLAIM -> value.ifPresent(v -> timeline.claim(meta, type, v));
            case IGNORE -> { }
            default -> throw new IllegalStateException("Unhandled kind " + kind.get());
        }
    }

    /** The time columns' events, once for each time they show, and the claim columns' values. */
    private void columns(CsvRow row) {
        once(row, Field.REPLIED, timeline::reply);
        once(row, Field.RESOLVED, timeline::resolved);
        once(row, Field.CLOSED, timeline::closed);
        mapping.claims().forEach((field, column) -> row.text(column).ifPresent(v -> timeline.claim(meta(row.at(), row), field, v)));
    }

    private void once(CsvRow row, Field field, java.util.function.Consumer<EventMeta> event) {
        row.time(field).ifPresent(at -> {
            if (seen.computeIfAbsent(field, f -> new HashSet<>()).add(at)) {
                event.accept(meta(at, row));
            }
        });
    }

    private static Optional<EventKind> kind(CsvMapping.EventRows events, String type) {
        EventKind exact = events.types().get(type);
        if (exact != null) {
            return Optional.of(exact);
        }
        return events.types().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(type)).map(Map.Entry::getValue).findFirst();
    }

    private EventMeta meta(Instant at, CsvRow row) {
        return CaseTimeline.meta(caseId, at, row.observation());
    }
}
