package io.witness.core.clock;

import io.witness.core.event.EventType;
import java.util.EnumSet;
import java.util.Set;

/**
 * The event types an open clock can skip once it has settled: a type that no event condition of its
 * cancel, stop, reset, pause or resume names, and that changes no state a condition reads. Conditions
 * have no negation, so with the case's state unchanged such an event can only make each of them hold
 * less than the event before did. A clock has settled when the event before was judged on every
 * condition (its side allowed to stop and reset) and changed nothing, and a paused clock would stay
 * paused ({@code resume} given, or a pause by state alone): then the skipped event would change nothing
 * either. Immutable.
 */
final class EventsNoClockReads {

    /** The types that change a side's status or priority in {@link CaseState#apply}. */
    private static final Set<EventType> CHANGING_STATE = EnumSet.of(EventType.OPENED, EventType.STATUS,
            EventType.PRIORITY, EventType.RESOLVED, EventType.CLOSED, EventType.REOPENED);

    private final long mask;

    private EventsNoClockReads(long mask) {
        this.mask = mask;
    }

    /** No type: every event is replayed through every clock. */
    static EventsNoClockReads none() {
        return new EventsNoClockReads(0);
    }

    /** The types an open, settled clock of {@code definition} may skip; none for a retroactive clock. */
    static EventsNoClockReads of(ClockDefinition definition) {
        if (definition.retroactive()) {
            return none();
        }
        Set<EventType> read = EnumSet.copyOf(CHANGING_STATE);
        named(definition.cancel(), read);
        named(definition.stop(), read);
        named(definition.reset(), read);
        named(definition.pause(), read);
        definition.resume().ifPresent(resume -> named(resume, read));
        long mask = 0;
        for (EventType type : EventType.values()) {
            if (!read.contains(type)) {
                mask |= 1L << type.ordinal();
            }
        }
        return new EventsNoClockReads(mask);
    }

    /** The types a settled open clock may skip, as bits: {@code 1L << type.ordinal()} each. */
    long mask() {
        return mask;
    }

    private static void named(Condition condition, Set<EventType> into) {
        if (condition instanceof Condition.OnEvent on) {
            into.addAll(on.types());
        } else if (condition instanceof Condition.AnyOf any) {
            any.parts().forEach(part -> named(part, into));
        } else if (condition instanceof Condition.AllOf all) {
            all.parts().forEach(part -> named(part, into));
        }
    }
}
