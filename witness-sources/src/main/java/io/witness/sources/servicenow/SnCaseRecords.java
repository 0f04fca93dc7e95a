package io.witness.sources.servicenow;

import io.witness.ledger.chain.ObservationDraft;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A case's ServiceNow records by table (of a version told more than once, the last telling), each in time
 * order: the incident's versions (by update count,
 * else update time, else log order), audit and journal entries (by time, then checkpoint, then log
 * id and version, so that any log order gives the same), metric instances and task SLAs (in log order).
 *
 * @param incidents the incident's versions, oldest first
 * @param audits the audit entries of the incident
 * @param journals its comments and work notes
 * @param metrics its metric instances
 * @param slas its task SLA rows
 */
record SnCaseRecords(List<SnRecord> incidents, List<SnRecord> audits, List<SnRecord> journals, List<SnRecord> metrics,
        List<SnRecord> slas) {

    SnCaseRecords {
        incidents = List.copyOf(incidents);
        audits = List.copyOf(audits);
        journals = List.copyOf(journals);
        metrics = List.copyOf(metrics);
        slas = List.copyOf(slas);
    }

    static SnCaseRecords of(List<ObservationDraft> observations) {
        List<SnRecord> incidents = new ArrayList<>();
        List<SnRecord> audits = new ArrayList<>();
        List<SnRecord> journals = new ArrayList<>();
        List<SnRecord> metrics = new ArrayList<>();
        List<SnRecord> slas = new ArrayList<>();
        // a version told twice with other content (history rewritten): the later telling is what the source says now
        Map<String, Integer> lastTelling = new HashMap<>();
        for (int i = 0; i < observations.size(); i++) {
            ObservationDraft draft = observations.get(i);
            lastTelling.put(draft.kind() + '\n' + draft.sourceId() + '\n' + draft.sourceVersion(), i);
        }
        for (int i = 0; i < observations.size(); i++) {
            ObservationDraft draft = observations.get(i);
            if (lastTelling.get(draft.kind() + '\n' + draft.sourceId() + '\n' + draft.sourceVersion()) != i) {
                continue;
            }
            Optional<SnRecord> record = SnRecord.of(draft, i);
            if (record.isEmpty()) {
                continue;
            }
            switch (record.get().table()) {
                case INCIDENT -> incidents.add(record.get());
                case AUDIT -> audits.add(record.get());
                case JOURNAL -> journals.add(record.get());
                case METRIC -> metrics.add(record.get());
                case TASK_SLA -> slas.add(record.get());
            }
        }
        incidents.sort(Comparator.comparingLong(SnRecord::modCount)
                .thenComparing(r -> r.time("sys_updated_on").orElse(Instant.MIN))
                .thenComparingInt(SnRecord::order));
        Comparator<SnRecord> byCreation = Comparator.comparing((SnRecord r) -> r.time("sys_created_on").orElseThrow())
                .thenComparingLong(r -> r.get("record_checkpoint").map(Long::parseLong).orElse(0L))
                .thenComparing(SnRecord::sourceId).thenComparing(SnRecord::version);
        audits.sort(byCreation);
        journals.sort(byCreation);
        return new SnCaseRecords(incidents, audits, journals, metrics, slas);
    }

    /** The latest version of the incident, if the case has one. */
    Optional<SnRecord> latest() {
        return incidents.isEmpty() ? Optional.empty() : Optional.of(incidents.get(incidents.size() - 1));
    }

    /** The first version of the incident, if the case has one. */
    Optional<SnRecord> first() {
        return incidents.isEmpty() ? Optional.empty() : Optional.of(incidents.get(0));
    }

    /** The value of a field in the latest version that has it. */
    Optional<String> current(String element) {
        for (int i = incidents.size() - 1; i >= 0; i--) {
            Optional<String> value = incidents.get(i).get(element);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /**
     * The earliest version whose {@code element} has the value the latest version gives it: the record that
     * first told it, so that a later export telling the same thing changes no event.
     */
    Optional<SnRecord> firstTelling(String element) {
        Optional<String> value = latest().flatMap(r -> r.get(element));
        if (value.isEmpty()) {
            return Optional.empty();
        }
        int first = incidents.size() - 1;
        while (first > 0 && incidents.get(first - 1).get(element).equals(value)) {
            first--;
        }
        return Optional.of(incidents.get(first));
    }

    /** The earliest time any history record gives, for a case without an incident row. */
    Optional<Instant> earliestHistory() {
        List<Instant> times = new ArrayList<>();
        audits.forEach(a -> a.time("sys_created_on").ifPresent(times::add));
        journals.forEach(j -> j.time("sys_created_on").ifPresent(times::add));
        metrics.forEach(m -> m.time("start").ifPresent(times::add));
        return times.stream().min(Comparator.naturalOrder());
    }
}
