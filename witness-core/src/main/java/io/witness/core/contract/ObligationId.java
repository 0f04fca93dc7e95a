package io.witness.core.contract;

/**
 * The id of a non-ticket obligation ({@code monthly-report}, {@code restore-test-ehr}). Immutable.
 *
 * @param value a letter or digit, then letters, digits, '.', '_' or '-'
 */
public record ObligationId(String value) {

    /** @throws IllegalArgumentException if {@code value} is not of that form */
    public ObligationId {
        Ids.check(value, "obligation id");
    }

    @Override
    public String toString() {
        return value;
    }
}
