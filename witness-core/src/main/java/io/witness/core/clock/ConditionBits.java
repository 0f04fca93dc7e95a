package io.witness.core.clock;

import io.witness.core.event.EventType;
import io.witness.core.event.StatusClass;
import io.witness.core.event.TicketEvent;
import org.jspecify.annotations.Nullable;

/**
 * A condition as the replay checks it at every event: when it is made only of event types (without an
 * author) and status classes, joined by "any of", as two bit tests, the event's type against one mask
 * and the side's status class against another; any other condition through {@link ConditionCheck}.
 * The same answers as {@code ConditionCheck.holds(condition, event, type, facts)}. Immutable.
 */
final class ConditionBits {

    private final Condition condition;
    private final boolean asBits;
    /** The event types that make it hold, as bits of their ordinals. */
    private final long types;
    /** The status classes in which it holds, as bits of their ordinals. */
    private final long classes;

    private ConditionBits(Condition condition, boolean asBits, long types, long classes) {
        this.condition = condition;
        this.asBits = asBits;
        this.types = types;
        this.classes = classes;
    }

    static ConditionBits of(Condition condition) {
        long[] masks = new long[2];
        return new ConditionBits(condition, collect(condition, masks), masks[0], masks[1]);
    }

    /** Adds the condition's types and classes to {@code masks}; false when it is not bits alone. */
    private static boolean collect(Condition condition, long[] masks) {
        if (condition instanceof Condition.Never) {
            return true;
        }
        if (condition instanceof Condition.OnEvent on) {
            for (EventType type : on.types()) {
                masks[0] |= 1L << type.ordinal();
            }
            return on.author().isEmpty();
        }
        if (condition instanceof Condition.InStatus in) {
            for (StatusClass statusClass : in.classes()) {
                masks[1] |= 1L << statusClass.ordinal();
            }
            return true;
        }
        if (condition instanceof Condition.AnyOf any) {
            boolean bits = true;
            for (Condition part : any.parts()) {
                bits &= collect(part, masks);
            }
            return bits;
        }
        return false;
    }

    /**
     * @param type {@code event.type()}
     */
    boolean holds(TicketEvent event, EventType type, CaseState.SideFacts facts) {
        if (!asBits) {
            return ConditionCheck.holds(condition, event, type, facts);
        }
        if ((types & 1L << type.ordinal()) != 0) {
            return true;
        }
        @Nullable StatusClass statusClass = facts.statusClassOrNull();
        return statusClass != null && (classes & 1L << statusClass.ordinal()) != 0;
    }
}
