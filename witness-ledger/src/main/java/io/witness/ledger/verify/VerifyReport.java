package io.witness.ledger.verify;

import java.util.List;
import java.util.Objects;

/**
 * What {@link LedgerVerifier} found: how many observations and checkpoints it checked, and every
 * failure in the order found.
 *
 * <p>Immutable and thread-safe.
 *
 * @param observations rows of observations read
 * @param checkpoints checkpoints read
 * @param failures every failure, empty when all is intact
 */
public record VerifyReport(long observations, long checkpoints, List<Failure> failures) {

    public VerifyReport {
        Objects.requireNonNull(failures, "failures");
        failures = List.copyOf(failures);
    }

    /** Whether nothing failed. */
    public boolean isVerified() {
        return failures.isEmpty();
    }

    /**
     * {@code verified N observations, M checkpoints}, or {@code K failures in N observations, M checkpoints}.
     */
    public String summary() {
        String counted = plural(observations, "observation") + ", " + plural(checkpoints, "checkpoint");
        if (isVerified()) {
            return "verified " + counted;
        }
        return (failures.size() == 1 ? "1 failure" : failures.size() + " failures") + " in " + counted;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** This report followed by {@code other}'s. */
    VerifyReport plus(VerifyReport other) {
        return new VerifyReport(observations + other.observations, checkpoints + other.checkpoints,
                java.util.stream.Stream.concat(failures.stream(), other.failures.stream()).toList());
    }
}
