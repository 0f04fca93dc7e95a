package io.witness.core.clock;

import static io.witness.core.event.EventType.CLOSED;
import static io.witness.core.event.EventType.COMMENT;
import static io.witness.core.event.EventType.OPENED;
import static io.witness.core.event.EventType.PLAN;
import static io.witness.core.event.EventType.REPLY;
import static io.witness.core.event.EventType.RESOLVED;

import io.witness.core.event.Author;
import io.witness.core.event.EventType;
import io.witness.core.event.Priority;
import io.witness.core.event.StatusClass;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

/**
 * The conditions a contract gets when it names only a metric and its targets, chosen as a careful SLA
 * manager would set them up in ServiceNow or Jira Service Management. Documented in docs/clocks.md.
 */
final class ConventionalClocks {

    private ConventionalClocks() {
    }

    static ClockDefinition of(String name, Metric metric, Map<Priority, Term> terms, Optional<Term> defaultTerm) {
        Condition cancelled = Condition.inStatus(StatusClass.CANCELLED);
        Condition waitingOnCustomer = Condition.inStatus(StatusClass.WAITING_CUSTOMER);
        Condition never = Condition.never();
        return switch (metric) {
            case RESPONSE -> new ClockDefinition(name, metric, "", terms, defaultTerm, WarningThreshold.none(),
                    Condition.on(OPENED), never, Optional.empty(), Condition.on(REPLY, PLAN, RESOLVED, CLOSED),
                    cancelled, never, false, Recurrence.ONCE, PriorityChangePolicy.KEEP, ReopenPolicy.IGNORE,
                    Timestamps.defaults());
            case PLAN -> new ClockDefinition(name, metric, "", terms, defaultTerm, WarningThreshold.none(),
                    Condition.on(OPENED), waitingOnCustomer, Optional.empty(), Condition.on(PLAN, RESOLVED, CLOSED),
                    cancelled, never, false, Recurrence.ONCE, PriorityChangePolicy.KEEP, ReopenPolicy.IGNORE,
                    Timestamps.defaults());
            case RESOLUTION -> new ClockDefinition(name, metric, "", terms, defaultTerm, WarningThreshold.none(),
                    Condition.on(OPENED), waitingOnCustomer, Optional.empty(), Condition.on(RESOLVED, CLOSED),
                    cancelled, never, false, Recurrence.ONCE, PriorityChangePolicy.KEEP, ReopenPolicy.CONTINUE,
                    Timestamps.defaults());
            case NEXT_REPLY -> new ClockDefinition(name, metric, "", terms, defaultTerm, WarningThreshold.none(),
                    new Condition.OnEvent(EnumSet.of(COMMENT), Optional.of(Author.REQUESTER)), never, Optional.empty(),
                    Condition.on(REPLY),
                    Condition.inStatus(StatusClass.RESOLVED, StatusClass.CLOSED, StatusClass.CANCELLED),
                    never, false, Recurrence.EVERY_START, PriorityChangePolicy.KEEP, ReopenPolicy.IGNORE,
                    Timestamps.defaults());
            case PERIODIC_UPDATE -> new ClockDefinition(name, metric, "", terms, defaultTerm, WarningThreshold.none(),
                    Condition.on(OPENED), waitingOnCustomer, Optional.empty(),
                    Condition.on(EventType.REPLY, RESOLVED, CLOSED), cancelled, never, false, Recurrence.CHAINED,
                    PriorityChangePolicy.KEEP, ReopenPolicy.NEW_CLOCK, Timestamps.defaults());
        };
    }
}
