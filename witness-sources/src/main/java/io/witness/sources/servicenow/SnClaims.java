package io.witness.sources.servicenow;

import io.witness.core.event.SlaClaimed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ServiceNow's own SLA figures, kept as its claims and never used as truth: the incident's
 * {@code made_sla}, {@code sla_due}, {@code business_duration}, {@code calendar_duration},
 * {@code business_stc} and {@code calendar_stc} (each time a version changes one, dated by that version),
 * and each {@code task_sla}'s stage, breach flag, breach time and elapsed figures (each time a version
 * changes one), named {@code task_sla[<definition>].<field>}.
 */
final class SnClaims {

    private static final List<String> INCIDENT_FIELDS = List.of("made_sla", "sla_due", "business_duration",
            "calendar_duration", "business_stc", "calendar_stc");
    private static final List<String> TASK_SLA_FIELDS = List.of("stage", "has_breached", "planned_end_time",
            "original_breach_time", "percentage", "business_percentage", "time_left", "business_time_left",
            "duration", "business_duration", "pause_duration", "business_pause_duration");

    private final SnEvents events;
    private final SnCaseRecords records;
    private final Optional<Instant> opened;

    SnClaims(SnEvents events, SnCaseRecords records, Optional<Instant> opened) {
        this.events = events;
        this.records = records;
        this.opened = opened;
    }

    void add() {
        Map<String, Optional<String>> last = new LinkedHashMap<>();
        for (SnRecord incident : records.incidents()) {
            Optional<Instant> at = incident.time("sys_updated_on").or(() -> incident.time("closed_at"))
                    .or(() -> incident.time("resolved_at")).or(() -> opened);
            for (String field : INCIDENT_FIELDS) {
                Optional<String> value = incident.get(field);
                if (at.isPresent() && value.isPresent() && !value.equals(last.getOrDefault(field, Optional.empty()))) {
                    events.add(new SlaClaimed(events.meta(at.get(), incident), field, value.get()));
                }
                last.put(field, value);
            }
        }
        Map<String, List<SnRecord>> bySla = new LinkedHashMap<>();
        records.slas().forEach(sla -> bySla.computeIfAbsent(sla.sourceId(), k -> new ArrayList<>()).add(sla));
        Comparator<SnRecord> older = Comparator.comparingLong(SnRecord::modCount)
                .thenComparing(r -> r.time("sys_updated_on").orElse(Instant.MIN)).thenComparingInt(SnRecord::order);
        for (List<SnRecord> versions : bySla.values()) {
            versions.sort(older);
            Map<String, Optional<String>> told = new LinkedHashMap<>();
            for (SnRecord sla : versions) {
                Optional<Instant> at = sla.time("sys_updated_on").or(() -> sla.time("end_time"))
                        .or(() -> sla.time("start_time")).or(() -> opened);
                String name = "task_sla[" + sla.get("sla").orElse("?") + "].";
                for (String field : TASK_SLA_FIELDS) {
                    Optional<String> value = sla.get(field);
                    if (at.isPresent() && value.isPresent() && !value.equals(told.getOrDefault(field, Optional.empty()))) {
                        events.add(new SlaClaimed(events.meta(at.get(), sla), name + field, value.get()));
                    }
                    told.put(field, value);
                }
            }
        }
    }
}
