package io.witness.core.clock;

/** How many clocks of one definition a case may have. */
public enum Recurrence {
    /** One at a time; another only through reset, reopen or a priority restart. */
    ONCE("once"),
    /** A new clock each time the start condition holds while none is open (next reply). */
    EVERY_START("every_start"),
    /** When a clock stops, the next starts at once while the case is open (periodic update). */
    CHAINED("chained");

    private final String wireName;

    Recurrence(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
