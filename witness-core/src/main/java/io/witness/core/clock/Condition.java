package io.witness.core.clock;

import io.witness.core.event.Author;
import io.witness.core.event.CommentAdded;
import io.witness.core.event.EventType;
import io.witness.core.event.Priority;
import io.witness.core.event.StatusClass;
import io.witness.core.event.TicketEvent;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A condition of a clock (start, pause, resume, stop, cancel, reset), checked after each event of the
 * case has been applied. An event condition holds for the event that matches it; a state condition
 * holds for as long as the case is in that state. Immutable and thread-safe.
 */
public sealed interface Condition {

    /** True when the condition holds right after {@code event} was applied, the case being in {@code state}. */
    boolean holds(TicketEvent event, CaseFacts state);

    /** True when the condition depends only on the case's state, not on the event that just happened. */
    boolean isStateOnly();

    /** A condition that never holds. */
    static Condition never() {
        return Never.INSTANCE;
    }

    /** Holds for an event of one of the given types (for comments, optionally from one author). */
    static Condition on(EventType... types) {
        return new OnEvent(EnumSet.copyOf(List.of(types)), Optional.empty());
    }

    /** Holds while the case's status class is one of the given classes. */
    static Condition inStatus(StatusClass... classes) {
        return new InStatus(EnumSet.copyOf(List.of(classes)));
    }

    /** Never holds. */
    enum Never implements Condition {
        INSTANCE;

        @Override
        public boolean holds(TicketEvent event, CaseFacts state) {
            return false;
        }

        @Override
        public boolean isStateOnly() {
            return true;
        }

        @Override
        public String toString() {
            return "never";
        }
    }

    /** The event is of one of {@code types}; for comments, from {@code author} when given. */
    record OnEvent(Set<EventType> types, Optional<Author> author) implements Condition {
        public OnEvent {
            types = types.isEmpty() ? EnumSet.noneOf(EventType.class) : EnumSet.copyOf(types);
            Objects.requireNonNull(author, "author");
        }

        @Override
        public boolean holds(TicketEvent event, CaseFacts state) {
            if (!types.contains(event.type())) {
                return false;
            }
            return author.isEmpty() || event instanceof CommentAdded comment && comment.author() == author.get();
        }

        @Override
        public boolean isStateOnly() {
            return false;
        }

        @Override
        public String toString() {
            return "on " + types + author.map(a -> " by " + a).orElse("");
        }
    }

    /** The case's status class is one of {@code classes}. */
    record InStatus(Set<StatusClass> classes) implements Condition {
        public InStatus {
            classes = classes.isEmpty() ? EnumSet.noneOf(StatusClass.class) : EnumSet.copyOf(classes);
        }

        @Override
        public boolean holds(TicketEvent event, CaseFacts state) {
            Optional<StatusClass> current = state.statusClass();
            return current.isPresent() && classes.contains(current.get());
        }

        @Override
        public boolean isStateOnly() {
            return true;
        }

        @Override
        public String toString() {
            return "status in " + classes;
        }
    }

    /** The case's priority is one of {@code priorities}. */
    record PriorityIn(Set<Priority> priorities) implements Condition {
        public PriorityIn {
            priorities = Set.copyOf(priorities);
        }

        @Override
        public boolean holds(TicketEvent event, CaseFacts state) {
            Optional<Priority> current = state.priority();
            return current.isPresent() && priorities.contains(current.get());
        }

        @Override
        public boolean isStateOnly() {
            return true;
        }
    }

    /** Every part holds. */
    record AllOf(List<Condition> parts) implements Condition {
        public AllOf {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean holds(TicketEvent event, CaseFacts state) {
            for (Condition part : parts) {
                if (!part.holds(event, state)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean isStateOnly() {
            return parts.stream().allMatch(Condition::isStateOnly);
        }
    }

    /** At least one part holds. */
    record AnyOf(List<Condition> parts) implements Condition {
        public AnyOf {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean holds(TicketEvent event, CaseFacts state) {
            for (Condition part : parts) {
                if (part.holds(event, state)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean isStateOnly() {
            return parts.stream().allMatch(Condition::isStateOnly);
        }
    }
}
