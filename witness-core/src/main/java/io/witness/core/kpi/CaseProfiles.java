package io.witness.core.kpi;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.SideChoice;
import io.witness.core.event.Assigned;
import io.witness.core.event.DetailsRecorded;
import io.witness.core.event.ExternalReference;
import io.witness.core.event.Origin;
import io.witness.core.event.Priority;
import io.witness.core.event.PriorityChanged;
import io.witness.core.event.Side;
import io.witness.core.event.SupportTier;
import io.witness.core.event.TicketDetails;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import io.witness.core.reconcile.Case;
import io.witness.core.reconcile.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a case and its clocks into a {@link CaseProfile} per timeline, by the rules of docs/kpis.md
 * ("A case on each timeline"). A side's timeline reads only that side's ticket; the witnessed timeline
 * reads both (a case only one side recorded is read from that side's ticket and clocks alone). Events
 * claimed after {@code now} are not yet known. Stateless and thread-safe.
 */
public final class CaseProfiles {

    private CaseProfiles() {
    }

    /**
     * The case's profiles on each of the options' timelines that it has (a side's timeline only when that
     * side recorded it), in the options' order.
     *
     * @param kase the case, not null
     * @param clocks its clocks on every timeline, as the engine computed them, not null
     */
    public static List<CaseProfile> of(Case kase, List<ClockResult> clocks, KpiOptions options) {
        List<CaseProfile> profiles = new ArrayList<>(options.timelines().size());
        for (Side timeline : options.timelines()) {
            of(kase, clocks, timeline, options.rulesFor(kase.provider()), options.now()).ifPresent(profiles::add);
        }
        return profiles;
    }

    /**
     * The case's profile on one timeline; empty when that side did not record it, or it opened after {@code now}.
     *
     * @param kase the case, not null
     * @param clocks its clocks on every timeline (those of other timelines are ignored), not null
     * @param timeline CLIENT, PROVIDER or WITNESS
     * @param rules the provider's rules, not null
     * @param now the instant the KPIs are computed as of, not null
     */
    public static Optional<CaseProfile> of(Case kase, List<ClockResult> clocks, Side timeline, ProviderRules rules,
            Instant now) {
        Objects.requireNonNull(kase, "kase");
        Objects.requireNonNull(rules, "rules");
        long nowMillis = now.toEpochMilli();
        Side read = timeline;
        if (timeline == Side.WITNESS && kase.isOneSided()) {
            read = kase.clientTicket().isPresent() ? Side.CLIENT : Side.PROVIDER;
        } else if (timeline != Side.WITNESS && kase.ticket(timeline).isEmpty()) {
            return Optional.empty();
        }
        long openedAt = read == Side.WITNESS ? kase.openedAt().toEpochMilli()
                : kase.ticket(read).orElseThrow().openedAt().toEpochMilli();
        if (openedAt > nowMillis) {
            return Optional.empty();
        }
        List<TicketEvent> events = kase.events(read);
        SideChoice resolvers = read == Side.WITNESS ? rules.resolvedBy() : SideChoice.EITHER;
        Lifecycle life = Lifecycle.replay(events, openedAt, nowMillis, resolvers, rules.statuses());
        long assignedUntil = life.resolvedAt != CaseProfile.NONE ? life.resolvedAt : nowMillis;
        List<ClockFact> facts = new ArrayList<>();
        for (ClockResult clock : clocks) {
            if (clock.side() == read) {
                facts.add(ClockFact.of(clock));
            }
        }
        return Optional.of(new CaseProfile(kase.id(), kase.provider(), timeline, openedAt, life.spells, life.outcome,
                life.resolvedAt, life.reopens, assignments(assignmentEvents(kase, read, nowMillis), assignedUntil),
                priority(kase, read, nowMillis), details(kase, read, nowMillis), facts));
    }

    /** The witnessed timeline reads the provider's assignments when it recorded any: its PSA knows its own tiers. */
    private static List<Assigned> assignmentEvents(Case kase, Side read, long now) {
        if (read != Side.WITNESS) {
            return assigned(kase.events(read), now);
        }
        List<Assigned> provider = assigned(kase.events(Side.PROVIDER), now);
        return provider.isEmpty() ? assigned(kase.events(Side.CLIENT), now) : provider;
    }

    private static List<Assigned> assigned(List<TicketEvent> events, long now) {
        List<Assigned> found = new ArrayList<>();
        for (TicketEvent event : events) {
            if (event instanceof Assigned assigned && event.at().toEpochMilli() <= now) {
                found.add(assigned);
            }
        }
        return found;
    }

    static CaseProfile.Assignments assignments(List<Assigned> assignments, long until) {
        if (assignments.isEmpty()) {
            return CaseProfile.Assignments.NONE;
        }
        boolean reassigned = false;
        boolean escalated = false;
        int highest = 0;
        long tier2At = CaseProfile.NONE;
        long tier3At = CaseProfile.NONE;
        String group = null;
        for (Assigned assigned : assignments) {
            long at = assigned.at().toEpochMilli();
            int tier = assigned.tier().map(SupportTier::level).orElse(0);
            if (tier >= 2 && tier2At == CaseProfile.NONE) {
                tier2At = at;
            }
            if (tier >= 3 && tier3At == CaseProfile.NONE) {
                tier3At = at;
            }
            if (at > until) {
                continue;
            }
            if (group != null) {
                reassigned |= !group.equals(assigned.group().trim());
                escalated |= tier >= 2 && tier > highest;
            }
            highest = Math.max(highest, tier);
            group = assigned.group().trim();
        }
        return new CaseProfile.Assignments(reassigned, escalated, highest, tier2At, tier3At);
    }

    /** The priority as last recorded: on the witnessed timeline the client's record's, else the provider's. */
    private static Optional<Priority> priority(Case kase, Side read, long now) {
        if (read != Side.WITNESS) {
            return lastPriority(kase.events(read), now);
        }
        return lastPriority(kase.events(Side.CLIENT), now).or(() -> lastPriority(kase.events(Side.PROVIDER), now));
    }

    private static Optional<Priority> lastPriority(List<TicketEvent> events, long now) {
        Optional<Priority> last = Optional.empty();
        for (TicketEvent event : events) {
            if (event.at().toEpochMilli() > now) {
                continue;
            }
            if (event instanceof TicketOpened opened && opened.priority().isPresent()) {
                last = opened.priority();
            } else if (event instanceof PriorityChanged changed) {
                last = Optional.of(changed.priority());
            }
        }
        return last;
    }

    /**
     * The details: each field as the client's record last says it, else the provider's; the origin is
     * monitoring when either record says so (the provider's tools see what users never report).
     */
    private static TicketDetails details(Case kase, Side read, long now) {
        if (read != Side.WITNESS) {
            return folded(kase.ticket(read).orElseThrow(), now);
        }
        TicketDetails client = folded(kase.clientTicket().orElseThrow(), now);
        TicketDetails provider = folded(kase.providerTicket().orElseThrow(), now);
        Optional<Origin> origin = client.origin().filter(o -> o == Origin.MONITORING)
                .or(provider::origin).or(client::origin);
        Set<ExternalReference> references = new LinkedHashSet<>(client.references());
        references.addAll(provider.references());
        return new TicketDetails(client.title().or(provider::title), client.requester().or(provider::requester),
                client.category().or(provider::category), client.subcategory().or(provider::subcategory),
                client.configurationItem().or(provider::configurationItem), client.channel().or(provider::channel),
                origin, List.copyOf(references));
    }

    private static TicketDetails folded(Ticket ticket, long now) {
        TicketDetails folded = TicketDetails.none();
        Set<ExternalReference> references = new LinkedHashSet<>();
        for (TicketEvent event : ticket.events()) {
            if (event instanceof DetailsRecorded recorded && event.at().toEpochMilli() <= now) {
                TicketDetails d = recorded.details();
                folded = new TicketDetails(d.title().or(folded::title), d.requester().or(folded::requester),
                        d.category().or(folded::category), d.subcategory().or(folded::subcategory),
                        d.configurationItem().or(folded::configurationItem), d.channel().or(folded::channel),
                        d.origin().or(folded::origin), List.of());
                references.addAll(d.references());
            }
        }
        return new TicketDetails(folded.title(), folded.requester(), folded.category(), folded.subcategory(),
                folded.configurationItem(), folded.channel(), folded.origin(), List.copyOf(references));
    }
}
