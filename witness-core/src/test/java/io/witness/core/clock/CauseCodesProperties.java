package io.witness.core.clock;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.CaseId;
import io.witness.core.event.EventMeta;
import io.witness.core.event.Priority;
import io.witness.core.event.PriorityChanged;
import io.witness.core.event.PublicReply;
import io.witness.core.event.Side;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.StatusClass;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;

/**
 * A cause kept as a code ({@link CauseCodes}) is put into the same words, naming the same event, as the
 * {@link Cause} the engine made before: whatever the verb, the event's and the status's positions (up to
 * the largest a code holds), the status class, and a retroactive start or a stretch not counted.
 */
class CauseCodesProperties {

    private static final String[] VERBS = {"started", "running", "paused", "stopped", "cancelled", "reset",
        "started at the previous update", "started after a reset"};

    @Property
    void aCodedCauseIsTheCauseItStandsFor(@ForAll @IntRange(min = 0, max = 7) int verb,
            @ForAll @IntRange(min = 0, max = 3) int kind, @ForAll boolean withStatus, @ForAll boolean statusFromOpening,
            @ForAll @IntRange(min = -1, max = 6) int statusClass, @ForAll @IntRange(min = 0, max = 2) int wrap,
            @ForAll boolean far) {
        int position = far ? CauseCodes.MAX_EVENTS - 1 : 1;
        int statusPosition = far ? CauseCodes.MAX_EVENTS - 2 : 0;
        TicketEvent event = event(kind);
        TicketEvent statusEvent = statusFromOpening
                ? new TicketOpened(meta(), Optional.empty(), Optional.of("Opened here"), Optional.empty())
                : new StatusChanged(meta(), "Awaiting Caller", Optional.empty());
        List<TicketEvent> events = new Positions(position, event, statusPosition, statusEvent);
        @Nullable StatusClass cls = statusClass < 0 ? null : StatusClass.values()[statusClass];
        long code;
        Cause expected;
        if (withStatus) {
            code = CauseCodes.withStatus(verb, position, kind == 3 ? -1 : statusPosition, cls);
            expected = Cause.withStatus(VERBS[verb], event, kind == 3 ? null : statusText(statusEvent), cls);
        } else {
            code = CauseCodes.of(verb, position);
            expected = Cause.of(VERBS[verb], event);
        }
        if (wrap == 1) {
            code = CauseCodes.retroactive(code);
            expected = Cause.retroactive(expected);
        } else if (wrap == 2) {
            code = CauseCodes.notCountedAfter(code);
            expected = Cause.notCountedAfter(expected);
        }
        Cause told = CauseCodes.cause(code, events);
        assertThat(told.text()).isEqualTo(expected.text());
        assertThat(told.event()).isEqualTo(expected.event());
        if (wrap == 0) {
            assertThat(told.event().orElseThrow()).isSameAs(event);
        }
    }

    @Property
    void aPriorityChangeIsToldInWordsAlone(@ForAll boolean cancelled, @ForAll @IntRange(min = 1, max = 9) int priority) {
        PriorityChanged changed = new PriorityChanged(meta(), new Priority("P" + priority));
        long code = CauseCodes.of(cancelled ? CauseCodes.CANCELLED_BY_PRIORITY : CauseCodes.STARTED_BY_PRIORITY, 0);
        Cause told = CauseCodes.cause(code, List.of(changed));
        assertThat(told.text()).isEqualTo((cancelled ? "cancelled" : "started") + ": priority changed to P" + priority);
        assertThat(told.event()).isEmpty();
    }

    private static TicketEvent event(int kind) {
        return switch (kind) {
            case 0 -> new PublicReply(meta());
            case 1 -> new StatusChanged(meta(), "In Progress", Optional.of(StatusClass.IN_PROGRESS));
            case 2 -> new TicketOpened(meta(), Optional.of(new Priority("P1")), Optional.empty(), Optional.empty());
            default -> new PriorityChanged(meta(), new Priority("P2"));
        };
    }

    private static @Nullable String statusText(TicketEvent event) {
        return event instanceof StatusChanged changed ? changed.status() : ((TicketOpened) event).status().orElse(null);
    }

    private static EventMeta meta() {
        return EventMeta.of(new CaseId("C"), Side.PROVIDER, Instant.parse("2026-03-02T10:00:00Z"));
    }

    /** A case as long as a position asks, holding only the two events the code names (the rest a reply). */
    private static final class Positions extends java.util.AbstractList<TicketEvent> {
        private final int position;
        private final TicketEvent event;
        private final int statusPosition;
        private final TicketEvent statusEvent;
        private final TicketEvent filler = new PublicReply(meta());

        Positions(int position, TicketEvent event, int statusPosition, TicketEvent statusEvent) {
            this.position = position;
            this.event = event;
            this.statusPosition = statusPosition;
            this.statusEvent = statusEvent;
        }

        @Override
        public TicketEvent get(int index) {
            return index == position ? event : index == statusPosition ? statusEvent : filler;
        }

        @Override
        public int size() {
            return Math.max(position, statusPosition) + 1;
        }
    }
}
