package io.witness.sources.servicenow;

import io.witness.core.contract.SourceKind;
import io.witness.core.event.Assigned;
import io.witness.core.event.CaseId;
import io.witness.core.event.Priority;
import io.witness.core.event.PriorityChanged;
import io.witness.core.event.StatusClass;
import io.witness.core.event.TicketOpened;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.SourceMaps;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds one incident's events from its ServiceNow records: opened (with the priority and status it was
 * opened with), details, status changes, priority changes, assignments, comments and replies, and the
 * source's SLA claims. docs/importers/servicenow.md states every rule.
 */
final class SnTimeline {

    private static final Pattern SYS_ID = Pattern.compile("[0-9a-f]{32}");

    private final SnCaseRecords records;
    private final SnEvents events;
    private final Optional<Instant> opened;

    private SnTimeline(SnCaseRecords records, SnEvents events) {
        this.records = records;
        this.events = events;
        this.opened = records.latest().flatMap(r -> r.time("opened_at").or(() -> r.time("sys_created_on")))
                .or(records::earliestHistory);
    }

    static CaseEvents of(CaseId given, List<ObservationDraft> observations, ImportContext context) {
        SnCaseRecords records = SnCaseRecords.of(observations);
        CaseId caseId = records.current("number").map(CaseId::new).orElse(given);
        Instant openedOrFirst = records.latest().flatMap(r -> r.time("opened_at")).or(records::earliestHistory)
                .orElse(context.receivedAt());
        SourceMaps maps = SourceMaps.of(context, openedOrFirst.atOffset(ZoneOffset.UTC).toLocalDate(), SourceKind.SERVICENOW);
        SnEvents events = new SnEvents(caseId, context.side(), maps, new SnChoices(SnOptions.forNormalising(context)));
        new SnTimeline(records, events).build(context);
        return new CaseEvents(events.inTimeOrder(), maps.unmapped());
    }

    private void build(ImportContext context) {
        SnFieldHistory state = SnFieldHistory.of("state", records, opened);
        SnFieldHistory hold = SnFieldHistory.of("hold_reason", records, opened);
        SnStatuses statuses = new SnStatuses(events, records);
        Optional<SnRecord> openedBy = records.first().or(() -> records.audits().stream().findFirst())
                .or(() -> records.journals().stream().findFirst()).or(() -> records.metrics().stream().findFirst());
        Map<String, SnFieldHistory> priorityFields = new HashMap<>();
        for (String field : List.of("priority", "impact", "urgency")) {
            priorityFields.put(field, SnFieldHistory.of(field, records, opened));
        }
        if (opened.isPresent() && openedBy.isPresent()) {
            Optional<String> status = statuses.initial(state, hold);
            Optional<StatusClass> statusClass = status.flatMap(s -> events.maps().statusClass(s));
            Optional<Priority> priority = priority(priorityFields.get("impact").initial(),
                    priorityFields.get("urgency").initial(), priorityFields.get("priority").initial());
            events.add(new TicketOpened(events.meta(opened.get(), openedBy.get()), priority, status, statusClass));
            new SnDetails(events, records).add(opened.get(), context);
            statuses.add(state, hold);
            priorities(priorityFields, priority);
            assignments(SnFieldHistory.of("assignment_group", records, opened), openedBy.get());
            new SnConversation(events, records).add();
        }
        new SnClaims(events, records, opened).add();
    }

    private void priorities(Map<String, SnFieldHistory> fields, Optional<Priority> initial) {
        List<SnChange> changes = new ArrayList<>();
        fields.values().forEach(h -> changes.addAll(h.changes()));
        changes.sort(SnChange.ORDER);
        Map<String, Optional<String>> current = new HashMap<>();
        fields.forEach((field, history) -> current.put(field, history.initial()));
        Optional<Priority> last = initial;
        int i = 0;
        while (i < changes.size()) {
            Instant at = changes.get(i).at();
            SnRecord from = changes.get(i).from();
            while (i < changes.size() && changes.get(i).at().equals(at)) {
                SnChange change = changes.get(i++);
                current.put(change.field(), change.value());
            }
            Optional<Priority> now = priority(current.get("impact"), current.get("urgency"), current.get("priority"));
            if (now.isPresent() && !now.equals(last)) {
                events.add(new PriorityChanged(events.meta(at, from), now.get()));
            }
            last = now.isPresent() ? now : last;
        }
    }

    /** The contract's priority of an impact, urgency and priority, as labels; empty without a priority. */
    private Optional<Priority> priority(Optional<String> impact, Optional<String> urgency, Optional<String> priority) {
        if (priority.isEmpty()) {
            return Optional.empty();
        }
        String label = events.label("priority", priority.get());
        if (impact.isPresent() && urgency.isPresent()) {
            return events.maps().priority(events.label("impact", impact.get()), events.label("urgency", urgency.get()), label);
        }
        return events.maps().priority(label);
    }

    private void assignments(SnFieldHistory groups, SnRecord openedBy) {
        Map<String, String> names = groupNames(groups);
        groups.initial().ifPresent(group -> events.add(Assigned.of(events.meta(opened.orElseThrow(), openedBy),
                names.getOrDefault(group, group))));
        for (SnChange change : groups.changes()) {
            change.value().ifPresent(group -> events.add(Assigned.of(events.meta(change.at(), change.from()),
                    names.getOrDefault(group, group))));
        }
    }

    /**
     * The audit names groups by sys_id; the list export, by name. The group the incident has now is the
     * last one the history names, which gives that one sys_id its name.
     */
    private Map<String, String> groupNames(SnFieldHistory groups) {
        Map<String, String> names = new HashMap<>();
        Optional<String> current = records.current("assignment_group");
        Optional<String> last = groups.changes().isEmpty() ? groups.initial()
                : groups.changes().get(groups.changes().size() - 1).value();
        if (current.isPresent() && last.isPresent() && SYS_ID.matcher(last.get()).matches()
                && !SYS_ID.matcher(current.get()).matches()) {
            names.put(last.get(), current.get());
        }
        return names;
    }
}
