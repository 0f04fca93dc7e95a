package io.witness.core.pattern;

import java.time.Instant;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * An instant's local time in a zone, as epoch milliseconds shifted by the zone's offset then: the offsets of a
 * span worked out once from the zone's transitions, so that placing many instants in it makes no objects.
 * Instants outside the span ask the zone. Immutable.
 */
final class LocalMillis {

    private final ZoneRules rules;
    private final long from;
    private final long to;
    /** Offset i (milliseconds) holds from {@code starts[i]}; the first from {@code from}. */
    private final long[] starts;
    private final long[] offsets;

    private LocalMillis(ZoneRules rules, long from, long to, long[] starts, long[] offsets) {
        this.rules = rules;
        this.from = from;
        this.to = to;
        this.starts = starts;
        this.offsets = offsets;
    }

    /** The local times of a zone over the span {@code [from, to)} of epoch milliseconds. */
    static LocalMillis of(ZoneRules rules, long from, long to) {
        List<long[]> changes = new ArrayList<>();
        changes.add(new long[] {from, offsetMillis(rules, from)});
        ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochMilli(from));
        while (next != null && next.toEpochSecond() * 1000 < to) {
            changes.add(new long[] {next.toEpochSecond() * 1000, next.getOffsetAfter().getTotalSeconds() * 1000L});
            next = rules.nextTransition(next.getInstant());
        }
        long[] starts = new long[changes.size()];
        long[] offsets = new long[changes.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = changes.get(i)[0];
            offsets[i] = changes.get(i)[1];
        }
        return new LocalMillis(rules, from, to, starts, offsets);
    }

    /** The instant plus the zone's offset at it, in milliseconds. */
    long local(long instant) {
        if (instant < from || instant >= to) {
            return instant + offsetMillis(rules, instant);
        }
        int i = starts.length - 1;
        while (starts[i] > instant) {
            i--;
        }
        return instant + offsets[i];
    }

    private static long offsetMillis(ZoneRules rules, long instant) {
        return rules.getOffset(Instant.ofEpochMilli(instant)).getTotalSeconds() * 1000L;
    }
}
