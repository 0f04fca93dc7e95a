package io.witness.core.clock;

/** What a running clock does when the case's priority changes. */
public enum PriorityChangePolicy {
    /** The target and calendar of the priority the clock started with stay. */
    KEEP("keep"),
    /** The clock is measured from its start as if the case had always had the new priority. */
    RETARGET("retarget"),
    /** The running clock is cancelled and a new one starts at the change with the new priority. */
    RESTART("restart");

    private final String wireName;

    PriorityChangePolicy(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
