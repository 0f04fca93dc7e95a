package io.witness.core.coverage.patch;

import java.util.Arrays;
import java.util.Optional;

/** The state of one patch on one device in one report. */
public enum PatchStatus {
    INSTALLED("installed"),
    /** Applicable and not installed. */
    MISSING("missing"),
    /** An install was attempted and failed: still missing. */
    FAILED("failed"),
    /** Left out on purpose (rejected, deferred, a known exception). */
    EXCEPTION("exception");

    private final String wireName;

    PatchStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** True when the patch is not on the device and no exception excuses it: missing or failed. */
    public boolean isMissing() {
        return this == MISSING || this == FAILED;
    }

    public static Optional<PatchStatus> fromWire(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }
}
