package io.witness.core.contract;

/**
 * The id of the contract ({@code acme-northwind-msa}). Immutable.
 *
 * @param value a letter or digit, then letters, digits, '.', '_' or '-'
 */
public record ContractId(String value) {

    /** @throws IllegalArgumentException if {@code value} is not of that form */
    public ContractId {
        Ids.check(value, "contract id");
    }

    @Override
    public String toString() {
        return value;
    }
}
