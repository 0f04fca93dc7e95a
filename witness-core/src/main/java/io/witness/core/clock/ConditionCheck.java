package io.witness.core.clock;

import io.witness.core.event.CommentAdded;
import io.witness.core.event.EventType;
import io.witness.core.event.TicketEvent;

/**
 * {@link Condition#holds} for the replay, with the event's type already read ({@link Timeline}), so that
 * an event condition does not ask the event for it once per clock. The same answers as
 * {@code condition.holds(event, facts)}.
 */
final class ConditionCheck {

    private ConditionCheck() {
    }

    /**
     * @param type {@code event.type()}
     */
    static boolean holds(Condition condition, TicketEvent event, EventType type, CaseFacts facts) {
        if (condition instanceof Condition.OnEvent on) {
            return on.types().contains(type) && (on.author().isEmpty()
                    || type == EventType.COMMENT && ((CommentAdded) event).author() == on.author().get());
        }
        if (condition instanceof Condition.AnyOf any) {
            for (Condition part : any.parts()) {
                if (holds(part, event, type, facts)) {
                    return true;
                }
            }
            return false;
        }
        if (condition instanceof Condition.AllOf all) {
            for (Condition part : all.parts()) {
                if (!holds(part, event, type, facts)) {
                    return false;
                }
            }
            return true;
        }
        return condition.holds(event, facts);
    }
}
