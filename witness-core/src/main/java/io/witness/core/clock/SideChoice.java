package io.witness.core.clock;

import io.witness.core.event.Side;

/** Whose records may trigger a condition on the witnessed (merged) timeline. */
public enum SideChoice {
    CLIENT("client"),
    PROVIDER("provider"),
    /** Whichever side records it first. */
    EITHER("either");

    private final String wireName;

    SideChoice(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** True when an event from {@code side} counts. */
    public boolean allows(Side side) {
        return switch (this) {
            case EITHER -> true;
            case CLIENT -> side == Side.CLIENT;
            case PROVIDER -> side == Side.PROVIDER;
        };
    }
}
