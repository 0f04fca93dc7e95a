package io.witness.core.coverage.backup;

import java.util.Arrays;
import java.util.Optional;

/** How a backup run ended. A run with warnings still made a copy; a run still going, or of unknown outcome, made none yet. */
public enum BackupResult {
    SUCCESS("success"),
    WARNING("warning"),
    FAILED("failed"),
    /** Running, stopped or of no known outcome. */
    UNKNOWN("unknown");

    private final String wireName;

    BackupResult(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** True for a run that made a copy: success or warning. */
    public boolean madeACopy() {
        return this == SUCCESS || this == WARNING;
    }

    public static Optional<BackupResult> fromWire(String name) {
        return Arrays.stream(values()).filter(r -> r.wireName.equals(name)).findFirst();
    }
}
