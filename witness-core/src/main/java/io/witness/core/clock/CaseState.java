package io.witness.core.clock;

import io.witness.core.event.EventType;
import io.witness.core.event.Priority;
import io.witness.core.event.Side;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.StatusClass;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import io.witness.core.event.PriorityChanged;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The state of a case while its events are replayed, kept per side so that the witnessed timeline can
 * take pauses from one side and the rest from both. Mutable and reused: {@link #reset} before each case; one thread only.
 */
final class CaseState {

    /** One side's record of the case. */
    static final class SideFacts implements CaseFacts {
        /** One Optional per class, so that conditions read the status without allocating. */
        private static final Optional<StatusClass>[] CLASSES = optionalClasses();

        private @Nullable StatusClass statusClass;
        /** The position in the case's list of the event that set the status text, -1 for none. */
        private int statusPosition = -1;
        private Optional<Priority> priority = Optional.empty();
        /** The priority's number in {@link PriorityCodes}. */
        private int priorityNumber = PriorityCodes.OTHER;

        @Override
        public Optional<StatusClass> statusClass() {
            return statusClass == null ? Optional.empty() : CLASSES[statusClass.ordinal()];
        }

        @Override
        public Optional<Priority> priority() {
            return priority;
        }

        @SuppressWarnings("unchecked")
        private static Optional<StatusClass>[] optionalClasses() {
            Optional<StatusClass>[] classes = new Optional[StatusClass.values().length];
            for (StatusClass c : StatusClass.values()) {
                classes[c.ordinal()] = Optional.of(c);
            }
            return classes;
        }

        private void forget() {
            statusClass = null;
            statusPosition = -1;
            if (priority.isPresent()) {
                priority = Optional.empty();
            }
            priorityNumber = PriorityCodes.OTHER;
        }

        /** {@link #priority()} numbered by {@link PriorityCodes}. */
        /**
         * Sets the status class, storing it only when it changes: a case's facts live as long as the engine,
         * in the old generation, where storing a reference costs a garbage collector's write barrier.
         */
        private void setStatusClass(StatusClass newClass) {
            if (statusClass != newClass) {
                statusClass = newClass;
            }
        }

        int priorityNumber() {
            return priorityNumber;
        }

        /** The position in the case's list of the event that set the status text, -1 for none. */
        int statusPosition() {
            return statusPosition;
        }

        @Nullable StatusClass statusClassOrNull() {
            return statusClass;
        }
    }

    private final SideFacts client = new SideFacts();
    private final SideFacts provider = new SideFacts();
    private final StatusTexts statusTexts;
    private final PriorityCodes priorityCodes;
    /** The last priority numbered and its number: a case and the next repeat the same few priorities. */
    private @Nullable Priority lastPriority;
    private int lastPriorityNumber;
    private long openedAt = Long.MIN_VALUE;

    CaseState(StatusClassifier classifier, PriorityCodes priorityCodes) {
        this.statusTexts = new StatusTexts(classifier);
        this.priorityCodes = priorityCodes;
    }

    /** Forgets the last case. */
    void reset() {
        client.forget();
        provider.forget();
        openedAt = Long.MIN_VALUE;
    }

    SideFacts facts(Side side) {
        return side == Side.PROVIDER ? provider : client;
    }

    /** When the case opened on this timeline (its first opened event, else its first event). */
    long openedAt() {
        return openedAt;
    }

    /**
     * Applies one event of the replay.
     *
     * @param at {@code event.at()} in epoch milliseconds
     * @param side {@code event.side()}
     * @param type {@code event.type()}
     * @param position the event's position in the case's list
     */
    void apply(TicketEvent event, long at, Side side, EventType type, int position) {
        if (openedAt == Long.MIN_VALUE || type == EventType.OPENED && at < openedAt) {
            openedAt = at;
        }
        SideFacts facts = facts(side);
        switch (type) {
            case OPENED -> {
                TicketOpened opened = (TicketOpened) event;
                if (opened.priority().isPresent()) {
                    setPriority(facts, opened.priority());
                }
                facts.statusPosition = opened.status().isPresent() ? position : -1;
                facts.setStatusClass(opened.statusClass().isPresent() ? opened.statusClass().get()
                        : opened.status().isPresent() ? statusTexts.classOf(side, opened.status().get())
                        : StatusClass.NEW);
            }
            case STATUS -> {
                StatusChanged changed = (StatusChanged) event;
                facts.statusPosition = position;
                facts.setStatusClass(changed.statusClass().isPresent() ? changed.statusClass().get()
                        : statusTexts.classOf(side, changed.status()));
            }
            case PRIORITY -> setPriority(facts, Optional.of(((PriorityChanged) event).priority()));
            case RESOLVED -> setClass(facts, StatusClass.RESOLVED);
            case CLOSED -> setClass(facts, StatusClass.CLOSED);
            case REOPENED -> setClass(facts, StatusClass.IN_PROGRESS);
            default -> {
                // Assignments, replies, plans, comments, details and claims change no state a clock reads.
            }
        }
    }

    private void setPriority(SideFacts facts, Optional<Priority> priority) {
        Priority value = priority.get();
        if (value != lastPriority) {
            lastPriorityNumber = priorityCodes.numberOf(value);
            lastPriority = value;
        }
        if (facts.priority != priority) {
            facts.priority = priority;
        }
        facts.priorityNumber = lastPriorityNumber;
    }

    private static void setClass(SideFacts facts, StatusClass statusClass) {
        facts.setStatusClass(statusClass);
        facts.statusPosition = -1;
    }
}
