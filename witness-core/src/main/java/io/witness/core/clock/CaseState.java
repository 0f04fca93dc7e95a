package io.witness.core.clock;

import io.witness.core.event.Priority;
import io.witness.core.event.Side;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.StatusClass;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import io.witness.core.event.PriorityChanged;
import io.witness.core.event.Closed;
import io.witness.core.event.Reopened;
import io.witness.core.event.Resolved;
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
        private @Nullable String status;
        private Optional<Priority> priority = Optional.empty();

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

        @Nullable String statusText() {
            return status;
        }

        @Nullable StatusClass statusClassOrNull() {
            return statusClass;
        }
    }

    private final SideFacts client = new SideFacts();
    private final SideFacts provider = new SideFacts();
    private final StatusClassifier classifier;
    private long openedAt = Long.MIN_VALUE;

    CaseState(StatusClassifier classifier) {
        this.classifier = classifier;
    }

    /** Forgets the last case. */
    void reset() {
        for (SideFacts facts : new SideFacts[] {client, provider}) {
            facts.statusClass = null;
            facts.status = null;
            facts.priority = Optional.empty();
        }
        openedAt = Long.MIN_VALUE;
    }

    SideFacts facts(Side side) {
        return side == Side.PROVIDER ? provider : client;
    }

    /** When the case opened on this timeline (its first opened event, else its first event). */
    long openedAt() {
        return openedAt;
    }

    void apply(TicketEvent event) {
        long at = event.at().toEpochMilli();
        if (openedAt == Long.MIN_VALUE || event instanceof TicketOpened && at < openedAt) {
            openedAt = at;
        }
        SideFacts facts = facts(event.side());
        // Java 17 has no pattern switch: the event kinds that change state, in turn.
        if (event instanceof TicketOpened opened) {
            if (opened.priority().isPresent()) {
                facts.priority = opened.priority();
            }
            facts.status = opened.status().orElse(null);
            facts.statusClass = opened.statusClass().isPresent() ? opened.statusClass().get()
                    : opened.status().isPresent() ? classifier.classify(event.side(), opened.status().get()).orElse(null)
                    : StatusClass.NEW;
        } else if (event instanceof StatusChanged changed) {
            facts.status = changed.status();
            facts.statusClass = changed.statusClass().isPresent() ? changed.statusClass().get()
                    : classifier.classify(event.side(), changed.status()).orElse(null);
        } else if (event instanceof PriorityChanged changed) {
            facts.priority = Optional.of(changed.priority());
        } else if (event instanceof Resolved) {
            setClass(facts, StatusClass.RESOLVED);
        } else if (event instanceof Closed) {
            setClass(facts, StatusClass.CLOSED);
        } else if (event instanceof Reopened) {
            setClass(facts, StatusClass.IN_PROGRESS);
        }
    }

    private static void setClass(SideFacts facts, StatusClass statusClass) {
        facts.statusClass = statusClass;
        facts.status = null;
    }
}
