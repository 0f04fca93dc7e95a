package io.witness.ledger.verify;

import java.util.Objects;

/**
 * One thing wrong with a stored ledger: which row ({@code acme#17}, {@code acme checkpoint 20},
 * {@code acme head}), how it fails, and the detail (usually what was stored and what was computed).
 *
 * <p>Immutable and thread-safe.
 *
 * @param row the row named as reports name it
 * @param kind how it fails
 * @param detail what was found, may be empty
 */
public record Failure(String row, FailureKind kind, String detail) {

    public Failure {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /** {@code row: kind: detail}. */
    @Override
    public String toString() {
        return detail.isEmpty() ? row + ": " + kind.label() : row + ": " + kind.label() + ": " + detail;
    }
}
