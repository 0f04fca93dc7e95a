package io.witness.core.clock;

import io.witness.core.event.EventMeta;
import io.witness.core.event.EventType;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The events of one timeline of a case in replay order, with each event's instant, side and type read
 * once: {@link TicketEvent#side()}, {@link TicketEvent#at()} and {@link TicketEvent#type()} are calls
 * through the sealed interface to any of its records, and the replay would otherwise make them for every
 * clock at every event. Mutable and reused: {@link #load} before each case; one thread only.
 */
final class Timeline {

    /** Above this many events an unsorted timeline is sorted by a merge sort instead of by insertion. */
    private static final int INSERTION_SORT_MAX = 32;

    private TicketEvent[] events = new TicketEvent[32];
    private long[] at = new long[32];
    /** The nanoseconds within the millisecond: the calendar counts milliseconds, the order counts these too. */
    private int[] nanos = new int[32];
    private Side[] sides = new Side[32];
    private EventType[] types = new EventType[32];
    private int size;

    /**
     * Takes the events of {@code side}'s timeline (both sides' for WITNESS) up to {@code now}, in order of
     * the time their source claims, ties in the order given.
     */
    void load(List<TicketEvent> caseEvents, Side side, long now) {
        clear();
        int count = caseEvents.size();
        if (count > events.length) {
            grow(count);
        }
        boolean sorted = true;
        long previous = Long.MIN_VALUE;
        int previousNanos = 0;
        for (int i = 0; i < count; i++) {
            TicketEvent event = caseEvents.get(i);
            EventMeta meta = event.meta();
            Side eventSide = meta.side();
            Instant instant = meta.at();
            long when = instant.toEpochMilli();
            if (side != Side.WITNESS && eventSide != side || when > now) {
                continue;
            }
            int within = instant.getNano() % 1_000_000;
            sorted &= when > previous || when == previous && within >= previousNanos;
            previous = when;
            previousNanos = within;
            events[size] = event;
            at[size] = when;
            nanos[size] = within;
            sides[size] = eventSide;
            types[size] = event.type();
            size++;
        }
        if (!sorted) {
            sortByTime();
        }
    }

    int size() {
        return size;
    }

    TicketEvent event(int i) {
        return events[i];
    }

    long at(int i) {
        return at[i];
    }

    Side side(int i) {
        return sides[i];
    }

    EventType type(int i) {
        return types[i];
    }

    /** Drops the references to the last case's events. */
    private void clear() {
        Arrays.fill(events, 0, size, null);
        size = 0;
    }

    private void grow(int capacity) {
        int length = Math.max(capacity, events.length * 2);
        events = Arrays.copyOf(events, length);
        at = Arrays.copyOf(at, length);
        nanos = Arrays.copyOf(nanos, length);
        sides = Arrays.copyOf(sides, length);
        types = Arrays.copyOf(types, length);
    }

    /** A stable sort by instant: ties keep the order given. */
    private void sortByTime() {
        if (size <= INSERTION_SORT_MAX) {
            for (int i = 1; i < size; i++) {
                for (int j = i; j > 0 && isAfter(j - 1, j); j--) {
                    swap(j - 1, j);
                }
            }
            return;
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        // Arrays.sort on objects is a stable merge sort.
        Arrays.sort(order, (x, y) -> isAfter(x, y) ? 1 : isAfter(y, x) ? -1 : 0);
        TicketEvent[] sortedEvents = new TicketEvent[size];
        long[] sortedAt = new long[size];
        int[] sortedNanos = new int[size];
        Side[] sortedSides = new Side[size];
        EventType[] sortedTypes = new EventType[size];
        for (int i = 0; i < size; i++) {
            int from = order[i];
            sortedEvents[i] = events[from];
            sortedAt[i] = at[from];
            sortedNanos[i] = nanos[from];
            sortedSides[i] = sides[from];
            sortedTypes[i] = types[from];
        }
        System.arraycopy(sortedEvents, 0, events, 0, size);
        System.arraycopy(sortedAt, 0, at, 0, size);
        System.arraycopy(sortedNanos, 0, nanos, 0, size);
        System.arraycopy(sortedSides, 0, sides, 0, size);
        System.arraycopy(sortedTypes, 0, types, 0, size);
    }

    private boolean isAfter(int i, int j) {
        return at[i] > at[j] || at[i] == at[j] && nanos[i] > nanos[j];
    }

    private void swap(int i, int j) {
        TicketEvent event = events[i];
        events[i] = events[j];
        events[j] = event;
        long when = at[i];
        at[i] = at[j];
        at[j] = when;
        int within = nanos[i];
        nanos[i] = nanos[j];
        nanos[j] = within;
        Side side = sides[i];
        sides[i] = sides[j];
        sides[j] = side;
        EventType type = types[i];
        types[i] = types[j];
        types[j] = type;
    }
}
