package io.witness.core.clock;

/** Where a clock stands at the instant it was computed for. */
public enum ClockState {
    /** The start condition never held. */
    NOT_STARTED("not_started"),
    /** Counting, within target so far. */
    RUNNING("running"),
    /** Not counting (waiting on the customer, say), within target so far. */
    PAUSED("paused"),
    /** Stopped within its target (or stopped with no target to miss). */
    MET("met"),
    /** The target was exceeded, whether the clock has stopped since or not. */
    BREACHED("breached"),
    /** Ended without a verdict (the case was cancelled, reset or re-prioritised under a restart policy). */
    CANCELLED("cancelled");

    private final String wireName;

    ClockState(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
