package io.witness.core.clock;

import java.util.Arrays;
import java.util.Optional;

/** What a clock measures. */
public enum Metric {
    /** Opened until the first response. */
    RESPONSE("response"),
    /** Opened until a resolution plan is given. */
    PLAN("plan"),
    /** Opened until resolved. */
    RESOLUTION("resolution"),
    /** Each customer message until the next agent reply; one clock per unanswered message. */
    NEXT_REPLY("next_reply"),
    /** The interval between two updates to the customer while the case is open. */
    PERIODIC_UPDATE("update");

    private final String wireName;

    Metric(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Metric> fromWire(String name) {
        return Arrays.stream(values()).filter(m -> m.wireName.equals(name)).findFirst();
    }
}
