package io.witness.sources.format;

import io.witness.core.finding.EvidenceRef;
import io.witness.ledger.chain.ObservationDraft;
import java.util.Objects;

/**
 * An observation with the reference a finding cites it by: {@code observation:acme#1234} once it is in
 * the ledger, a file's row ({@code file:backups.csv:12}) before. Immutable.
 *
 * @param ref how findings point at it, not null
 * @param draft what was observed, not null
 */
public record LoggedObservation(EvidenceRef ref, ObservationDraft draft) {

    public LoggedObservation {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(draft, "draft");
    }
}
