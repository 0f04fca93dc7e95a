package io.witness.core.kpi;

import io.witness.core.contract.PartyId;
import io.witness.core.event.Assigned;
import io.witness.core.event.CaseId;
import io.witness.core.event.Closed;
import io.witness.core.event.DetailsRecorded;
import io.witness.core.event.EventMeta;
import io.witness.core.event.Origin;
import io.witness.core.event.Priority;
import io.witness.core.event.PriorityChanged;
import io.witness.core.event.PublicReply;
import io.witness.core.event.Reopened;
import io.witness.core.event.Resolved;
import io.witness.core.event.Side;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.SupportTier;
import io.witness.core.event.TicketDetails;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import io.witness.core.reconcile.Case;
import io.witness.core.reconcile.Match;
import io.witness.core.reconcile.MatchMethod;
import io.witness.core.reconcile.Ticket;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One case told by both sides (or one), written as the tests read it: times are New York wall times of
 * 2026 ({@code "01-05 09:00"}), and both sides' tickets share the case's id.
 */
public final class Story {

    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    public static final PartyId NORTHWIND = new PartyId("northwind");
    public static final PartyId ACME = new PartyId("acme");

    private final CaseId id;
    private final List<TicketEvent> client = new ArrayList<>();
    private final List<TicketEvent> provider = new ArrayList<>();

    private Story(String id) {
        this.id = new CaseId(id);
    }

    public static Story of(String id) {
        return new Story(id);
    }

    /** A New York wall time of 2026, {@code "01-05 09:00"}, as an instant. */
    public static Instant at(String when) {
        return LocalDateTime.parse("2026-" + when.replace(' ', 'T')).atZone(NEW_YORK).toInstant();
    }

    public Story opened(Side side, String when, String priority) {
        return add(side, new TicketOpened(meta(side, when), Optional.of(new Priority(priority)), Optional.of("New"),
                Optional.empty()));
    }

    public Story opened(Side side, String when) {
        return add(side, TicketOpened.of(meta(side, when)));
    }

    public Story reply(Side side, String when) {
        return add(side, new PublicReply(meta(side, when)));
    }

    public Story resolved(Side side, String when) {
        return add(side, new Resolved(meta(side, when)));
    }

    public Story closed(Side side, String when) {
        return add(side, new Closed(meta(side, when)));
    }

    public Story reopened(Side side, String when) {
        return add(side, new Reopened(meta(side, when)));
    }

    public Story status(Side side, String when, String status) {
        return add(side, StatusChanged.of(meta(side, when), status));
    }

    public Story priority(Side side, String when, String priority) {
        return add(side, new PriorityChanged(meta(side, when), new Priority(priority)));
    }

    public Story assigned(Side side, String when, String group, int tier) {
        return add(side, new Assigned(meta(side, when), group, tier == 0 ? Optional.empty() : Optional.of(new SupportTier(tier))));
    }

    /** What the ticket is about: a category, a configuration item (or null) and an origin (or null). */
    public Story details(Side side, String when, String category, String ci, Origin origin) {
        return details(side, when, new TicketDetails(Optional.empty(), Optional.empty(), Optional.ofNullable(category),
                Optional.empty(), Optional.ofNullable(ci), Optional.empty(), Optional.ofNullable(origin), List.of()));
    }

    public Story details(Side side, String when, TicketDetails details) {
        return add(side, new DetailsRecorded(meta(side, when), details));
    }

    /** The case: paired by the same id when both sides told it, else one-sided. */
    public Case kase() {
        Optional<Ticket> c = client.isEmpty() ? Optional.empty() : Optional.of(Ticket.of(id, Side.CLIENT, ACME, client));
        Optional<Ticket> p = provider.isEmpty() ? Optional.empty()
                : Optional.of(Ticket.of(id, Side.PROVIDER, NORTHWIND, provider));
        if (c.isPresent() && p.isPresent()) {
            return Case.paired(c.get(), p.get(), new Match(MatchMethod.SAME_ID, 1, "both sides use " + id));
        }
        return Case.oneSided(c.or(() -> p).orElseThrow(), NORTHWIND, "only one side told " + id);
    }

    private Story add(Side side, TicketEvent event) {
        (side == Side.CLIENT ? client : provider).add(event);
        return this;
    }

    private EventMeta meta(Side side, String when) {
        return EventMeta.of(id, side, at(when));
    }
}
