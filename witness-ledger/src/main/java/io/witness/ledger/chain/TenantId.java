package io.witness.ledger.chain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of a tenant: one client with its providers, whose evidence forms one log. Lower-case letters,
 * digits, {@code .}, {@code _} and {@code -}, starting with a letter or digit, at most 64 characters, so
 * that it can be written in file names and commands as it is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the id, not null
 */
public record TenantId(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /**
     * @throws IllegalArgumentException if {@code value} is not of that form
     */
    public TenantId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("A tenant id is 1 to 64 of a-z, 0-9, '.', '_', '-' starting with a letter or digit, got '"
                    + value + "'");
        }
    }

    /** The tenant with this id. */
    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
