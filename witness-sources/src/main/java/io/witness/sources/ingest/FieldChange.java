package io.witness.sources.ingest;

import java.util.Objects;

/**
 * One field of a source record whose value differs between two tellings of the same version.
 * Immutable.
 *
 * @param field the field's name in the parsed form, {@code ""} for the whole record
 * @param before the value held before, as JSON text ({@code null} when absent)
 * @param after the value now, as JSON text ({@code null} when absent)
 */
public record FieldChange(String field, String before, String after) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.equals(after)) {
            throw new IllegalArgumentException("A change needs two different values, got " + before + " twice for '" + field + "'");
        }
    }

    @Override
    public String toString() {
        return (field.isEmpty() ? "" : field + ": ") + before + " -> " + after;
    }
}
