package io.witness.core.coverage.backup;

import java.util.Arrays;
import java.util.Optional;

/** How a restore test ended; only a successful one shows the backup can be restored. */
public enum RestoreResult {
    SUCCESS("success"),
    /** Some of what was restored worked. */
    PARTIAL("partial"),
    FAILED("failed");

    private final String wireName;

    RestoreResult(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<RestoreResult> fromWire(String name) {
        return Arrays.stream(values()).filter(r -> r.wireName.equals(name)).findFirst();
    }
}
