package io.witness.core.finding;

/** How much a finding matters, highest first. */
public enum Severity {
    CRITICAL("critical"),
    HIGH("high"),
    MEDIUM("medium"),
    LOW("low"),
    /** Worth knowing; no gap in itself. */
    INFO("info");

    private final String wireName;

    Severity(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
