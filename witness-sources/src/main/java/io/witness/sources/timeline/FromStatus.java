package io.witness.sources.timeline;

/**
 * Which lifecycle events a timeline derives from its status classes: a status of class {@code resolved}
 * gives a resolved event, {@code closed} a closed event, and an open class after a resolved, closed or
 * cancelled one a reopened event. A source that records one of them itself (a "resolved at" column, an
 * event row of that type) turns its derivation off, so the event is not given twice. Immutable.
 *
 * @param resolved derive resolved events
 * @param closed derive closed events
 * @param reopened derive reopened events
 */
public record FromStatus(boolean resolved, boolean closed, boolean reopened) {

    /** Derive all three. */
    public static final FromStatus ALL = new FromStatus(true, true, true);
}
