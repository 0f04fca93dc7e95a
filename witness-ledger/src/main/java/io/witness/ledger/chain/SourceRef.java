package io.witness.ledger.chain;

import java.util.Objects;

/**
 * Where an observation came from: the kind of system ({@code servicenow}, {@code connectwise},
 * {@code csv}…) and which instance of it ({@code acme.service-now.com}, a file's name…).
 *
 * <p>Immutable and thread-safe.
 *
 * @param system the kind of system, not blank
 * @param instance which one, not blank
 */
public record SourceRef(String system, String instance) {

    /**
     * @throws IllegalArgumentException if either part is blank
     */
    public SourceRef {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(instance, "instance");
        if (system.isBlank() || instance.isBlank()) {
            throw new IllegalArgumentException("A source has a system and an instance, got '" + system + "' and '" + instance + "'");
        }
    }

    /**
     * Reads {@code system/instance}.
     *
     * @throws IllegalArgumentException if there is no {@code /} with text on both sides
     */
    public static SourceRef parse(String text) {
        Objects.requireNonNull(text, "text");
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            throw new IllegalArgumentException("A source is written system/instance, got '" + text + "'");
        }
        return new SourceRef(text.substring(0, slash), text.substring(slash + 1));
    }

    /** {@code system/instance}. */
    @Override
    public String toString() {
        return system + "/" + instance;
    }
}
