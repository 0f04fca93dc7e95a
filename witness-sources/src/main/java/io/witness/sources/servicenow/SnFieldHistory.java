package io.witness.sources.servicenow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The values one field of an incident took over time, from the best record the case has for it: the
 * audit history ({@code sys_audit}: old and new value at each change), else {@code metric_instance}
 * (each value from its start), else the incident list's versions (each value as of the version's
 * {@code sys_updated_on}: the change happened at or before it).
 *
 * <p>A first audit entry with an empty old value, or a first metric instance, within a minute of opening is
 * the value the incident was opened with, not a change.
 *
 * @param initial the value at opening, if known
 * @param changes the later changes in time order
 * @param source where the history came from
 */
record SnFieldHistory(Optional<String> initial, List<SnChange> changes, Source source) {

    /** Where a field's history came from. */
    enum Source { AUDIT, METRIC, SNAPSHOTS }

    private static final Duration AT_OPENING = Duration.ofMinutes(1);

    SnFieldHistory {
        changes = List.copyOf(changes);
    }

    static SnFieldHistory of(String field, SnCaseRecords records, Optional<Instant> opened) {
        List<SnRecord> audits = records.audits().stream().filter(a -> a.get("fieldname").orElse("").equals(field)).toList();
        if (audits.isEmpty() && field.equals("state")) {
            audits = records.audits().stream().filter(a -> a.get("fieldname").orElse("").equals("incident_state")).toList();
        }
        if (!audits.isEmpty()) {
            return fromAudit(field, audits, opened);
        }
        List<SnRecord> metrics = records.metrics().stream().filter(m -> m.get("field").orElse("").equals(field))
                .sorted(Comparator.comparing((SnRecord m) -> m.time("start").orElseThrow()).thenComparing(SnRecord::sourceId))
                .toList();
        if (!metrics.isEmpty()) {
            return fromMetrics(field, metrics, opened);
        }
        return fromSnapshots(field, records.incidents());
    }

    private static SnFieldHistory fromAudit(String field, List<SnRecord> audits, Optional<Instant> opened) {
        List<SnChange> changes = new ArrayList<>();
        Optional<String> initial = Optional.empty();
        for (int i = 0; i < audits.size(); i++) {
            SnRecord audit = audits.get(i);
            Instant at = audit.time("sys_created_on").orElseThrow();
            Optional<String> value = audit.get("newvalue");
            if (i == 0) {
                Optional<String> old = audit.get("oldvalue");
                if (old.isPresent()) {
                    initial = old;
                } else if (atOpening(at, opened)) {
                    initial = value;
                    continue;
                }
            }
            changes.add(new SnChange(field, at, value, audit));
        }
        return new SnFieldHistory(initial, changes, Source.AUDIT);
    }

    private static SnFieldHistory fromMetrics(String field, List<SnRecord> metrics, Optional<Instant> opened) {
        List<SnChange> changes = new ArrayList<>();
        Optional<String> initial = Optional.empty();
        for (int i = 0; i < metrics.size(); i++) {
            SnRecord metric = metrics.get(i);
            Instant at = metric.time("start").orElseThrow();
            if (i == 0 && atOpening(at, opened)) {
                initial = metric.get("value");
                continue;
            }
            changes.add(new SnChange(field, at, metric.get("value"), metric));
        }
        return new SnFieldHistory(initial, changes, Source.METRIC);
    }

    private static SnFieldHistory fromSnapshots(String field, List<SnRecord> incidents) {
        List<SnChange> changes = new ArrayList<>();
        Optional<String> initial = incidents.isEmpty() ? Optional.empty() : incidents.get(0).get(field);
        Optional<String> last = initial;
        for (SnRecord incident : incidents.subList(Math.min(1, incidents.size()), incidents.size())) {
            Optional<String> value = incident.get(field);
            Optional<Instant> at = incident.time("sys_updated_on");
            if (!value.equals(last) && at.isPresent()) {
                changes.add(new SnChange(field, at.get(), value, incident));
            }
            last = value;
        }
        return new SnFieldHistory(initial, changes, Source.SNAPSHOTS);
    }

    private static boolean atOpening(Instant at, Optional<Instant> opened) {
        return opened.isEmpty() || !at.isAfter(opened.get().plus(AT_OPENING));
    }
}
