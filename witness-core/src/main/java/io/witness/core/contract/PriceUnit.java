package io.witness.core.contract;

/** What a price is per. */
public enum PriceUnit {
    USER("user"),
    DEVICE("device"),
    SERVER("server"),
    SITE("site"),
    /** A flat monthly amount. */
    MONTH("month"),
    HOUR("hour"),
    /** A one-off amount per occurrence (a project, a visit). */
    EACH("each");

    private final String wireName;

    PriceUnit(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
