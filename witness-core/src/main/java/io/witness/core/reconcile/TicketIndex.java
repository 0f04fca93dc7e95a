package io.witness.core.reconcile;

import org.jspecify.annotations.Nullable;

/**
 * One side's tickets by id as correlation compares ids: trimmed and in lower case ({@link TicketFacts#key}). An
 * open-addressing table that hashes and compares an ASCII id in place, so neither a ticket nor a reference looked
 * up costs a lower-case copy of its id or a map entry (an id with other characters is compared by its key, made
 * when needed). Filled on one thread, then only read (safe on every core).
 */
final class TicketIndex {

    private final TicketFacts[] slots;
    /** Each slot's hash: a probe compares it before it reads the ticket and its id, far apart in memory. */
    private final int[] hashes;
    private final int mask;
    private int size;

    /** An index with room for {@code expected} tickets. */
    TicketIndex(int expected) {
        int size = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        this.slots = new TicketFacts[size];
        this.hashes = new int[size];
        this.mask = size - 1;
    }

    /** Adds the ticket; gives the ticket already there with the same key instead (and adds nothing). */
    @Nullable TicketFacts putIfAbsent(TicketFacts ticket) {
        int hash = hash(ticket.id);
        int at = hash & mask;
        while (slots[at] != null) {
            if (hashes[at] == hash && sameKey(slots[at].id, ticket.id)) {
                return slots[at];
            }
            at = (at + 1) & mask;
        }
        if (++size > slots.length / 2) {
            throw new IllegalStateException("The index was made for " + slots.length / 4 + " tickets or fewer, got more");
        }
        slots[at] = ticket;
        hashes[at] = hash;
        return null;
    }

    /** The ticket whose key is {@code id}'s, or null. */
    @Nullable TicketFacts get(String id) {
        int hash = hash(id);
        int at = hash & mask;
        TicketFacts ticket;
        while ((ticket = slots[at]) != null) {
            if (hashes[at] == hash && sameKey(ticket.id, id)) {
                return ticket;
            }
            at = (at + 1) & mask;
        }
        return null;
    }

    /** {@code TicketFacts.key(id).hashCode()}, spread; without the key's copy when the id is ASCII. */
    static int hash(String id) {
        int start = start(id);
        int end = end(id, start);
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = id.charAt(i);
            if (c >= 0x80) {
                h = TicketFacts.key(id).hashCode();
                break;
            }
            h = 31 * h + lower(c);
        }
        return h ^ (h >>> 16);
    }

    /** {@code TicketFacts.key(a).equals(TicketFacts.key(b))}; without the keys' copies when both are ASCII. */
    static boolean sameKey(String a, String b) {
        int aStart = start(a);
        int bStart = start(b);
        int length = end(a, aStart) - aStart;
        if (length != end(b, bStart) - bStart) {
            return !ascii(a) || !ascii(b) ? TicketFacts.key(a).equals(TicketFacts.key(b)) : false;
        }
        for (int i = 0; i < length; i++) {
            char x = a.charAt(aStart + i);
            char y = b.charAt(bStart + i);
            if (x >= 0x80 || y >= 0x80) {
                return TicketFacts.key(a).equals(TicketFacts.key(b));
            }
            if (lower(x) != lower(y)) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** Where {@link String#trim()} would start. */
    private static int start(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) <= ' ') {
            i++;
        }
        return i;
    }

    /** Where {@link String#trim()} would end, given where it starts. */
    private static int end(String s, int start) {
        int i = s.length();
        while (i > start && s.charAt(i - 1) <= ' ') {
            i--;
        }
        return i;
    }
}
