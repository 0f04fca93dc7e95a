package io.witness.core.contract;

/** The vendor's severity of a patch, as patching obligations name it. */
public enum PatchSeverity {
    CRITICAL("critical"),
    HIGH("high"),
    MEDIUM("medium"),
    LOW("low");

    private final String wireName;

    PatchSeverity(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
