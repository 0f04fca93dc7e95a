package io.witness.core.coverage.backup;

import io.witness.core.coverage.audit.AuditContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The backup runs and restore tests of each system, under the inventory's names, in time order, up to the
 * audit date (evidence dated on or after it is left out). Immutable once built; thread-safe.
 */
public final class BackupHistory {

    private final AuditContext context;
    private final Map<String, List<BackupRun>> runs = new HashMap<>();
    private final Map<String, List<RestoreTest>> restores = new HashMap<>();
    private final Optional<LocalDate> firstRunDate;

    private BackupHistory(AuditContext context, List<BackupRun> allRuns, List<RestoreTest> allRestores) {
        this.context = context;
        Instant end = context.atInstant();
        LocalDate first = null;
        for (BackupRun run : allRuns) {
            // The evidence begins with its first run even when that is after the audit date: an audit of a
            // month before the backup exports begin has nothing to judge, not a month without backups.
            LocalDate date = context.dateOf(run.startedAt());
            first = first == null || date.isBefore(first) ? date : first;
            if (run.startedAt().isBefore(end)) {
                runs.computeIfAbsent(context.inventory().resolve(run.system()), k -> new ArrayList<>()).add(run);
            }
        }
        for (RestoreTest test : allRestores) {
            if (test.testedAt().isBefore(end)) {
                restores.computeIfAbsent(context.inventory().resolve(test.system()), k -> new ArrayList<>()).add(test);
            }
        }
        runs.values().forEach(list -> list.sort(Comparator.comparing(BackupRun::startedAt)));
        restores.values().forEach(list -> list.sort(Comparator.comparing(RestoreTest::testedAt)));
        this.firstRunDate = Optional.ofNullable(first);
    }

    /** The history of these runs and tests as the audit of {@code context} sees them. */
    public static BackupHistory of(AuditContext context, List<BackupRun> runs, List<RestoreTest> restores) {
        return new BackupHistory(context, runs, restores);
    }

    /** The runs of a system (inventory name), oldest first. */
    public List<BackupRun> runsOf(String system) {
        return runs.getOrDefault(system, List.of());
    }

    /** The restore tests of a system (inventory name), oldest first. */
    public List<RestoreTest> restoresOf(String system) {
        return restores.getOrDefault(system, List.of());
    }

    /** The day of the earliest backup run of any system: where the backup evidence starts. */
    public Optional<LocalDate> firstRunDate() {
        return firstRunDate;
    }

    /** The latest run of the system that made a copy. */
    public Optional<BackupRun> lastCopy(String system) {
        List<BackupRun> list = runsOf(system);
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).result().madeACopy()) {
                return Optional.of(list.get(i));
            }
        }
        return Optional.empty();
    }

    /** The latest successful restore test of the system. */
    public Optional<RestoreTest> lastSuccessfulRestore(String system) {
        List<RestoreTest> list = restoresOf(system);
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).result() == RestoreResult.SUCCESS) {
                return Optional.of(list.get(i));
            }
        }
        return Optional.empty();
    }

    /** The latest restore test of the system, whatever its result. */
    public Optional<RestoreTest> lastRestore(String system) {
        List<RestoreTest> list = restoresOf(system);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    /** The date of an instant in the contract's zone. */
    LocalDate dateOf(Instant instant) {
        return context.dateOf(instant);
    }
}
