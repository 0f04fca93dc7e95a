package io.witness.core.kpi;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.ClockState;
import io.witness.core.clock.Metric;
import io.witness.core.contract.PartyId;
import io.witness.core.event.CaseId;
import io.witness.core.event.Origin;
import io.witness.core.event.Priority;
import io.witness.core.event.Side;
import io.witness.core.event.TicketDetails;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** The end of its last open spell; Long.MAX_VALUE while open. */
    private final long openUntil;
    /** Open spells as pairs [from, to) when it has more than one; null for the one [openedAt, openUntil). */
    private final long @Nullable [] spells;
    private final Outcome outcome;
    private final long resolvedAt;
    private final int reopens;
    private final boolean reassigned;
    private final boolean escalated;
    private final byte highestTier;
    private final long tier2At;
    private final long tier3At;
    private final @Nullable Priority priority;
    /** Its details, or on the witnessed timeline of a case both sides recorded, the client's. */
    private final TicketDetails details;
    /** On the witnessed timeline of a case both sides recorded, the provider's details; else null. */
    private final @Nullable TicketDetails providerDetails;
    private final @Nullable String category;
    private final @Nullable String configurationItem;
    private final @Nullable Origin origin;
    /** Its title's key ({@link TitleKey}), worked out with the profile so that the patterns read no title. */
    private final @Nullable String titleKey;
    /** What the KPIs read of its clocks ({@link ProfileClocks}): names, metrics and priorities (shared), and times. */
    private final Object[] clockKeys;
    private final long[] clockTimes;

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
        this(spells, spells.length, caseId, provider, timeline, openedAt, outcome, resolvedAt, reopens,
                assignments, priority.orElse(null), details, null, ProfileClocks.keysOfFacts(clocks),
                ProfileClocks.timesOfFacts(clocks));
    }

    /**
     * A profile of the first {@code spellBounds} of {@code spells} (copied when more than one spell), and the facts of
     * its clocks: for {@link
     * CaseProfiles}. With {@code providerDetails}, {@code details} are the client's and the profile's details are
     * both merged (the witnessed timeline's rule, {@link WitnessedDetails}).
     */
    static CaseProfile owning(long[] spells, int spellBounds, CaseId caseId, PartyId provider, Side timeline, long openedAt,
            Outcome outcome, long resolvedAt, int reopens, Assignments assignments, @Nullable Priority priority,
            TicketDetails details, @Nullable TicketDetails providerDetails, List<ClockResult> clocks) {
        return new CaseProfile(spells, spellBounds, caseId, provider, timeline, openedAt, outcome, resolvedAt, reopens,
                assignments, priority, details, providerDetails, ProfileClocks.keysOf(clocks),
                ProfileClocks.timesOf(clocks));
    }

    private CaseProfile(long[] spells, int spellBounds, CaseId caseId, PartyId provider, Side timeline, long openedAt, Outcome outcome,
            long resolvedAt, int reopens, Assignments assignments, @Nullable Priority priority, TicketDetails details,
            @Nullable TicketDetails providerDetails, Object[] clockKeys, long[] clockTimes) {
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(assignments, "assignments");
        this.reassigned = assignments.reassigned();
        this.escalated = assignments.escalated();
        this.highestTier = (byte) assignments.highestTier();
        this.tier2At = assignments.tier2At();
        this.tier3At = assignments.tier3At();
        this.priority = priority;
        this.details = Objects.requireNonNull(details, "details");
        this.providerDetails = providerDetails;
        this.category = key(WitnessedDetails.either(details.category(), providerDetails, TicketDetails::category));
        this.configurationItem = key(WitnessedDetails.either(details.configurationItem(), providerDetails,
                TicketDetails::configurationItem));
        this.origin = (providerDetails == null ? details.origin() : WitnessedDetails.origin(details, providerDetails))
                .orElse(null);
        String title = WitnessedDetails.either(details.title(), providerDetails, TicketDetails::title).orElse(null);
        this.titleKey = title == null ? null : TitleKey.shared(title);
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.clockKeys = clockKeys;
        this.clockTimes = clockTimes;
        Objects.requireNonNull(spells, "spells");
        int n = spellBounds;
        if (n < 2 || n % 2 != 0 || n > spells.length || spells[0] != openedAt) {
            throw new IllegalArgumentException("Case " + caseId + ": open spells come in pairs from the opening");
        }
        for (int i = 1; i < n; i++) {
            if (spells[i] < spells[i - 1]) {
                throw new IllegalArgumentException("Case " + caseId + ": open spells out of order at " + i);
            }
        }
        boolean openAtEnd = spells[n - 1] == Long.MAX_VALUE;
        if (openAtEnd != (outcome == Outcome.OPEN) || (resolvedAt != NONE) != (outcome == Outcome.RESOLVED)) {
            throw new IllegalArgumentException("Case " + caseId + ": outcome " + outcome + " disagrees with its spells"
                    + " or its resolution");
        }
        if (reopens != n / 2 - 1) {
            throw new IllegalArgumentException("Case " + caseId + ": " + reopens + " reopenings but "
                    + n / 2 + " open spells");
        }
        this.spells = n == 2 ? null : Arrays.copyOf(spells, n);
        this.openUntil = spells[n - 1];
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
        if (!reassigned && !escalated && highestTier == 0 && tier2At == NONE && tier3At == NONE) {
            return Assignments.NONE;
        }
        return new Assignments(reassigned, escalated, highestTier, tier2At, tier3At);
    }

    /** {@link Assignments#highestTier()} without an Assignments: for counting a million cases. */
    public int highestTier() {
        return highestTier;
    }

    /** {@link Assignments#tier2At()} without an Assignments. */
    public long tier2At() {
        return tier2At;
    }

    /** {@link Assignments#tier3At()} without an Assignments. */
    public long tier3At() {
        return tier3At;
    }

    /** Its priority as last recorded. */
    public Optional<Priority> priority() {
        return Optional.ofNullable(priority);
    }

    /** {@link #priority()} or null, without an Optional. */
    public @Nullable Priority priorityOrNull() {
        return priority;
    }

    /** Its details; on the witnessed timeline of a case both sides recorded, both sides' merged when asked. */
    public TicketDetails details() {
        return providerDetails == null ? details : WitnessedDetails.merged(details, providerDetails);
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

    /**
     * Its title as its details say it reduced to what two tellings of the same problem share ({@link TitleKey}:
     * "printer on floor # jammed"), or null when it has none or nothing is left of it; read by the patterns.
     */
    public @Nullable String titleKeyOrNull() {
        return titleKey;
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
        return ProfileClocks.facts(clockKeys, clockTimes);
    }

    // Each of its clocks' facts by the clock's place in clocks(), without a ClockFact: for counting a million cases.

    /** How many clocks it has on this timeline. */
    public int clockCount() {
        return ProfileClocks.size(clockTimes);
    }

    /** {@link ClockFact#clock()} of the {@code i}-th clock. */
    public String clockName(int i) {
        return ProfileClocks.name(clockKeys, i);
    }

    /** {@link ClockFact#metric()} of the {@code i}-th clock. */
    public Metric clockMetric(int i) {
        return ProfileClocks.metric(clockKeys, i);
    }

    /** {@link ClockFact#priority()} of the {@code i}-th clock, or null. */
    public @Nullable Priority clockPriorityOrNull(int i) {
        return ProfileClocks.priority(clockKeys, i);
    }

    /** {@link ClockFact#state()} of the {@code i}-th clock. */
    public ClockState clockState(int i) {
        return ProfileClocks.state(clockTimes, i);
    }

    /** {@link ClockFact#stoppedAt()} of the {@code i}-th clock. */
    public long clockStoppedAt(int i) {
        return ProfileClocks.stoppedAt(clockTimes, i);
    }

    /** {@link ClockFact#elapsedMillis()} of the {@code i}-th clock. */
    public long clockElapsedMillis(int i) {
        return ProfileClocks.elapsedMillis(clockTimes, i);
    }

    /** {@link ClockFact#hasVerdict()} of the {@code i}-th clock. */
    public boolean clockHasVerdict(int i) {
        return ClockFact.hasVerdict(clockState(i));
    }

    /** {@link ClockFact#verdictAt()} of the {@code i}-th clock. */
    public long clockVerdictAt(int i) {
        return ClockFact.verdictAt(clockState(i), clockStoppedAt(i), ProfileClocks.breachedAt(clockTimes, i));
    }

    /** {@link ClockFact#stoppedWithVerdict()} of the {@code i}-th clock. */
    public boolean clockStoppedWithVerdict(int i) {
        return ClockFact.stoppedWithVerdict(clockState(i), clockStoppedAt(i));
    }

    /** Resolved without a reopening, a reassignment or an escalation (docs/kpis.md, "first-time-fix"). */
    public boolean fixedFirstTime() {
        return outcome == Outcome.RESOLVED && reopens == 0 && !reassigned && !escalated;
    }

    /**
     * True when the case was open at the last instant before {@code end}: it opened before {@code end} and
     * an open spell reaches {@code end} (it was resolved, closed or cancelled at or after {@code end}, or not yet).
     */
    public boolean isOpenAtEnd(long end) {
        if (spells == null) {
            return openedAt < end && openUntil >= end;
        }
        for (int i = 0; i < spells.length; i += 2) {
            if (spells[i] < end && spells[i + 1] >= end) {
                return true;
            }
        }
        return false;
    }

    /** The end of its last open spell (epoch milliseconds), Long.MAX_VALUE while open: no spell reaches past it. */
    long openUntil() {
        return openUntil;
    }

    /** Its open spells as [from, to) pairs of epoch milliseconds; the last {@code to} is Long.MAX_VALUE while open. */
    public List<long[]> openSpells() {
        if (spells == null) {
            return List.of(new long[] {openedAt, openUntil});
        }
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
