package io.witness.sources.timeline;

import io.witness.core.event.Priority;
import io.witness.sources.format.SourceMaps;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticket's priority as the source wrote it: its priority (or severity, or impact alone) and, where the
 * source has them, its impact and urgency. The contract's map for the source turns it into a priority on
 * the contract's scale. Immutable and thread-safe.
 *
 * @param priority the priority text, may be empty
 * @param impact the impact text, may be empty
 * @param urgency the urgency text, may be empty
 */
public record PriorityValue(Optional<String> priority, Optional<String> impact, Optional<String> urgency) {

    public PriorityValue {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(urgency, "urgency");
    }

    /** No priority at all. */
    public static PriorityValue none() {
        return new PriorityValue(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A priority given by one value (a priority, a severity, an impact). */
    public static PriorityValue of(String priority) {
        return new PriorityValue(Optional.of(priority), Optional.empty(), Optional.empty());
    }

    public boolean isEmpty() {
        return priority.isEmpty() && impact.isEmpty() && urgency.isEmpty();
    }

    /**
     * The contract priority by {@code maps}, counting it there when unmapped: by impact × urgency when both
     * are given (the priority text, if any, for a source whose map is by value), else by the one value.
     */
    Optional<Priority> mapped(SourceMaps maps) {
        if (impact.isPresent() && urgency.isPresent()) {
            return maps.priority(impact.get(), urgency.get(), priority.orElse(impact.get() + " × " + urgency.get()));
        }
        Optional<String> value = priority.or(() -> impact).or(() -> urgency);
        return value.isPresent() ? maps.priority(value.get()) : Optional.empty();
    }
}
