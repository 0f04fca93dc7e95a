package io.witness.sources.format;

import java.util.Objects;

/**
 * A value the contract does not map, and how many times it was seen: a status with no status class, a
 * priority with no place on the contract's scale. Reported, never guessed. Immutable.
 *
 * @param field what kind of value ({@code status}, {@code priority}, {@code impact×urgency})
 * @param value the source's text
 * @param count how many events carried it
 */
public record UnmappedValue(String field, String value, long count) {

    public UnmappedValue {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        if (count < 1) {
            throw new IllegalArgumentException("An unmapped value was seen at least once, got " + count);
        }
    }
}
