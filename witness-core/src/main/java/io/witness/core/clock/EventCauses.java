package io.witness.core.clock;

/**
 * The causes told at the event being replayed, as {@link CauseCodes}: the event by its position in the
 * case's list, so that the clocks it changes write only numbers into their reused runs. Mutable and
 * reused: {@link #moveTo} at each event; one thread only.
 */
final class EventCauses {

    private int position;

    /** The next causes are told of the event at {@code next} in the case's list. */
    void moveTo(int next) {
        position = next;
    }

    /** {@link Cause#of(String, io.witness.core.event.TicketEvent)} for the current event. */
    long of(int verb) {
        return CauseCodes.of(verb, position);
    }

    /** As {@link #of}, followed by the status the event left {@code facts}' side in. */
    long withStatus(int verb, CaseState.SideFacts facts) {
        return CauseCodes.withStatus(verb, position, facts.statusPosition(), facts.statusClassOrNull());
    }
}
