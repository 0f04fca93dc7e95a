package io.witness.core.coverage.backup;

import io.witness.core.finding.EvidenceRef;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One test restore of a system's backup: when, how it ended, what was restored, and a note (who checked
 * it, what was opened). Immutable.
 *
 * @param system the system as the log names it, not blank
 * @param testedAt when the restore was done, not null
 * @param result how it ended, not null
 * @param datasets what was restored, not null
 * @param note who checked it and how, not null, may be empty
 * @param ref the row it was read from, not null
 */
public record RestoreTest(String system, Instant testedAt, RestoreResult result, List<String> datasets, String note, EvidenceRef ref) {

    public RestoreTest {
        Objects.requireNonNull(system, "system");
        if (system.isBlank()) {
            throw new IllegalArgumentException("A restore test names its system");
        }
        Objects.requireNonNull(testedAt, "testedAt");
        Objects.requireNonNull(result, "result");
        datasets = List.copyOf(datasets);
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(ref, "ref");
    }
}
