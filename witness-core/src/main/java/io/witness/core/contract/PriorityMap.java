package io.witness.core.contract;

import io.witness.core.event.Priority;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one ticket system's priorities translate to the contract's scale: by the value of one field (its
 * priority, or its severity), or by ServiceNow's impact × urgency matrix. Immutable.
 */
public sealed interface PriorityMap {

    /** The field of the source that holds the value mapped. */
    enum Field {
        PRIORITY("priority"),
        SEVERITY("severity");

        private final String wireName;

        Field(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    /**
     * Each value of one field ("Priority 1 - Emergency Response") to a priority of the contract.
     *
     * @param field the source's field, not null
     * @param values value to priority, in the order written
     */
    record ByValue(Field field, Map<String, Priority> values) implements PriorityMap {
        public ByValue {
            Objects.requireNonNull(field, "field");
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** The priority of a value: exact, then ignoring case. */
        public Optional<Priority> priorityOf(String value) {
            Priority exact = values.get(value);
            if (exact != null) {
                return Optional.of(exact);
            }
            return values.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(value)).map(Map.Entry::getValue)
                    .findFirst();
        }
    }

    /**
     * Impact, then urgency, to a priority of the contract.
     *
     * @param matrix impact value to (urgency value to priority), in the order written
     */
    record ByImpactUrgency(Map<String, Map<String, Priority>> matrix) implements PriorityMap {
        public ByImpactUrgency {
            Map<String, Map<String, Priority>> copy = new LinkedHashMap<>();
            matrix.forEach((impact, row) -> copy.put(impact, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(row))));
            matrix = java.util.Collections.unmodifiableMap(copy);
        }

        public Optional<Priority> priorityOf(String impact, String urgency) {
            return Optional.ofNullable(matrix.getOrDefault(impact, Map.of()).get(urgency));
        }
    }
}
