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
import io.witness.core.reconcile.CaseClocks;
import io.witness.core.reconcile.TicketHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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

    private static final Comparator<TicketEvent> BY_TIME = Comparator.comparing(TicketEvent::at);

    private CaseProfiles() {
    }

    /**
     * The case's profiles on each of the options' timelines that it has (a side's timeline only when that
     * side recorded it), in the options' order, from the engine's results for each of the case's timelines.
     *
     * @param kase the case, not null
     * @param clocks its clocks as {@code ClockEngine.compute} gives them for each of {@link Case#timelines()}
     *     (a one-sided case has only its side's clocks, which its witnessed profile reads), not null
     */
    public static List<CaseProfile> of(Case kase, List<ClockResult> clocks, KpiOptions options) {
        List<CaseProfile> profiles = new ArrayList<>(options.timelines().size());
        for (Side timeline : options.timelines()) {
            of(kase, clocks, timeline, options.rulesFor(kase.provider()), options.now()).ifPresent(profiles::add);
        }
        return profiles;
    }

    /**
     * The case's profiles from reconciliation's clocks: each timeline's clocks as {@link CaseClocks#on}
     * gives them, and each side's events as its system tells them now (the last version of each record).
     */
    public static List<CaseProfile> of(CaseClocks clocks, KpiOptions options) {
        Case kase = clocks.theCase();
        List<TicketEvent> client = clocks.history(Side.CLIENT).map(TicketHistory::current).orElse(kase.events(Side.CLIENT));
        List<TicketEvent> provider = clocks.history(Side.PROVIDER).map(TicketHistory::current)
                .orElse(kase.events(Side.PROVIDER));
        List<CaseProfile> profiles = new ArrayList<>(options.timelines().size());
        for (Side timeline : options.timelines()) {
            profile(kase, client, provider, clocks.on(timeline), timeline, options.rulesFor(kase.provider()),
                    options.now().toEpochMilli()).ifPresent(profiles::add);
        }
        return profiles;
    }

    /**
     * The case's profile on one timeline; empty when that side did not record it, or it opened after {@code now}.
     *
     * @param kase the case, not null
     * @param clocks its clocks on each of its timelines, as for {@link #of(Case, List, KpiOptions)}, not null
     * @param timeline CLIENT, PROVIDER or WITNESS
     * @param rules the provider's rules, not null
     * @param now the instant the KPIs are computed as of, not null
     */
    public static Optional<CaseProfile> of(Case kase, List<ClockResult> clocks, Side timeline, ProviderRules rules,
            Instant now) {
        Objects.requireNonNull(kase, "kase");
        Side read = read(kase, timeline);
        List<ClockResult> own = new ArrayList<>();
        for (ClockResult clock : clocks) {
            if (clock.side() == read) {
                own.add(clock);
            }
        }
        return profile(kase, kase.events(Side.CLIENT), kase.events(Side.PROVIDER), own, timeline, rules, now.toEpochMilli());
    }

    /** The timeline whose records a profile reads: a one-sided case's witnessed profile reads its only side. */
    private static Side read(Case kase, Side timeline) {
        if (timeline == Side.WITNESS && kase.isOneSided()) {
            return kase.clientTicket().isPresent() ? Side.CLIENT : Side.PROVIDER;
        }
        return timeline;
    }

    private static Optional<CaseProfile> profile(Case kase, List<TicketEvent> client, List<TicketEvent> provider,
            List<ClockResult> clocks, Side timeline, ProviderRules rules, long now) {
        Objects.requireNonNull(rules, "rules");
        Side read = read(kase, timeline);
        if (read != Side.WITNESS && kase.ticket(read).isEmpty()) {
            return Optional.empty();
        }
        List<TicketEvent> events = switch (read) {
            case CLIENT -> client;
            case PROVIDER -> provider;
            case WITNESS -> merged(client, provider);
        };
        if (events.isEmpty()) {
            return Optional.empty();
        }
        long openedAt = read == Side.WITNESS ? Math.min(openedAt(client), openedAt(provider)) : openedAt(events);
        if (openedAt > now) {
            return Optional.empty();
        }
        SideChoice resolvers = read == Side.WITNESS ? rules.resolvedBy() : SideChoice.EITHER;
        Lifecycle life = Lifecycle.replay(events, openedAt, now, resolvers, rules.statuses());
        long assignedUntil = life.resolvedAt != CaseProfile.NONE ? life.resolvedAt : now;
        List<Assigned> assignments = read != Side.WITNESS ? assigned(events, now)
                : assigned(provider, now).isEmpty() ? assigned(client, now) : assigned(provider, now);
        Optional<Priority> priority = read != Side.WITNESS ? lastPriority(events, now)
                : lastPriority(client, now).or(() -> lastPriority(provider, now));
        TicketDetails details = read != Side.WITNESS ? folded(events, now) : merged(folded(client, now), folded(provider, now));
        List<ClockFact> facts = new ArrayList<>(clocks.size());
        for (ClockResult clock : clocks) {
            facts.add(ClockFact.of(clock));
        }
        return Optional.of(new CaseProfile(kase.id(), kase.provider(), timeline, openedAt, life.spells, life.outcome,
                life.resolvedAt, life.reopens, assignments(assignments, assignedUntil), priority, details, facts));
    }

    /** When a side's record opened: its first {@code opened} event, else its first event; MAX_VALUE with none. */
    private static long openedAt(List<TicketEvent> events) {
        long first = Long.MAX_VALUE;
        for (TicketEvent event : events) {
            if (event instanceof TicketOpened) {
                return event.at().toEpochMilli();
            }
            first = Math.min(first, event.at().toEpochMilli());
        }
        return first;
    }

    private static List<TicketEvent> merged(List<TicketEvent> client, List<TicketEvent> provider) {
        List<TicketEvent> all = new ArrayList<>(client.size() + provider.size());
        all.addAll(client);
        all.addAll(provider);
        all.sort(BY_TIME);
        return all;
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
     * The witnessed details: each field as the client's record last says it, else the provider's; the
     * origin is monitoring when either record says so (the provider's tools see what users never report).
     */
    private static TicketDetails merged(TicketDetails client, TicketDetails provider) {
        Optional<Origin> origin = client.origin().filter(o -> o == Origin.MONITORING)
                .or(provider::origin).or(client::origin);
        Set<ExternalReference> references = new LinkedHashSet<>(client.references());
        references.addAll(provider.references());
        return new TicketDetails(client.title().or(provider::title), client.requester().or(provider::requester),
                client.category().or(provider::category), client.subcategory().or(provider::subcategory),
                client.configurationItem().or(provider::configurationItem), client.channel().or(provider::channel),
                origin, List.copyOf(references));
    }

    /** A side's details: each field as last recorded (a later event that leaves a field out keeps it). */
    private static TicketDetails folded(List<TicketEvent> events, long now) {
        TicketDetails folded = TicketDetails.none();
        Set<ExternalReference> references = new LinkedHashSet<>();
        for (TicketEvent event : events) {
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
