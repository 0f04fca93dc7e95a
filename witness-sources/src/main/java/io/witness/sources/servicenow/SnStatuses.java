package io.witness.sources.servicenow;

import io.witness.core.event.Closed;
import io.witness.core.event.Reopened;
import io.witness.core.event.Resolved;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.StatusClass;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The status events of an incident: each change of {@code state} (with {@code hold_reason} while On
 * Hold) becomes a status change whose class the contract gives; entering Resolved is also
 * {@code resolved}, entering Closed {@code closed}, and leaving either for another state
 * {@code reopened}, before the status change.
 *
 * <p>From the audit or metric history every change has its own time. From the incident list alone
 * (its versions), a change is dated by the version's {@code sys_updated_on} (it happened at or before),
 * except that Resolved and Closed take {@code resolved_at} and {@code closed_at}, and the last reopening
 * {@code reopened_time}; earlier resolutions and reopenings of a reopened incident are lost.
 */
final class SnStatuses {

    private static final Set<String> DONE = Set.of(SnChoices.RESOLVED, SnChoices.CLOSED);

    private final SnEvents events;
    private final SnCaseRecords records;

    SnStatuses(SnEvents events, SnCaseRecords records) {
        this.events = events;
        this.records = records;
    }

    /** The status the incident was opened with, if known. */
    Optional<String> initial(SnFieldHistory state, SnFieldHistory hold) {
        if (state.source() == SnFieldHistory.Source.SNAPSHOTS && !events.stateCode(state.initial()).equals(SnChoices.NEW)) {
            return Optional.empty();
        }
        return events.statusText(state.initial(), hold.initial());
    }

    /** Adds the status events after opening. */
    void add(SnFieldHistory state, SnFieldHistory hold) {
        boolean snapshots = state.source() == SnFieldHistory.Source.SNAPSHOTS;
        List<SnChange> changes = new ArrayList<>(state.changes());
        changes.addAll(hold.changes());
        if (snapshots && !records.incidents().isEmpty() && initial(state, hold).isEmpty()) {
            SnRecord first = records.incidents().get(0);
            first.time("sys_updated_on").ifPresent(at -> changes.add(new SnChange("state", at, first.get("state"), first)));
        }
        changes.sort(SnChange.ORDER);
        Optional<String> state0 = snapshots && initial(state, hold).isEmpty() ? Optional.empty() : state.initial();
        Optional<String> hold0 = hold.initial();
        Optional<String> text = events.statusText(state0, hold0);
        String code = events.stateCode(state0);
        int i = 0;
        while (i < changes.size()) {
            Instant at = changes.get(i).at();
            SnRecord from = changes.get(i).from();
            while (i < changes.size() && changes.get(i).at().equals(at)) {
                SnChange change = changes.get(i++);
                if (change.field().equals("hold_reason")) {
                    hold0 = change.value();
                } else {
                    state0 = change.value();
                }
            }
            Optional<String> newText = events.statusText(state0, hold0);
            String newCode = events.stateCode(state0);
            if (newText.isPresent() && !newText.equals(text)) {
                // from versions alone, Resolved and Closed take the list's resolved_at and closed_at instead
                if (!(snapshots && DONE.contains(newCode))) {
                    change(at, from, code, newCode, newText.get());
                }
            }
            text = newText;
            code = newCode;
        }
        if (snapshots) {
            listTimes();
        }
    }

    private void change(Instant at, SnRecord from, String oldCode, String newCode, String text) {
        if (DONE.contains(oldCode) && !DONE.contains(newCode) && !newCode.isEmpty()) {
            events.add(new Reopened(events.meta(at, from)));
        }
        Optional<StatusClass> statusClass = events.maps().statusClass(text);
        events.add(new StatusChanged(events.meta(at, from), text, statusClass));
        if (newCode.equals(SnChoices.RESOLVED) && !oldCode.equals(SnChoices.RESOLVED)) {
            events.add(new Resolved(events.meta(at, from)));
        }
        if (newCode.equals(SnChoices.CLOSED) && !oldCode.equals(SnChoices.CLOSED)) {
            events.add(new Closed(events.meta(at, from)));
        }
    }

    /** Resolved, Closed and the last reopening from the list's own timestamps. */
    private void listTimes() {
        Optional<SnRecord> latest = records.latest();
        if (latest.isEmpty()) {
            return;
        }
        long reopens = latest.get().get("reopen_count").map(Long::parseLong).orElse(0L);
        Optional<SnRecord> reopened = records.firstTelling("reopened_time");
        if (reopened.isPresent() && reopens > 0 && !events.has(Reopened.class)) {
            events.add(new Reopened(events.meta(reopened.get().time("reopened_time").orElseThrow(), reopened.get())));
        }
        records.firstTelling("resolved_at").ifPresent(row -> {
            Instant at = row.time("resolved_at").orElseThrow();
            String text = events.label("state", SnChoices.RESOLVED);
            events.add(new StatusChanged(events.meta(at, row), text, events.maps().statusClass(text)));
            events.add(new Resolved(events.meta(at, row)));
        });
        records.firstTelling("closed_at").ifPresent(row -> {
            Instant at = row.time("closed_at").orElseThrow();
            String text = events.label("state", SnChoices.CLOSED);
            events.add(new StatusChanged(events.meta(at, row), text, events.maps().statusClass(text)));
            events.add(new Closed(events.meta(at, row)));
        });
    }
}
