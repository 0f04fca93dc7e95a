package io.witness.core.clock;

import io.witness.core.event.EventMeta;
import io.witness.core.event.EventType;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import java.util.Arrays;
import java.util.List;

/**
 * The events of one timeline of a case in replay order, with each event's instant, side and type read
 * once: {@link TicketEvent#side()}, {@link TicketEvent#at()} and {@link TicketEvent#type()} are calls
 * through the sealed interface to any of its records, and the replay would otherwise make them for every
 * clock at every event. Events are kept as their index in the case's list and sides and types as their
 * ordinals: primitive arrays, since storing references into a long-lived array costs a garbage
 * collector's write barrier each. Mutable and reused: {@link #load} before each case; one thread only.
 */
final class Timeline {

    /** Above this many events an unsorted timeline is sorted by a merge sort instead of by insertion. */
    private static final int INSERTION_SORT_MAX = 32;
    private static final Side[] SIDES = Side.values();
    private static final EventType[] TYPES = EventType.values();

    private List<TicketEvent> caseEvents = List.of();
    /** Index in {@link #caseEvents} of each event of the timeline, in replay order. */
    private int[] order = new int[32];
    private long[] at = new long[32];
    /** The nanoseconds within the millisecond: the calendar counts milliseconds, the order counts these too. */
    private int[] nanos = new int[32];
    private byte[] sides = new byte[32];
    private byte[] types = new byte[32];
    private int size;
    /** Each event of the case's list, in the list's order: its instant, the nanoseconds within, side, type. */
    private long[] caseAt = new long[32];
    private int[] caseNanos = new int[32];
    private byte[] caseSides = new byte[32];
    private byte[] caseTypes = new byte[32];

    /**
     * Takes the events of {@code side}'s timeline (both sides' for WITNESS) up to {@code now}, in order of
     * the time their source claims, ties in the order given.
     */
    void load(List<TicketEvent> events, Side side, long now) {
        // Events are read back by index, and results keep the list to tell their causes: a list that is not
        // immutable is copied first (an immutable one is kept as it is).
        List<TicketEvent> list = List.copyOf(events);
        int count = list.size();
        if (list != caseEvents) {
            // A case on both sides is loaded three times (each side's timeline, then the witnessed one):
            // the same immutable list holds the same events, so each is read once for the three.
            caseEvents = list;
            decode(count);
        }
        size = 0;
        if (count > order.length) {
            grow(count);
        }
        boolean sorted = true;
        long previous = Long.MIN_VALUE;
        int previousNanos = 0;
        byte wanted = (byte) side.ordinal();
        for (int i = 0; i < count; i++) {
            long when = caseAt[i];
            if (side != Side.WITNESS && caseSides[i] != wanted || when > now) {
                continue;
            }
            int within = caseNanos[i];
            sorted &= when > previous || when == previous && within >= previousNanos;
            previous = when;
            previousNanos = within;
            order[size] = i;
            at[size] = when;
            nanos[size] = within;
            sides[size] = caseSides[i];
            types[size] = caseTypes[i];
            size++;
        }
        if (!sorted) {
            sortByTime();
        }
    }

    /** Reads each event of {@link #caseEvents}' instant, side and type once. */
    private void decode(int count) {
        if (count > caseAt.length) {
            int length = Math.max(count, caseAt.length * 2);
            caseAt = new long[length];
            caseNanos = new int[length];
            caseSides = new byte[length];
            caseTypes = new byte[length];
        }
        for (int i = 0; i < count; i++) {
            TicketEvent event = caseEvents.get(i);
            EventMeta meta = event.meta();
            caseAt[i] = meta.atMillis();
            caseNanos[i] = meta.atNano() % 1_000_000;
            caseSides[i] = (byte) meta.side().ordinal();
            caseTypes[i] = (byte) event.type().ordinal();
        }
    }

    int size() {
        return size;
    }

    TicketEvent event(int i) {
        return caseEvents.get(order[i]);
    }

    /** The position of the i-th event of the replay in the case's list. */
    int position(int i) {
        return order[i];
    }

    /** The case's events as given (or copied, when the list given had no cheap indexing). */
    List<TicketEvent> caseEvents() {
        return caseEvents;
    }

    long at(int i) {
        return at[i];
    }

    Side side(int i) {
        return SIDES[sides[i]];
    }

    EventType type(int i) {
        return TYPES[types[i]];
    }

    private void grow(int capacity) {
        int length = Math.max(capacity, order.length * 2);
        order = Arrays.copyOf(order, length);
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
        Integer[] positions = new Integer[size];
        for (int i = 0; i < size; i++) {
            positions[i] = i;
        }
        // Arrays.sort on objects is a stable merge sort.
        Arrays.sort(positions, (x, y) -> isAfter(x, y) ? 1 : isAfter(y, x) ? -1 : 0);
        int[] sortedOrder = new int[size];
        long[] sortedAt = new long[size];
        int[] sortedNanos = new int[size];
        byte[] sortedSides = new byte[size];
        byte[] sortedTypes = new byte[size];
        for (int i = 0; i < size; i++) {
            int from = positions[i];
            sortedOrder[i] = order[from];
            sortedAt[i] = at[from];
            sortedNanos[i] = nanos[from];
            sortedSides[i] = sides[from];
            sortedTypes[i] = types[from];
        }
        System.arraycopy(sortedOrder, 0, order, 0, size);
        System.arraycopy(sortedAt, 0, at, 0, size);
        System.arraycopy(sortedNanos, 0, nanos, 0, size);
        System.arraycopy(sortedSides, 0, sides, 0, size);
        System.arraycopy(sortedTypes, 0, types, 0, size);
    }

    private boolean isAfter(int i, int j) {
        return at[i] > at[j] || at[i] == at[j] && nanos[i] > nanos[j];
    }

    private void swap(int i, int j) {
        int index = order[i];
        order[i] = order[j];
        order[j] = index;
        long when = at[i];
        at[i] = at[j];
        at[j] = when;
        int within = nanos[i];
        nanos[i] = nanos[j];
        nanos[j] = within;
        byte side = sides[i];
        sides[i] = sides[j];
        sides[j] = side;
        byte type = types[i];
        types[i] = types[j];
        types[j] = type;
    }
}
