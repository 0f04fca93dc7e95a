package io.witness.core.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one kind of non-ticket obligation promises, with the parameters of its kind. Immutable. Days are
 * calendar days in the contract's zone.
 */
public sealed interface ObligationTerms {

    /** The kind's name in the contract file. */
    String kind();

    /** The monthly service report, due by day {@code dueDay} of the following month. */
    record MonthlyReport(int dueDay) implements ObligationTerms {
        public MonthlyReport {
            if (dueDay < 1 || dueDay > 28) {
                throw new IllegalArgumentException("A report's due day is 1 to 28 (every month has it), got " + dueDay);
            }
        }

        @Override
        public String kind() {
            return "monthly_report";
        }
    }

    /** A business review meeting (QBR) at a cadence, usually quarterly. */
    record BusinessReview(Cadence cadence) implements ObligationTerms {
        public BusinessReview {
            Objects.requireNonNull(cadence, "cadence");
        }

        @Override
        public String kind() {
            return "qbr";
        }
    }

    /** A test restore of each named system at least every {@code everyDays} days. */
    record RestoreTest(int everyDays, List<AssetId> systems) implements ObligationTerms {
        public RestoreTest {
            positive(everyDays, "A restore test interval");
            systems = nonEmpty(systems, "A restore test");
        }

        @Override
        public String kind() {
            return "restore_test";
        }
    }

    /** Patches of a severity installed within {@code withinDays} days of release; no systems means all managed. */
    record Patching(PatchSeverity severity, int withinDays, List<AssetId> systems) implements ObligationTerms {
        public Patching {
            Objects.requireNonNull(severity, "severity");
            positive(withinDays, "A patch window");
            systems = List.copyOf(systems);
        }

        @Override
        public String kind() {
            return "patching";
        }
    }

    /** The systems backed up, how often, and how long copies are kept. */
    record BackupScope(List<AssetId> systems, Cadence cadence, Optional<Integer> retentionDays) implements ObligationTerms {
        public BackupScope {
            systems = nonEmpty(systems, "A backup scope");
            Objects.requireNonNull(cadence, "cadence");
            Objects.requireNonNull(retentionDays, "retentionDays");
            retentionDays.ifPresent(days -> positive(days, "A retention"));
        }

        @Override
        public String kind() {
            return "backup_scope";
        }
    }

    /** A preventive maintenance task at a cadence, on the named systems (none: in general). */
    record PreventiveMaintenance(String task, Cadence cadence, List<AssetId> systems) implements ObligationTerms {
        public PreventiveMaintenance {
            Objects.requireNonNull(task, "task");
            if (task.isBlank()) {
                throw new IllegalArgumentException("A maintenance obligation names its task");
            }
            Objects.requireNonNull(cadence, "cadence");
            systems = List.copyOf(systems);
        }

        @Override
        public String kind() {
            return "preventive_maintenance";
        }
    }

    /** A review of the client's documentation (network diagrams, runbooks) at a cadence. */
    record DocumentationReview(Cadence cadence) implements ObligationTerms {
        public DocumentationReview {
            Objects.requireNonNull(cadence, "cadence");
        }

        @Override
        public String kind() {
            return "documentation_review";
        }
    }

    /** A review of systems against a security baseline ("CIS Controls v8 IG1") at a cadence. */
    record SecurityBaselineReview(Cadence cadence, String baseline) implements ObligationTerms {
        public SecurityBaselineReview {
            Objects.requireNonNull(cadence, "cadence");
            Objects.requireNonNull(baseline, "baseline");
        }

        @Override
        public String kind() {
            return "security_baseline_review";
        }
    }

    private static void positive(int days, String what) {
        if (days < 1) {
            throw new IllegalArgumentException(what + " is 1 day or more, got " + days);
        }
    }

    private static List<AssetId> nonEmpty(List<AssetId> systems, String what) {
        if (systems.isEmpty()) {
            throw new IllegalArgumentException(what + " names at least one system");
        }
        return List.copyOf(systems);
    }
}
