package io.witness.sources.jira;

import io.witness.core.contract.SourceKind;
import io.witness.core.event.Assigned;
import io.witness.core.event.CaseId;
import io.witness.core.event.Closed;
import io.witness.core.event.EventMeta;
import io.witness.core.event.Priority;
import io.witness.core.event.PriorityChanged;
import io.witness.core.event.Reopened;
import io.witness.core.event.Resolved;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.StatusClass;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.SourceMaps;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds one issue's events. With a changelog, every status, priority, resolution and group change has
 * its time: a status change's class comes from the contract; a resolution set is {@code resolved}, a
 * resolution cleared {@code reopened}; entering a status of class closed is {@code closed}. Without one,
 * the CSV gives opened (Created), the current status (at Status Category Changed), resolved (Resolved)
 * and, across several exports, each version's changes at its Updated time. docs/importers/jira-sm.md
 * states every rule.
 */
final class JiraTimeline {

    private static final List<String> STATUS = List.of("status");
    private static final List<String> PRIORITY = List.of("priority");
    private static final List<String> RESOLUTION = List.of("resolution");

    private final CaseId caseId;
    private final ImportContext context;
    private final JiraRecords records;
    private final SourceMaps maps;
    private final JiraOptions options;
    private final List<TicketEvent> events = new ArrayList<>();

    private JiraTimeline(CaseId caseId, ImportContext context, JiraRecords records, SourceMaps maps, JiraOptions options) {
        this.caseId = caseId;
        this.context = context;
        this.records = records;
        this.maps = maps;
        this.options = options;
    }

    static CaseEvents of(CaseId caseId, List<ObservationDraft> observations, ImportContext context) {
        JiraRecords records = JiraRecords.of(observations);
        Instant created = created(records).orElse(context.receivedAt());
        SourceMaps maps = SourceMaps.of(context, created.atOffset(ZoneOffset.UTC).toLocalDate(),
                SourceKind.JIRA_SERVICE_MANAGEMENT);
        JiraOptions options = JiraOptions.forNormalising(context);
        JiraTimeline timeline = new JiraTimeline(caseId, context, records, maps, options);
        timeline.build();
        List<TicketEvent> sorted = new ArrayList<>(timeline.events);
        sorted.sort(Comparator.comparing(TicketEvent::at));
        return new CaseEvents(sorted, maps.unmapped());
    }

    private static Optional<Instant> created(JiraRecords records) {
        return records.latest().flatMap(r -> r.time("created"))
                .or(() -> records.changes().stream().map(JiraRecords.Change::at).findFirst());
    }

    EventMeta meta(Instant at, JiraRecords.Told told) {
        return EventMeta.of(caseId, context.side(), at).withSeenAt(told.receivedAt()).withSourceId(told.sourceId());
    }

    void add(TicketEvent event) {
        events.add(event);
    }

    SourceMaps maps() {
        return maps;
    }

    ImportContext context() {
        return context;
    }

    private void build() {
        Optional<Instant> created = created(records);
        Optional<JiraRecords.Told> openedBy = records.rows().stream().findFirst().map(JiraRecords.Row::told)
                .or(() -> records.changes().stream().findFirst().map(JiraRecords.Change::told));
        if (created.isPresent() && openedBy.isPresent()) {
            Optional<String> status = initial(STATUS, "status", !records.changes().isEmpty());
            Optional<Priority> priority = initial(PRIORITY, "priority", true).flatMap(maps::priority);
            events.add(new TicketOpened(meta(created.get(), openedBy.get()), priority, status,
                    status.flatMap(maps::statusClass)));
            new JiraDetails(this, records).add(created.get(), openedBy.get());
            initial(options.groupFields(), "group", true)
                    .ifPresent(group -> events.add(Assigned.of(meta(created.get(), openedBy.get()), group)));
            if (records.changes().isEmpty()) {
                fromRows(priority);
            } else {
                fromChangelog(priority);
            }
            new JiraConversation(this, records).add();
        }
        new JiraClaims(this, records).add();
    }

    /**
     * The value a field had at creation: the first change's old value; without a change of it, the value
     * the first row gives ({@code current}, or only with a changelog that would show a change).
     */
    private Optional<String> initial(List<String> fields, String column, boolean current) {
        List<Map.Entry<JiraRecords.Change, JiraRecords.Item>> items = records.items(fields);
        if (!items.isEmpty()) {
            return items.get(0).getValue().fromText().or(() -> items.get(0).getValue().from());
        }
        return current ? records.rows().stream().findFirst().flatMap(r -> r.get(column)) : Optional.empty();
    }

    private void fromChangelog(Optional<Priority> priority) {
        Optional<Priority> last = priority;
        Optional<StatusClass> lastClass = Optional.empty();
        for (JiraRecords.Change change : records.changes()) {
            boolean resolved = false;
            boolean reopened = false;
            Optional<String> status = Optional.empty();
            for (JiraRecords.Item item : change.items()) {
                Optional<String> to = item.toText().or(item::to);
                if (RESOLUTION.contains(item.field().toLowerCase(Locale.ROOT))) {
                    resolved |= to.isPresent();
                    reopened |= to.isEmpty() && item.fromText().or(item::from).isPresent();
                } else if (STATUS.contains(item.field().toLowerCase(Locale.ROOT))) {
                    status = to;
                } else if (PRIORITY.contains(item.field().toLowerCase(Locale.ROOT)) && to.isPresent()) {
                    Optional<Priority> now = maps.priority(to.get());
                    if (now.isPresent() && !now.equals(last)) {
                        events.add(new PriorityChanged(meta(change.at(), change.told()), now.get()));
                        last = now;
                    }
                } else if (options.groupFields().stream().anyMatch(g -> g.equalsIgnoreCase(item.field())) && to.isPresent()) {
                    events.add(Assigned.of(meta(change.at(), change.told()), to.get()));
                }
            }
            if (reopened) {
                events.add(new Reopened(meta(change.at(), change.told())));
            }
            if (status.isPresent()) {
                Optional<StatusClass> statusClass = maps.statusClass(status.get());
                events.add(new StatusChanged(meta(change.at(), change.told()), status.get(), statusClass));
                if (statusClass.equals(Optional.of(StatusClass.CLOSED)) && !lastClass.equals(statusClass)) {
                    events.add(new Closed(meta(change.at(), change.told())));
                }
                lastClass = statusClass;
            }
            if (resolved) {
                events.add(new Resolved(meta(change.at(), change.told())));
            }
        }
        if (records.items(RESOLUTION).isEmpty()) {
            records.firstTelling("resolved").ifPresent(row -> events.add(new Resolved(meta(row.time("resolved").orElseThrow(),
                    row.told()))));
        }
    }

    /** From the CSV alone: each version's status (at Status Category Changed, else its Updated), priority and group. */
    private void fromRows(Optional<Priority> priority) {
        Optional<String> lastStatus = Optional.empty();
        Optional<Priority> lastPriority = priority;
        Optional<String> lastPriorityText = records.rows().get(0).get("priority");
        Optional<String> lastGroup = records.rows().get(0).get("group");
        for (int i = 0; i < records.rows().size(); i++) {
            JiraRecords.Row row = records.rows().get(i);
            boolean first = i == 0;
            Optional<Instant> statusAt = row.time("statusCategoryChanged").or(() -> first ? Optional.empty() : row.time("updated"));
            Optional<String> status = row.get("status");
            if (status.isPresent() && !status.equals(lastStatus) && statusAt.isPresent()) {
                Optional<StatusClass> statusClass = maps.statusClass(status.get());
                events.add(new StatusChanged(meta(statusAt.get(), row.told()), status.get(), statusClass));
                if (statusClass.equals(Optional.of(StatusClass.CLOSED))) {
                    events.add(new Closed(meta(statusAt.get(), row.told())));
                }
                lastStatus = status;
            }
            Optional<Instant> updated = row.time("updated");
            if (i > 0 && updated.isPresent()) {
                Optional<String> priorityText = row.get("priority");
                if (priorityText.isPresent() && !priorityText.equals(lastPriorityText)) {
                    Optional<Priority> now = maps.priority(priorityText.get());
                    if (now.isPresent() && !now.equals(lastPriority)) {
                        events.add(new PriorityChanged(meta(updated.get(), row.told()), now.get()));
                        lastPriority = now;
                    }
                    lastPriorityText = priorityText;
                }
                Optional<String> group = row.get("group");
                if (group.isPresent() && !group.equals(lastGroup)) {
                    events.add(Assigned.of(meta(updated.get(), row.told()), group.get()));
                }
                lastGroup = group.isPresent() ? group : lastGroup;
            }
        }
        records.firstTelling("resolved").ifPresent(row -> events.add(new Resolved(meta(row.time("resolved").orElseThrow(),
                row.told()))));
    }
}
