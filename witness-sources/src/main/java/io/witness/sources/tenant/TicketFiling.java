package io.witness.sources.tenant;

import io.witness.core.contract.PartyId;
import io.witness.core.event.CaseId;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import io.witness.core.reconcile.Ticket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant's tickets filed by side and id as its groups tell them, each side's in order of first telling: a ticket
 * made with its group stays as it is while no other group tells of its id; otherwise the ticket is made at the end
 * from its groups' events and observations in order ({@link #tickets}). Each side's ids are found through a table of
 * their hashes (given, where worked out on the decoding threads), so that filing a ticket reads its id only when
 * another of the same hash is there. One thread.
 */
final class TicketFiling {

    private final Map<Side, SideTickets> sides = new EnumMap<>(Side.class);
    private final int expected;
    private Side lastSide;
    private SideTickets last;

    /** Room for about {@code expected} tickets a side before growing. */
    TicketFiling(int expected) {
        this.expected = Math.max(16, expected);
    }

    /** Files a ticket made with its group; {@code hash} is its id's hash code. */
    void add(Ticket ticket, int hash) {
        SideTickets side = side(ticket.side());
        int slot = side.find(ticket.id(), hash);
        if (slot < 0) {
            side.add(ticket, hash);
        } else {
            // Its events and observations after the ticket's so far: the ticket is made again from them all.
            side.parts(slot).add(ticket.events(), ticket.observations());
        }
    }

    /** Files the events a group tells under {@code id}, with its observations, for a ticket of {@code party}. */
    void add(CaseId id, Side side, PartyId party, List<TicketEvent> events, List<String> observations) {
        SideTickets tickets = side(side);
        int hash = id.hashCode();
        int slot = tickets.find(id, hash);
        if (slot < 0) {
            tickets.add(new TicketParts(id, side, party, events, observations), hash);
        } else {
            tickets.parts(slot).add(events, observations);
        }
    }

    /** The tickets, side by side, each side's in order of first telling; those not made yet made on every core. */
    List<Ticket> tickets() {
        int size = 0;
        for (SideTickets side : sides.values()) {
            size += side.size;
        }
        Object[] slots = new Object[size];
        int at = 0;
        for (SideTickets side : sides.values()) {
            System.arraycopy(side.slots, 0, slots, at, side.size);
            at += side.size;
        }
        return Arrays.stream(slots).parallel().map(TicketFiling::ticket).toList();
    }

    private SideTickets side(Side side) {
        if (side != lastSide) {
            lastSide = side;
            last = sides.get(side);
            if (last == null) {
                last = new SideTickets(expected);
                sides.put(side, last);
            }
        }
        return last;
    }

    private static Ticket ticket(Object slot) {
        if (slot instanceof Ticket made) {
            return made;
        }
        TicketParts parts = (TicketParts) slot;
        return new Ticket(parts.id, parts.side, parts.party, parts.events, parts.observations);
    }

    private static CaseId id(Object slot) {
        return slot instanceof Ticket made ? made.id() : ((TicketParts) slot).id;
    }

    /** One side's tickets in order of first telling (a Ticket or its TicketParts each), and a table of their hashes. */
    private static final class SideTickets {
        Object[] slots;
        int[] hashes;
        int size;
        /** Open addressing, linear probing: a slot's index plus one; 0 where empty. At most half full. */
        int[] table;

        SideTickets(int expected) {
            slots = new Object[expected];
            hashes = new int[expected];
            table = new int[Integer.highestOneBit(expected - 1) << 2];
        }

        /** The slot of {@code id}, or -1. */
        int find(CaseId id, int hash) {
            int mask = table.length - 1;
            for (int i = spread(hash) & mask; table[i] != 0; i = (i + 1) & mask) {
                int slot = table[i] - 1;
                if (hashes[slot] == hash && id(slots[slot]).equals(id)) {
                    return slot;
                }
            }
            return -1;
        }

        void add(Object ticket, int hash) {
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
                hashes = Arrays.copyOf(hashes, size * 2);
            }
            slots[size] = ticket;
            hashes[size] = hash;
            size++;
            if (size * 2 > table.length) {
                table = new int[table.length * 2];
                for (int slot = 0; slot < size; slot++) {
                    place(slot);
                }
            } else {
                place(size - 1);
            }
        }

        /** The parts of the ticket of {@code slot}, taking a ticket made with its group apart. */
        TicketParts parts(int slot) {
            if (slots[slot] instanceof TicketParts parts) {
                return parts;
            }
            Ticket made = (Ticket) slots[slot];
            // A ticket's events are its group's in time order, which the stable sort of them all orders as it would
            // the group's events as told.
            TicketParts parts = new TicketParts(made.id(), made.side(), made.party(), made.events(), made.observations());
            slots[slot] = parts;
            return parts;
        }

        private void place(int slot) {
            int mask = table.length - 1;
            int i = spread(hashes[slot]) & mask;
            while (table[i] != 0) {
                i = (i + 1) & mask;
            }
            table[i] = slot + 1;
        }

        private static int spread(int hash) {
            int h = hash * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }

    /** A ticket's events and observations as its groups tell them: the first group's lists, copied once a second adds to them. */
    private static final class TicketParts {
        final CaseId id;
        final Side side;
        final PartyId party;
        List<TicketEvent> events;
        List<String> observations;
        private boolean own;

        TicketParts(CaseId id, Side side, PartyId party, List<TicketEvent> events, List<String> observations) {
            this.id = id;
            this.side = side;
            this.party = party;
            this.events = events;
            this.observations = observations;
        }

        void add(List<TicketEvent> moreEvents, List<String> moreObservations) {
            if (!own) {
                events = new ArrayList<>(events);
                observations = new ArrayList<>(observations);
                own = true;
            }
            events.addAll(moreEvents);
            observations.addAll(moreObservations);
        }
    }
}
