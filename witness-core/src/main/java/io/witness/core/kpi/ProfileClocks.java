package io.witness.core.kpi;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.ClockState;
import io.witness.core.clock.Metric;
import io.witness.core.event.Priority;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * How a profile keeps what the KPIs read of its clocks, the facts of {@link ClockFact} without an object a clock: the
 * clocks' names, metrics and priorities in an array that the profiles of many cases share (a tenant's cases have a
 * few such lists), and per clock its state, stop, breach and business time in one array of numbers made with the
 * profile. {@link CaseProfile} reads its two arrays through these. Thread-safe.
 */
final class ProfileClocks {

    private static final int KEYS = 3;
    private static final int TIMES = 3;
    private static final int STATE_SHIFT = 56;
    private static final long ELAPSED = (1L << STATE_SHIFT) - 1;
    private static final ClockState[] STATES = ClockState.values();
    static final Object[] NO_KEYS = new Object[0];
    static final long[] NO_TIMES = new long[0];
    /** The key lists made so far, each kept once; bounded, for a process that reads many contracts. */
    private static final Map<Keys, Object[]> SHARED = new ConcurrentHashMap<>();
    private static final int MOST_SHARED = 4_096;
    /** The key lists last found, by their hash: looked up first, without making a list. */
    private static final AtomicReferenceArray<Object[]> RECENT = new AtomicReferenceArray<>(64);

    private ProfileClocks() {
    }

    /** The names, metrics and priorities of the clocks, a list equal to one made before being that one. */
    static Object[] keysOf(List<ClockResult> results) {
        int n = results.size();
        if (n == 0) {
            return NO_KEYS;
        }
        // Most cases' clocks have a list met before: found by its hash among the recent ones, without making one.
        int hash = 1;
        for (int i = 0; i < n; i++) {
            ClockResult r = results.get(i);
            hash = (31 * hash + r.clock().hashCode()) * 31 + r.metric().ordinal();
            hash = 31 * hash + Objects.hashCode(r.priorityOrNull());
        }
        int slot = (hash ^ hash >>> 16) & (RECENT.length() - 1);
        Object[] recent = RECENT.get(slot);
        if (recent != null && holds(recent, results)) {
            return recent;
        }
        Object[] keys = new Object[n * KEYS];
        for (int i = 0; i < n; i++) {
            ClockResult r = results.get(i);
            putKey(keys, i, r.clock(), r.metric(), r.priorityOrNull());
        }
        keys = shared(keys);
        RECENT.set(slot, keys);
        return keys;
    }

    /** True when {@code keys} are the names, metrics and priorities of {@code results}. */
    private static boolean holds(Object[] keys, List<ClockResult> results) {
        if (keys.length != results.size() * KEYS) {
            return false;
        }
        for (int i = 0, n = results.size(); i < n; i++) {
            ClockResult r = results.get(i);
            if (!keys[i * KEYS].equals(r.clock()) || keys[i * KEYS + 1] != r.metric()
                    || !Objects.equals(keys[i * KEYS + 2], r.priorityOrNull())) {
                return false;
            }
        }
        return true;
    }

    /** The states and instants of the clocks. */
    static long[] timesOf(List<ClockResult> results) {
        int n = results.size();
        if (n == 0) {
            return NO_TIMES;
        }
        long[] times = new long[n * TIMES];
        for (int i = 0; i < n; i++) {
            ClockResult r = results.get(i);
            // ClockResult marks an absent instant with Long.MIN_VALUE, as ClockFact.NONE does.
            putTimes(times, i, r.state(), r.stoppedAtMillis(), r.breachedAtMillis(), r.elapsedMillis());
        }
        return times;
    }

    /** The names, metrics and priorities of clock facts. */
    static Object[] keysOfFacts(List<ClockFact> facts) {
        if (facts.isEmpty()) {
            return NO_KEYS;
        }
        Object[] keys = new Object[facts.size() * KEYS];
        for (int i = 0; i < facts.size(); i++) {
            ClockFact f = facts.get(i);
            putKey(keys, i, f.clock(), f.metric(), f.priority().orElse(null));
        }
        return shared(keys);
    }

    /** The states and instants of clock facts. */
    static long[] timesOfFacts(List<ClockFact> facts) {
        if (facts.isEmpty()) {
            return NO_TIMES;
        }
        long[] times = new long[facts.size() * TIMES];
        for (int i = 0; i < facts.size(); i++) {
            ClockFact f = facts.get(i);
            putTimes(times, i, f.state(), f.stoppedAt(), f.breachedAt(), f.elapsedMillis());
        }
        return times;
    }

    private static void putKey(Object[] keys, int i, String name, Metric metric, @Nullable Priority priority) {
        keys[i * KEYS] = name;
        keys[i * KEYS + 1] = metric;
        keys[i * KEYS + 2] = priority;
    }

    private static void putTimes(long[] times, int i, ClockState state, long stoppedAt, long breachedAt, long elapsed) {
        if (elapsed < 0 || elapsed > ELAPSED) {
            throw new IllegalArgumentException("A clock's business time must be from 0 to " + ELAPSED + " ms, got "
                    + elapsed);
        }
        times[i * TIMES] = stoppedAt;
        times[i * TIMES + 1] = breachedAt;
        times[i * TIMES + 2] = elapsed | (long) state.ordinal() << STATE_SHIFT;
    }

    private static Object[] shared(Object[] keys) {
        Keys key = new Keys(keys);
        Object[] known = SHARED.get(key);
        if (known != null) {
            return known;
        }
        if (SHARED.size() < MOST_SHARED) {
            known = SHARED.putIfAbsent(key, keys);
        }
        return known != null ? known : keys;
    }

    /** A list of keys compared by its elements (names and priorities by equality, metrics by identity). */
    private static final class Keys {
        private final Object[] keys;
        private final int hash;

        Keys(Object[] keys) {
            this.keys = keys;
            this.hash = Arrays.hashCode(keys);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Keys k && Arrays.equals(keys, k.keys);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** How many clocks {@code times} holds. */
    static int size(long[] times) {
        return times.length / TIMES;
    }

    static String name(Object[] keys, int i) {
        return (String) keys[i * KEYS];
    }

    static Metric metric(Object[] keys, int i) {
        return (Metric) keys[i * KEYS + 1];
    }

    static @Nullable Priority priority(Object[] keys, int i) {
        return (Priority) keys[i * KEYS + 2];
    }

    static ClockState state(long[] times, int i) {
        return STATES[(int) (times[i * TIMES + 2] >>> STATE_SHIFT)];
    }

    static long stoppedAt(long[] times, int i) {
        return times[i * TIMES];
    }

    static long breachedAt(long[] times, int i) {
        return times[i * TIMES + 1];
    }

    static long elapsedMillis(long[] times, int i) {
        return times[i * TIMES + 2] & ELAPSED;
    }

    /** Each clock's facts, in order. */
    static List<ClockFact> facts(Object[] keys, long[] times) {
        List<ClockFact> facts = new ArrayList<>(size(times));
        for (int i = 0; i < size(times); i++) {
            facts.add(new ClockFact(name(keys, i), metric(keys, i), Optional.ofNullable(priority(keys, i)),
                    state(times, i), stoppedAt(times, i), breachedAt(times, i), elapsedMillis(times, i)));
        }
        return List.copyOf(facts);
    }
}
