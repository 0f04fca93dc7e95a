package io.witness.core.clock;

import io.witness.core.event.Author;
import io.witness.core.event.CommentAdded;
import io.witness.core.event.EventType;
import io.witness.core.event.StatusClass;
import io.witness.core.event.TicketEvent;
import org.jspecify.annotations.Nullable;

/**
 * A condition as the replay checks it at every event: when it is made only of event types and status
 * classes, joined by "any of", with at most one author among its event parts, as bit tests, the event's
 * type against a mask (and, for the types of the part with an author, the comment's author) and the
 * side's status class against another; any other condition through {@link ConditionCheck}.
 * The same answers as {@code ConditionCheck.holds(condition, event, type, facts)}. Immutable.
 */
final class ConditionBits {

    private final Condition condition;
    private final boolean asBits;
    /** The event types that make it hold, as bits of their ordinals. */
    private final long types;
    /** The status classes in which it holds, as bits of their ordinals. */
    private final long classes;
    /** The event types that make it hold for a comment by {@link #author}, as bits of their ordinals. */
    private final long authorTypes;
    private final @Nullable Author author;

    private ConditionBits(Condition condition, boolean asBits, long types, long classes, long authorTypes,
            @Nullable Author author) {
        this.condition = condition;
        this.asBits = asBits;
        this.types = types;
        this.classes = classes;
        this.authorTypes = authorTypes;
        this.author = author;
    }

    static ConditionBits of(Condition condition) {
        Masks masks = new Masks();
        boolean asBits = collect(condition, masks);
        return new ConditionBits(condition, asBits, masks.types, masks.classes, masks.authorTypes, masks.author);
    }

    /** What {@link #collect} gathers. */
    private static final class Masks {
        long types;
        long classes;
        long authorTypes;
        @Nullable Author author;
    }

    /** Adds the condition's types and classes to {@code masks}; false when it is not bits alone. */
    private static boolean collect(Condition condition, Masks masks) {
        if (condition instanceof Condition.Never) {
            return true;
        }
        if (condition instanceof Condition.OnEvent on) {
            long bits = 0;
            for (EventType type : on.types()) {
                bits |= 1L << type.ordinal();
            }
            if (on.author().isEmpty()) {
                masks.types |= bits;
                return true;
            }
            if (masks.author != null && masks.author != on.author().get()) {
                return false;
            }
            masks.author = on.author().get();
            masks.authorTypes |= bits;
            return true;
        }
        if (condition instanceof Condition.InStatus in) {
            for (StatusClass statusClass : in.classes()) {
                masks.classes |= 1L << statusClass.ordinal();
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
    /**
     * The event types at which it may hold, as bits ({@code 1L << type.ordinal()}), when it reads events
     * only, not the status: at an event of any other type it does not hold. All bits set when it reads the
     * status or cannot be told as bits.
     */
    long eventTypesOnly() {
        return asBits && classes == 0 ? types | authorTypes : ~0L;
    }

    boolean holds(TicketEvent event, EventType type, CaseState.SideFacts facts) {
        if (!asBits) {
            return ConditionCheck.holds(condition, event, type, facts);
        }
        long bit = 1L << type.ordinal();
        if ((types & bit) != 0) {
            return true;
        }
        // As ConditionCheck: an event part with an author holds only for a comment by that author.
        if ((authorTypes & bit) != 0 && type == EventType.COMMENT && ((CommentAdded) event).author() == author) {
            return true;
        }
        @Nullable StatusClass statusClass = facts.statusClassOrNull();
        return statusClass != null && (classes & 1L << statusClass.ordinal()) != 0;
    }
}
