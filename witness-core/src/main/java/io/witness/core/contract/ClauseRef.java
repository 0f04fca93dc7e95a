package io.witness.core.contract;

import java.util.Objects;

/**
 * A reference to the clause of the contract that sets a term ({@code "4.2"}, {@code "Schedule B §3"}),
 * quoted in every result and report so a reader can check the figure against the text. Immutable.
 *
 * @param text the reference as the contract writes it, not blank
 */
public record ClauseRef(String text) {

    /** @throws IllegalArgumentException if {@code text} is blank */
    public ClauseRef {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("A clause reference must not be blank");
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
