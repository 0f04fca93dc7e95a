package io.witness.core.contract;

/** Who owns an area of the responsibility matrix. */
public enum Ownership {
    PROVIDER("provider"),
    SHARED("shared"),
    CLIENT("client");

    private final String wireName;

    Ownership(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
