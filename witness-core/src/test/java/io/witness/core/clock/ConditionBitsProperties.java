package io.witness.core.clock;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.Author;
import io.witness.core.event.CaseId;
import io.witness.core.event.CommentAdded;
import io.witness.core.event.EventMeta;
import io.witness.core.event.EventType;
import io.witness.core.event.Priority;
import io.witness.core.event.PriorityChanged;
import io.witness.core.event.PublicReply;
import io.witness.core.event.Resolved;
import io.witness.core.event.Side;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.StatusClass;
import io.witness.core.event.TicketEvent;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A condition checked as bits ({@link ConditionBits}) answers as {@link ConditionCheck} does, for random
 * conditions of every kind (event types with and without an author, status classes, priorities, never,
 * any of, all of, nested) after random events in any status; and it does not hold at an event of a type
 * outside {@link ConditionBits#eventTypesOnly()}.
 */
class ConditionBitsProperties {

    private static final EventMeta META = EventMeta.of(new CaseId("B"), Side.CLIENT, Instant.parse("2026-05-04T10:00:00Z"));

    @Property(tries = 2000)
    void bitsAnswerAsTheConditionDoes(@ForAll long seed) {
        Random random = new Random(seed);
        Condition condition = condition(random, 2);
        CaseState state = new CaseState((side, text) -> Optional.empty(), new PriorityCodes(List.of()));
        state.reset();
        for (int i = random.nextInt(3); i >= 0; i--) {
            TicketEvent event = event(random);
            state.apply(event, 0, Side.CLIENT, event.type(), i);
        }
        TicketEvent event = event(random);
        state.apply(event, 0, Side.CLIENT, event.type(), 9);
        CaseState.SideFacts facts = state.facts(Side.CLIENT);
        assertThat(ConditionBits.of(condition).holds(event, event.type(), facts))
                .as("%s after %s in %s", condition, event, facts.statusClass())
                .isEqualTo(ConditionCheck.holds(condition, event, event.type(), facts));
        // The types a condition on events only may hold at, which a clock with no open run skips the others of.
        if ((ConditionBits.of(condition).eventTypesOnly() & 1L << event.type().ordinal()) == 0) {
            assertThat(ConditionCheck.holds(condition, event, event.type(), facts))
                    .as("%s holds at %s, not among the types it is told to hold at", condition, event)
                    .isFalse();
        }
    }

    private static Condition condition(Random random, int depth) {
        switch (random.nextInt(depth > 0 ? 7 : 5)) {
            case 0:
                return Condition.never();
            case 1:
                return new Condition.OnEvent(types(random), Optional.empty());
            case 2:
                return new Condition.OnEvent(types(random), Optional.of(random.nextBoolean() ? Author.REQUESTER : Author.AGENT));
            case 3: {
                EnumSet<StatusClass> classes = EnumSet.noneOf(StatusClass.class);
                for (StatusClass c : StatusClass.values()) {
                    if (random.nextInt(3) == 0) {
                        classes.add(c);
                    }
                }
                return new Condition.InStatus(classes);
            }
            case 4:
                return new Condition.PriorityIn(java.util.Set.of(new Priority("P" + (1 + random.nextInt(2)))));
            case 5:
                return new Condition.AnyOf(List.of(condition(random, depth - 1), condition(random, depth - 1)));
            default:
                return new Condition.AllOf(List.of(condition(random, depth - 1), condition(random, depth - 1)));
        }
    }

    private static EnumSet<EventType> types(Random random) {
        EnumSet<EventType> types = EnumSet.noneOf(EventType.class);
        for (EventType type : EventType.values()) {
            if (random.nextInt(4) == 0) {
                types.add(type);
            }
        }
        return types;
    }

    private static TicketEvent event(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> new StatusChanged(META, "s", Optional.of(StatusClass.values()[random.nextInt(StatusClass.values().length)]));
            case 1 -> random.nextBoolean() ? new CommentAdded(META, Author.REQUESTER, true) : new CommentAdded(META, Author.AGENT, false);
            case 2 -> new PriorityChanged(META, new Priority("P" + (1 + random.nextInt(2))));
            case 3 -> new Resolved(META);
            default -> new PublicReply(META);
        };
    }
}
