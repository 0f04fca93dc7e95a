package io.witness.core.coverage.backup;

import io.witness.core.finding.EvidenceRef;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of a backup job for one system: when it started and ended, how it ended, and the data sets it
 * captured ({@code image}, {@code sql-full}, {@code sql-log}, {@code files}, {@code mailboxes}). Immutable.
 *
 * @param system the system as the backup tool names it, not blank
 * @param job the job's name, not null, may be empty
 * @param startedAt when it started, not null
 * @param endedAt when it ended, if it did
 * @param result how it ended, not null
 * @param datasets what it captured, not null
 * @param message the tool's message, not null, may be empty
 * @param ref the row it was read from, not null
 */
public record BackupRun(String system, String job, Instant startedAt, Optional<Instant> endedAt, BackupResult result,
        List<String> datasets, String message, EvidenceRef ref) {

    public BackupRun {
        Objects.requireNonNull(system, "system");
        if (system.isBlank()) {
            throw new IllegalArgumentException("A backup run names its system");
        }
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(result, "result");
        datasets = List.copyOf(datasets);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(ref, "ref");
    }

    /** True when it captured {@code dataset} (ignoring case). */
    public boolean captured(String dataset) {
        return datasets.stream().anyMatch(d -> d.equalsIgnoreCase(dataset));
    }
}
