package io.witness.core.contract;

/**
 * The id of a system a party keeps its records in ({@code servicenow}, {@code cw-psa}). Immutable.
 *
 * @param value a letter or digit, then letters, digits, '.', '_' or '-'
 */
public record SourceId(String value) {

    /** @throws IllegalArgumentException if {@code value} is not of that form */
    public SourceId {
        Ids.check(value, "source system id");
    }

    @Override
    public String toString() {
        return value;
    }
}
