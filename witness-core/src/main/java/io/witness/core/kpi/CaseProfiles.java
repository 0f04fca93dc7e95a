package io.witness.core.kpi;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.SideChoice;
import io.witness.core.clock.StatusClassifier;
import io.witness.core.event.Assigned;
import io.witness.core.event.Priority;
import io.witness.core.event.Side;
import io.witness.core.event.SupportTier;
import io.witness.core.event.TicketDetails;
import io.witness.core.event.TicketEvent;
import io.witness.core.reconcile.Case;
import io.witness.core.reconcile.CaseClocks;
import io.witness.core.reconcile.TicketHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a case and its clocks into a {@link CaseProfile} per timeline, by the rules of docs/kpis.md
 * ("A case on each timeline"). A side's timeline reads only that side's ticket; the witnessed timeline
 * reads both (a case only one side recorded is read from that side's ticket and clocks alone). Events
 * claimed after {@code now} are not yet known. Stateless and thread-safe.
 */
public final class CaseProfiles {

    private static final Comparator<TicketEvent> BY_TIME = (a, b) -> a.meta().compareAt(b.meta());

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
        List<TicketEvent> client = current(clocks, kase, Side.CLIENT);
        List<TicketEvent> provider = current(clocks, kase, Side.PROVIDER);
        List<CaseProfile> profiles = new ArrayList<>(options.timelines().size());
        Sides sides = new Sides(client, provider, options.now().toEpochMilli());
        List<Side> timelines = options.timelines();
        ProviderRules rules = options.rulesFor(kase.provider());
        for (int i = 0, n = timelines.size(); i < n; i++) {
            CaseProfile profile = profile(kase, sides, clocks.on(timelines.get(i)), timelines.get(i), rules);
            if (profile != null) {
                profiles.add(profile);
            }
        }
        return profiles;
    }

    /** A side's events as its system tells them now: its history's current events, else its ticket's. */
    private static List<TicketEvent> current(CaseClocks clocks, Case kase, Side side) {
        Optional<TicketHistory> history = clocks.history(side);
        return history.isPresent() ? history.get().current() : kase.events(side);
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
        return Optional.ofNullable(profile(kase, new Sides(kase.events(Side.CLIENT), kase.events(Side.PROVIDER),
                now.toEpochMilli()), own, timeline, rules));
    }

    /** The timeline whose records a profile reads: a one-sided case's witnessed profile reads its only side. */
    private static Side read(Case kase, Side timeline) {
        if (timeline == Side.WITNESS && kase.isOneSided()) {
            return kase.clientTicket().isPresent() ? Side.CLIENT : Side.PROVIDER;
        }
        return timeline;
    }

    /** A case's two sides' events, each side's facts read once and the merged timeline built once, when needed. */
    private static final class Sides {
        private final List<TicketEvent> client;
        private final List<TicketEvent> provider;
        private final long now;
        private SideFacts clientFacts;
        private SideFacts providerFacts;
        /** One lifecycle for the case's timelines, replayed one after another. */
        final Lifecycle lifecycle = new Lifecycle();

        Sides(List<TicketEvent> client, List<TicketEvent> provider, long now) {
            this.client = client;
            this.provider = provider;
            this.now = now;
        }

        SideFacts client() {
            if (clientFacts == null) {
                clientFacts = SideFacts.of(client, now);
            }
            return clientFacts;
        }

        SideFacts provider() {
            if (providerFacts == null) {
                providerFacts = SideFacts.of(provider, now);
            }
            return providerFacts;
        }
    }

    /** The case's profile on one timeline, or null (as {@link #of(Case, List, Side, ProviderRules, Instant)}). */
    private static @Nullable CaseProfile profile(Case kase, Sides sides, List<ClockResult> clocks, Side timeline,
            ProviderRules rules) {
        Objects.requireNonNull(rules, "rules");
        long now = sides.now;
        Side read = read(kase, timeline);
        if (read != Side.WITNESS && kase.ticket(read).isEmpty()) {
            return null;
        }
        if (read == Side.CLIENT ? sides.client.isEmpty() : read == Side.PROVIDER ? sides.provider.isEmpty()
                : sides.client.isEmpty() && sides.provider.isEmpty()) {
            return null;
        }
        SideFacts client = read == Side.PROVIDER ? SideFacts.NONE : sides.client();
        SideFacts provider = read == Side.CLIENT ? SideFacts.NONE : sides.provider();
        long openedAt = Math.min(client.openedAt, provider.openedAt);
        if (openedAt > now) {
            return null;
        }
        SideChoice resolvers = read == Side.WITNESS ? rules.resolvedBy() : SideChoice.EITHER;
        Lifecycle life = switch (read) {
            case CLIENT -> sides.lifecycle.replay(sides.client, openedAt, now, resolvers, rules.statuses());
            case PROVIDER -> sides.lifecycle.replay(sides.provider, openedAt, now, resolvers, rules.statuses());
            case WITNESS -> witnessed(sides, openedAt, now, resolvers, rules.statuses());
        };
        long assignedUntil = life.resolvedAt != CaseProfile.NONE ? life.resolvedAt : now;
        // The witnessed timeline reads the provider's assignments when it recorded any: its PSA knows its tiers.
        SideFacts assignedBy = provider.assigned ? provider : client;
        // Priority and details: the client's record's first, the provider's where it says nothing.
        Priority priority = client.priority != null ? client.priority : provider.priority;
        TicketDetails details = read == Side.PROVIDER ? provider.details : client.details;
        TicketDetails providerDetails = read == Side.WITNESS ? provider.details : null;
        return CaseProfile.owning(life.spells, life.size, kase.id(), kase.provider(), timeline, openedAt, life.outcome,
                life.resolvedAt, life.reopens, assignments(assignedBy.events, assignedUntil, now), priority, details,
                providerDetails, clocks);
    }

    /**
     * The witnessed timeline's life: both sides' events by time, the client's first on a tie, replayed in one pass
     * when each side's events are in time order (as they are), else sorted (stably, so the same order either way).
     */
    private static Lifecycle witnessed(Sides sides, long openedAt, long now, SideChoice resolvers,
            StatusClassifier statuses) {
        Lifecycle life = sides.lifecycle.replayMerged(sides.client, sides.provider, openedAt, now, resolvers, statuses);
        return life != null ? life
                : sides.lifecycle.replay(sortedByTime(sides.client, sides.provider), openedAt, now, resolvers, statuses);
    }

    private static List<TicketEvent> sortedByTime(List<TicketEvent> client, List<TicketEvent> provider) {
        List<TicketEvent> all = new ArrayList<>(client.size() + provider.size());
        all.addAll(client);
        all.addAll(provider);
        all.sort(BY_TIME);
        return all;
    }

    /** The assignments among a side's events claimed up to {@code now}, as far as they count until {@code until}. */
    static CaseProfile.Assignments assignments(List<TicketEvent> events, long until, long now) {
        boolean any = false;
        boolean reassigned = false;
        boolean escalated = false;
        int highest = 0;
        long tier2At = CaseProfile.NONE;
        long tier3At = CaseProfile.NONE;
        String group = null;
        for (int i = 0, n = events.size(); i < n; i++) {
            if (!(events.get(i) instanceof Assigned assigned)) {
                continue;
            }
            long at = assigned.meta().atMillis();
            if (at > now) {
                continue;
            }
            any = true;
            Optional<SupportTier> assignedTier = assigned.tier();
            int tier = assignedTier.isPresent() ? assignedTier.get().level() : 0;
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
        return any ? new CaseProfile.Assignments(reassigned, escalated, highest, tier2At, tier3At)
                : CaseProfile.Assignments.NONE;
    }
}
