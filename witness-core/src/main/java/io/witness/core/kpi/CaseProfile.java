package io.witness.core.kpi;

import io.witness.core.contract.PartyId;
import io.witness.core.event.CaseId;
import io.witness.core.event.Origin;
import io.witness.core.event.Priority;
import io.witness.core.event.Side;
import io.witness.core.event.TicketDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the KPIs and patterns need of one case on one timeline, worked out once from its events and
 * clocks ({@link CaseProfiles}): when it opened, when it was open, how it ended, how often it was
 * reopened, how it moved between groups and tiers, its priority and details, and its clocks. Instants
 * are epoch milliseconds; {@link #NONE} marks an absent one. Immutable and thread-safe.
 */
public final class CaseProfile {

    /** An absent instant. */
    public static final long NONE = Long.MIN_VALUE;

    /** How a case stands at the end of its timeline. */
    public enum Outcome {
        /** Not resolved, closed or cancelled (or reopened since). */
        OPEN,
        /** Resolved or closed. */
        RESOLVED,
        /** Cancelled: neither open nor resolved. */
        CANCELLED
    }

    private final CaseId caseId;
    private final PartyId provider;
    private final Side timeline;
    private final long openedAt;
    /** Open spells as pairs [from, to); {@code to} is Long.MAX_VALUE for a spell still open. */
    private final long[] spells;
    private final Outcome outcome;
    private final long resolvedAt;
    private final int reopens;
    private final Assignments assignments;
    private final Optional<Priority> priority;
    private final TicketDetails details;
    private final @Nullable String category;
    private final @Nullable String configurationItem;
    private final @Nullable Origin origin;
    private final @Nullable String title;
    private final List<ClockFact> clocks;

    /**
     * The facts of how a case moved between groups and tiers.
     *
     * @param reassigned it went to a different group before it was resolved
     * @param escalated before it was resolved, a later assignment had a tier of 2 or more, higher than
     *     every tier before it
     * @param highestTier the highest known tier before it was resolved (0: no tier known)
     * @param tier2At its first assignment at tier 2 or more, or {@link CaseProfile#NONE}
     * @param tier3At its first assignment at tier 3 or more, or {@link CaseProfile#NONE}
     */
    public record Assignments(boolean reassigned, boolean escalated, int highestTier, long tier2At, long tier3At) {

        /** No assignment at all. */
        public static final Assignments NONE = new Assignments(false, false, 0, CaseProfile.NONE, CaseProfile.NONE);

        /** @throws IllegalArgumentException if the tier is outside 0 to 9 */
        public Assignments {
            if (highestTier < 0 || highestTier > 9) {
                throw new IllegalArgumentException("A tier is from 1 to 9 (0 when unknown), got " + highestTier);
            }
        }
    }

    /**
     * @param spells open spells as pairs [from, to), in order; the last {@code to} may be Long.MAX_VALUE
     * @throws IllegalArgumentException if the spells are not pairs in order from the opening, or the
     *     outcome disagrees with the last spell or the resolution instant
     */
    public CaseProfile(CaseId caseId, PartyId provider, Side timeline, long openedAt, long[] spells, Outcome outcome,
            long resolvedAt, int reopens, Assignments assignments, Optional<Priority> priority, TicketDetails details,
            List<ClockFact> clocks) {
        this(spells.clone(), caseId, provider, timeline, openedAt, outcome, resolvedAt, reopens, assignments, priority,
                details, clocks);
    }

    /** A profile that keeps {@code spells} itself, which nothing else may hold: for {@link CaseProfiles}. */
    static CaseProfile owning(long[] spells, CaseId caseId, PartyId provider, Side timeline, long openedAt,
            Outcome outcome, long resolvedAt, int reopens, Assignments assignments, Optional<Priority> priority,
            TicketDetails details, List<ClockFact> clocks) {
        return new CaseProfile(spells, caseId, provider, timeline, openedAt, outcome, resolvedAt, reopens, assignments,
                priority, details, clocks);
    }

    private CaseProfile(long[] spells, CaseId caseId, PartyId provider, Side timeline, long openedAt, Outcome outcome,
            long resolvedAt, int reopens, Assignments assignments, Optional<Priority> priority, TicketDetails details,
            List<ClockFact> clocks) {
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.assignments = Objects.requireNonNull(assignments, "assignments");
        this.priority = Objects.requireNonNull(priority, "priority");
        this.details = Objects.requireNonNull(details, "details");
        this.category = key(details.category());
        this.configurationItem = key(details.configurationItem());
        this.origin = details.origin().orElse(null);
        this.title = details.title().orElse(null);
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.clocks = List.copyOf(clocks);
        this.spells = Objects.requireNonNull(spells, "spells");
        if (this.spells.length < 2 || this.spells.length % 2 != 0 || this.spells[0] != openedAt) {
            throw new IllegalArgumentException("Case " + caseId + ": open spells come in pairs from the opening");
        }
        for (int i = 1; i < this.spells.length; i++) {
            if (this.spells[i] < this.spells[i - 1]) {
                throw new IllegalArgumentException("Case " + caseId + ": open spells out of order at " + i);
            }
        }
        boolean openAtEnd = this.spells[this.spells.length - 1] == Long.MAX_VALUE;
        if (openAtEnd != (outcome == Outcome.OPEN) || (resolvedAt != NONE) != (outcome == Outcome.RESOLVED)) {
            throw new IllegalArgumentException("Case " + caseId + ": outcome " + outcome + " disagrees with its spells"
                    + " or its resolution");
        }
        if (reopens != this.spells.length / 2 - 1) {
            throw new IllegalArgumentException("Case " + caseId + ": " + reopens + " reopenings but "
                    + this.spells.length / 2 + " open spells");
        }
        this.openedAt = openedAt;
        this.resolvedAt = resolvedAt;
        this.reopens = reopens;
    }

    public CaseId caseId() {
        return caseId;
    }

    public PartyId provider() {
        return provider;
    }

    /** The timeline it was read on: CLIENT, PROVIDER or WITNESS. */
    public Side timeline() {
        return timeline;
    }

    /** When it opened (epoch milliseconds). */
    public long openedAt() {
        return openedAt;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The start of its last resolution (epoch milliseconds), or {@link #NONE} unless resolved. */
    public long resolvedAt() {
        return resolvedAt;
    }

    /** How many times it was reopened. */
    public int reopens() {
        return reopens;
    }

    public Assignments assignments() {
        return assignments;
    }

    /** Its priority as last recorded. */
    public Optional<Priority> priority() {
        return priority;
    }

    public TicketDetails details() {
        return details;
    }

    /** Its category, trimmed, as KPIs and patterns group it; empty when it has none (or a blank one). */
    public Optional<String> category() {
        return Optional.ofNullable(category);
    }

    /** {@link #category()} or null, without an Optional: for counting a million cases. */
    public @Nullable String categoryOrNull() {
        return category;
    }

    /** Its configuration item, trimmed; empty when it has none (or a blank one). */
    public Optional<String> configurationItem() {
        return Optional.ofNullable(configurationItem);
    }

    /** {@link #configurationItem()} or null, without an Optional. */
    public @Nullable String configurationItemOrNull() {
        return configurationItem;
    }

    /** Who noticed it first, as its details say, or null: read by every case's KPIs without the details. */
    public @Nullable Origin originOrNull() {
        return origin;
    }

    /** Its title as its details say it, or null: read by the patterns without the details. */
    public @Nullable String titleOrNull() {
        return title;
    }

    private static @Nullable String key(Optional<String> field) {
        if (field.isEmpty()) {
            return null;
        }
        String trimmed = field.get().trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Its clocks on this timeline. */
    public List<ClockFact> clocks() {
        return clocks;
    }

    /** Resolved without a reopening, a reassignment or an escalation (docs/kpis.md, "first-time-fix"). */
    public boolean fixedFirstTime() {
        return outcome == Outcome.RESOLVED && reopens == 0 && !assignments.reassigned() && !assignments.escalated();
    }

    /**
     * True when the case was open at the last instant before {@code end}: it opened before {@code end} and
     * an open spell reaches {@code end} (it was resolved, closed or cancelled at or after {@code end}, or not yet).
     */
    public boolean isOpenAtEnd(long end) {
        for (int i = 0; i < spells.length; i += 2) {
            if (spells[i] < end && spells[i + 1] >= end) {
                return true;
            }
        }
        return false;
    }

    /** The end of its last open spell (epoch milliseconds), Long.MAX_VALUE while open: no spell reaches past it. */
    long openUntil() {
        return spells[spells.length - 1];
    }

    /** Its open spells as [from, to) pairs of epoch milliseconds; the last {@code to} is Long.MAX_VALUE while open. */
    public List<long[]> openSpells() {
        List<long[]> pairs = new ArrayList<>(spells.length / 2);
        for (int i = 0; i < spells.length; i += 2) {
            pairs.add(new long[] {spells[i], spells[i + 1]});
        }
        return pairs;
    }

    @Override
    public String toString() {
        return "CaseProfile[" + caseId + " " + timeline.wireName() + ": " + outcome + ", " + reopens + " reopenings]";
    }
}
