package io.witness.core.event;

import java.util.Objects;

/**
 * A priority on the contract's scale, by its code ({@code "P1"}, {@code "Critical"}); the contract gives
 * each code its targets.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the code as the contract names it, not null, not blank
 */
public record Priority(String code) {

    /**
     * @throws IllegalArgumentException if {@code code} is blank
     */
    public Priority {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("A priority code must not be blank, got '" + code + "'");
        }
    }

    /** The code itself. */
    @Override
    public String toString() {
        return code;
    }
}
