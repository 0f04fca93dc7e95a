package io.witness.sources.servicenow;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A field of an incident took a value at a time, as one of its history's records says.
 *
 * @param field the element name ({@code state}, {@code hold_reason}, {@code priority}…)
 * @param at when
 * @param value the new value as written (a code or a label), empty when the field was cleared
 * @param from the record that says so
 */
record SnChange(String field, Instant at, Optional<String> value, SnRecord from) {

    private static final List<String> FIELDS = List.of("state", "incident_state", "hold_reason", "priority", "impact",
            "urgency", "assignment_group");

    /**
     * Time order; changes at the same time by field (state first, so that an update's events name its
     * state change), then by the record's id and version: the same evidence in any log order gives the
     * same timeline.
     */
    static final Comparator<SnChange> ORDER = Comparator.comparing(SnChange::at)
            .thenComparingInt(c -> FIELDS.indexOf(c.field()) < 0 ? FIELDS.size() : FIELDS.indexOf(c.field()))
            .thenComparing(c -> c.from().sourceId()).thenComparing(c -> c.from().version());
}
