package io.witness.core.event;

import java.util.Objects;

/**
 * The id of a case: the correlated ticket pair that both sides' events are about.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the id as written in the events, not null, not blank
 */
public record CaseId(String value) {

    /**
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public CaseId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A case id must not be blank, got '" + value + "'");
        }
    }

    /** The id itself, as written in the events. */
    @Override
    public String toString() {
        return value;
    }
}
