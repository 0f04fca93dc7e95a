package io.witness.core.contract;

/**
 * The id of a party to the contract (the client or a provider), as the contract names it
 * ({@code acme-dental}, {@code northwind}). Immutable.
 *
 * @param value a letter or digit, then letters, digits, '.', '_' or '-'
 */
public record PartyId(String value) {

    /** @throws IllegalArgumentException if {@code value} is not of that form */
    public PartyId {
        Ids.check(value, "party id");
    }

    @Override
    public String toString() {
        return value;
    }
}
