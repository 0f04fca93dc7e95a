package io.witness.core.clock;

import io.witness.core.event.Side;
import java.util.Objects;

/**
 * Whose records count on the witnessed timeline, where both sides' events are merged: which side's
 * events may start the clock, which may stop it, and whose record decides pauses and cancellation. On
 * one side's own timeline only that side's events exist and this does not apply.
 *
 * @param start the sides whose events may start (and reset) the clock
 * @param stop the sides whose events may stop the clock
 * @param status the side whose record decides pauses and cancellation (its status classes, whichever
 *     side's event comes), CLIENT or PROVIDER
 */
public record Timestamps(SideChoice start, SideChoice stop, Side status) {

    public Timestamps {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(stop, "stop");
        Objects.requireNonNull(status, "status");
        if (status == Side.WITNESS) {
            throw new IllegalArgumentException("Pauses follow the client's or the provider's status, not witness");
        }
    }

    /**
     * The default: whichever side records the start first starts the clock, only the provider's records
     * stop it (it is the provider's work being measured), and a pause or a cancellation counts only when
     * the client's own record shows the case waiting or cancelled.
     */
    public static Timestamps defaults() {
        return new Timestamps(SideChoice.EITHER, SideChoice.PROVIDER, Side.CLIENT);
    }
}
