package io.witness.core.contract;

/**
 * The id of a system the provider manages ({@code ehr-db}, {@code file-server}). Immutable.
 *
 * @param value a letter or digit, then letters, digits, '.', '_' or '-'
 */
public record AssetId(String value) {

    /** @throws IllegalArgumentException if {@code value} is not of that form */
    public AssetId {
        Ids.check(value, "asset id");
    }

    @Override
    public String toString() {
        return value;
    }
}
