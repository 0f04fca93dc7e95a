package io.witness.ledger.pack;

import java.util.List;
import java.util.Objects;

/**
 * What checking an evidence pack found.
 *
 * <p>Immutable and thread-safe.
 *
 * @param observations how many observations the pack holds
 * @param description the pack's tenant, subject, checkpoint and key, in words
 * @param problems every problem found, each naming the observation or part; empty when the pack holds
 */
public record PackReport(int observations, String description, List<String> problems) {

    public PackReport {
        Objects.requireNonNull(description, "description");
        problems = List.copyOf(problems);
    }

    /** Whether nothing failed. */
    public boolean isVerified() {
        return problems.isEmpty();
    }

    /** One line: {@code verified N observations of …} or {@code K problems in pack of …}. */
    public String summary() {
        if (isVerified()) {
            return "verified " + observations + (observations == 1 ? " observation" : " observations") + " of " + description;
        }
        return (problems.size() == 1 ? "1 problem" : problems.size() + " problems") + " in pack of " + description;
    }
}
