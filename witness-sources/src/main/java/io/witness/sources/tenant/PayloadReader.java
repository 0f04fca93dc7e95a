package io.witness.sources.tenant;

import io.witness.core.event.CaseId;
import io.witness.core.event.Priority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads what {@link PayloadWriter} wrote. Not thread-safe. */
final class PayloadReader {

    private byte[] buf;
    private int at;
    private final TextCache cache;
    private final List<String> texts = new ArrayList<>();
    /** Each text's optional, once asked for; null before. */
    private final List<@Nullable Optional<String>> optionals = new ArrayList<>();
    /** The priorities made so far, by code, up to {@link #PRIORITIES} of them. */
    private final Map<String, Optional<Priority>> priorities = new HashMap<>();
    private static final int PRIORITIES = 64;
    /** Each text's slot in the cache ({@link TextCache#lastSlot}). */
    private int[] slots = new int[16];
    /** The event before's case, time claimed (seconds) and time seen, as {@link EventCodec} reads them. */
    @Nullable CaseId lastCase;
    long lastSecond;
    @Nullable Instant lastSeen;
    /** The seen time made last, kept from payload to payload ({@link #seen}). */
    private @Nullable Instant seenBefore;

    /** A reader to be {@linkplain #reset given} payload after payload, decoding their recurring texts once through {@code cache}. */
    PayloadReader(TextCache cache) {
        this.cache = cache;
        this.buf = new byte[0];
    }

    /** Starts reading {@code payload}, as a new reader would (the text table emptied), keeping the lists' room. */
    PayloadReader reset(byte[] payload) {
        buf = payload;
        at = 0;
        texts.clear();
        optionals.clear();
        lastCase = null;
        lastSecond = 0;
        lastSeen = null;
        return this;
    }

    int varint() {
        return Math.toIntExact(varlong());
    }

    long varlong() {
        long value = 0;
        int shift = 0;
        while (true) {
            if (at >= buf.length) {
                throw new IllegalArgumentException("A derived ticket's payload ends inside a number at byte " + at);
            }
            byte b = buf[at++];
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
            shift += 7;
        }
    }

    /** A count of items that take at least a byte each: no more than the bytes left (an edited count allocates nothing). */
    int count() {
        int count = varint();
        if (count < 0 || count > buf.length - at) {
            throw new IllegalArgumentException("A derived ticket's payload counts " + count + " items at byte " + at + " but only "
                    + (buf.length - at) + " bytes are left");
        }
        return count;
    }

    long signed() {
        long v = varlong();
        return (v >>> 1) ^ -(v & 1);
    }

    String text() {
        return texts.get(textIndex());
    }

    /** A text, as an optional made once for each text of the payload (events of a ticket repeat theirs), or kept by the cache. */
    Optional<String> presentText() {
        int index = textIndex();
        Optional<String> present = optionals.get(index);
        if (present == null) {
            present = cache.present(texts.get(index), slots[index]);
            optionals.set(index, present);
        }
        return present;
    }

    /** The index in the table of the text read next, reading it into the table when new. */
    private int textIndex() {
        int index = varint();
        if (index > 0) {
            if (index > texts.size()) {
                throw new IllegalArgumentException("A derived ticket's payload refers to text " + index + " of " + texts.size() + " at byte " + at);
            }
            return index - 1;
        }
        int length = varint();
        if (length > buf.length - at) {
            throw new IllegalArgumentException("A derived ticket's payload holds a text of " + length + " bytes at byte " + at
                    + " but only " + (buf.length - at) + " are left");
        }
        String text = cache.text(buf, at, length);
        at += length;
        int added = texts.size();
        if (added == slots.length) {
            slots = java.util.Arrays.copyOf(slots, added * 2);
        }
        slots[added] = cache.lastSlot();
        texts.add(text);
        optionals.add(null);
        return added;
    }

    /**
     * A priority by its code, read as a text: one optional for each code while the reader reads (a tenant has a few
     * priorities and every ticket one).
     */
    Optional<Priority> priority() {
        String code = text();
        Optional<Priority> known = priorities.get(code);
        if (known == null) {
            known = Optional.of(new Priority(code));
            if (priorities.size() < PRIORITIES) {
                priorities.put(code, known);
            }
        }
        return known;
    }

    /**
     * A seen time: the one made last when it is the same (the tickets of one look share it, payload after payload),
     * else a new one.
     */
    Instant seen(long second, int nano) {
        Instant before = seenBefore;
        if (before != null && before.getEpochSecond() == second && before.getNano() == nano) {
            return before;
        }
        Instant seen = Instant.ofEpochSecond(second, nano);
        seenBefore = seen;
        return seen;
    }

    Optional<String> optionalText() {
        return varint() == 1 ? presentText() : Optional.empty();
    }

    boolean atEnd() {
        return at == buf.length;
    }
}
