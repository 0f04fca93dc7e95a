package io.witness.core.clock;

/** What a stopped clock does when the case is reopened. */
public enum ReopenPolicy {
    /** Nothing: the verdict stands (a response clock). */
    IGNORE("ignore"),
    /** The same clock resumes at the reopening; the time it was resolved does not count. */
    CONTINUE("continue"),
    /** A new clock (a new cycle) starts at the reopening. */
    NEW_CLOCK("new_clock");

    private final String wireName;

    ReopenPolicy(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
