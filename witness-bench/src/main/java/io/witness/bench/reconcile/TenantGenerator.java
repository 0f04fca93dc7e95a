package io.witness.bench.reconcile;

import io.witness.core.contract.PartyId;
import io.witness.core.event.Assigned;
import io.witness.core.event.CaseId;
import io.witness.core.event.Closed;
import io.witness.core.event.CommentAdded;
import io.witness.core.event.DetailsRecorded;
import io.witness.core.event.EventMeta;
import io.witness.core.event.ExternalReference;
import io.witness.core.event.Origin;
import io.witness.core.event.Priority;
import io.witness.core.event.PublicReply;
import io.witness.core.event.Reopened;
import io.witness.core.event.Resolved;
import io.witness.core.event.Side;
import io.witness.core.event.SlaClaimed;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.SupportTier;
import io.witness.core.event.TicketDetails;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import io.witness.core.reconcile.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A seeded tenant of the dental-150 kind: for each case the client's ServiceNow ticket {@code INCn} and the
 * provider's PSA ticket {@code Tn}, about ten events each (opened, details, assigned, in progress, reply,
 * often a wait on the caller ended by the requester, resolved, sometimes reopened, mostly closed, the
 * PSA's SLA claim). 90% of the client's tickets store the provider's id; 6% tie only by requester, title and
 * opening; 2% only the client recorded, 2% only the provider. Times over 2026 in New York.
 */
final class TenantGenerator {

    static final PartyId CLIENT = new PartyId("acme-dental");
    static final PartyId PROVIDER = new PartyId("northwind");
    private static final List<Priority> PRIORITIES = List.of(new Priority("P1"), new Priority("P2"), new Priority("P3"),
            new Priority("P4"));
    private static final String[] TITLES = {"Outlook will not open", "Printer jam at front desk", "Dentrix slow at",
        "VPN drops every hour", "New starter account for", "Imaging workstation frozen", "Wi-Fi down at practice",
        "Password reset for", "Phone system echo", "Scanner not detected"};
    private static final long START = Instant.parse("2026-01-01T05:00:00Z").toEpochMilli();
    private static final long YEAR = Duration.ofDays(364).toMillis();
    private static final long MINUTE = 60_000;

    private final SplittableRandom random;

    TenantGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The tickets of {@code cases} cases, both sides, in case order. */
    List<Ticket> tickets(int cases) {
        List<Ticket> tickets = new ArrayList<>(2 * cases);
        for (int n = 1; n <= cases; n++) {
            add(n, tickets);
        }
        return tickets;
    }

    private void add(int n, List<Ticket> tickets) {
        int shape = random.nextInt(100);
        boolean clientOnly = shape < 2;
        boolean providerOnly = shape >= 2 && shape < 4;
        boolean fuzzy = shape >= 4 && shape < 10;
        CaseId client = new CaseId("INC" + n);
        CaseId provider = new CaseId("T" + n);
        Priority priority = PRIORITIES.get(pick());
        long opened = START + random.nextLong(YEAR) / 1000 * 1000;
        String title = TITLES[random.nextInt(TITLES.length)] + " " + n;
        String requester = "Person " + random.nextInt(150);
        List<TicketEvent> c = new ArrayList<>(12);
        List<TicketEvent> p = new ArrayList<>(12);
        long t = opened;
        c.add(new TicketOpened(meta(client, Side.CLIENT, t), Optional.of(priority), Optional.of("New"), Optional.empty()));
        c.add(new DetailsRecorded(meta(client, Side.CLIENT, t), details(title, requester,
                fuzzy || clientOnly ? List.of() : List.of(new ExternalReference("cw-psa", provider.value())))));
        t += gap(2, 40);
        p.add(new TicketOpened(meta(provider, Side.PROVIDER, t), Optional.of(priority), Optional.of("New"), Optional.empty()));
        p.add(new DetailsRecorded(meta(provider, Side.PROVIDER, t), details(title, requester, List.of())));
        t += gap(1, 30);
        p.add(new Assigned(meta(provider, Side.PROVIDER, t), "Service Desk", Optional.of(new SupportTier(1))));
        t += gap(1, 90);
        p.add(StatusChanged.of(meta(provider, Side.PROVIDER, t), "In Progress"));
        c.add(StatusChanged.of(meta(client, Side.CLIENT, t + gap(0, 5)), "In Progress"));
        t += gap(1, 120);
        p.add(new PublicReply(meta(provider, Side.PROVIDER, t)));
        c.add(new PublicReply(meta(client, Side.CLIENT, t + gap(0, 3))));
        if (random.nextInt(100) < 40) {
            t += gap(10, 600);
            p.add(StatusChanged.of(meta(provider, Side.PROVIDER, t), "Waiting Client Response"));
            c.add(StatusChanged.of(meta(client, Side.CLIENT, t + gap(0, 60)), "On Hold - Awaiting Caller"));
            t += gap(30, 2000);
            c.add(CommentAdded.fromRequester(meta(client, Side.CLIENT, t)));
            p.add(StatusChanged.of(meta(provider, Side.PROVIDER, t + gap(1, 30)), "In Progress"));
            c.add(StatusChanged.of(meta(client, Side.CLIENT, t + gap(1, 30)), "In Progress"));
        }
        t += gap(30, 3000);
        p.add(new Resolved(meta(provider, Side.PROVIDER, t)));
        c.add(new Resolved(meta(client, Side.CLIENT, t + gap(0, 10))));
        if (random.nextInt(100) < 10) {
            t += gap(60, 3000);
            c.add(new Reopened(meta(client, Side.CLIENT, t)));
            p.add(new Reopened(meta(provider, Side.PROVIDER, t + gap(1, 30))));
            t += gap(60, 1500);
            p.add(new Resolved(meta(provider, Side.PROVIDER, t)));
            c.add(new Resolved(meta(client, Side.CLIENT, t + gap(0, 10))));
        }
        t += gap(1440, 10080);
        p.add(new Closed(meta(provider, Side.PROVIDER, t)));
        p.add(new SlaClaimed(meta(provider, Side.PROVIDER, t), "SLA Status", random.nextInt(100) < 90 ? "Met" : "Breached"));
        c.add(new Closed(meta(client, Side.CLIENT, t + gap(0, 10))));
        if (!providerOnly) {
            tickets.add(Ticket.of(client, Side.CLIENT, CLIENT, c));
        }
        if (!clientOnly) {
            tickets.add(Ticket.of(provider, Side.PROVIDER, PROVIDER, p));
        }
    }

    private static TicketDetails details(String title, String requester, List<ExternalReference> refs) {
        return new TicketDetails(Optional.of(title), Optional.of(requester), Optional.of("Workstation"), Optional.empty(),
                Optional.empty(), Optional.of("Phone"), Optional.of(Origin.USER), refs);
    }

    private static EventMeta meta(CaseId id, Side side, long millis) {
        return EventMeta.of(id, side, Instant.ofEpochMilli(millis));
    }

    private int pick() {
        int p = random.nextInt(100);
        return p < 8 ? 0 : p < 30 ? 1 : p < 70 ? 2 : 3;
    }

    /** Whole minutes between {@code min} and {@code max}, in milliseconds. */
    private long gap(int min, int max) {
        return (min + random.nextInt(max - min + 1)) * MINUTE;
    }
}
