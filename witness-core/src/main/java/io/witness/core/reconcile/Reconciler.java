package io.witness.core.reconcile;

import io.witness.core.clock.ClockEngine;
import io.witness.core.clock.ClockResult;
import io.witness.core.clock.StatusClassifier;
import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractVersion;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import io.witness.core.finding.Finding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reconciles cases under a contract (docs/reconcile.md): each case's clocks on the client's record, the
 * provider's record and the witnessed timeline, under the terms in force on the case's opening date and
 * the clocks of the case's provider; the differences between the two records in words and minutes; and
 * the findings. Pure: no I/O; {@code now} is passed in.
 *
 * <p>Immutable and thread-safe: one reconciler serves any number of cases and threads.
 */
public final class Reconciler {

    private final Contract contract;
    private final ReconcileRules rules;
    private final ClockEngines engines;
    private final Wording wording;
    private final ClockDifferences explain;
    private final CaseFindings caseFindings;
    private final UnmappedStatuses unmapped;

    public Reconciler(Contract contract, ReconcileRules rules) {
        this.contract = Objects.requireNonNull(contract, "contract");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.engines = new ClockEngines(contract);
        this.wording = new Wording(contract);
        this.explain = new ClockDifferences(wording, rules.disagreementAtLeast());
        this.caseFindings = new CaseFindings(wording, rules.disagreementAtLeast());
        this.unmapped = new UnmappedStatuses(wording);
    }

    public Contract contract() {
        return contract;
    }

    public ReconcileRules rules() {
        return rules;
    }

    /** The clocks of a case three ways, as of {@code now}. */
    public CaseClocks clocks(Case c, Instant now) {
        return clocks(c, terms(c), now);
    }

    /** The contract version in force on a case's opening date and its provider's status classes under it. */
    private record Terms(Instant opened, Optional<ContractVersion> version, StatusClassifier classifier) {
    }

    /** A case's terms, looked up once: its opening, version and status classes are asked for at every step. */
    private Terms terms(Case c) {
        Instant opened = c.openedAt();
        Optional<ContractVersion> version = engines.versionAt(opened);
        return new Terms(opened, version, version.isPresent() ? engines.classifier(version.get(), c.provider())
                : StatusClassifier.byClassName());
    }

    private CaseClocks clocks(Case c, Terms terms, Instant now) {
        Objects.requireNonNull(now, "now");
        Optional<ContractVersion> version = terms.version();
        StatusClassifier classifier = terms.classifier();
        Optional<TicketHistory> client = history(c.clientTicket(), classifier);
        Optional<TicketHistory> provider = history(c.providerTicket(), classifier);
        if (version.isEmpty()) {
            return new CaseClocks(c, version, client, provider, List.of(), List.of(), List.of());
        }
        ClockEngine engine = engines.engine(version.get(), c.provider());
        if (client.isPresent() && provider.isPresent() && asTold(client.get()) && asTold(provider.get())) {
            // Each record told once, nothing backdated (the common case): both tickets' events in one list serve all
            // three timelines (the engine reads each event's side), so the engine reads each event once, not twice.
            List<TicketEvent> events = merged(client.get().current(), provider.get().current());
            return new CaseClocks(c, version, client, provider, engine.compute(c.id(), events, Side.CLIENT, now),
                    engine.compute(c.id(), events, Side.PROVIDER, now), engine.compute(c.id(), events, Side.WITNESS, now));
        }
        List<ClockResult> clientClocks = client.map(h -> engine.compute(c.id(), h.current(), Side.CLIENT, now)).orElse(List.of());
        List<ClockResult> providerClocks = provider.map(h -> engine.compute(c.id(), h.current(), Side.PROVIDER, now))
                .orElse(List.of());
        List<ClockResult> witnessed;
        if (client.isPresent() && provider.isPresent()) {
            List<TicketEvent> merged = new ArrayList<>(client.get().witnessed());
            merged.addAll(provider.get().witnessed());
            merged.sort(BY_TIME);
            witnessed = engine.compute(c.id(), merged, Side.WITNESS, now);
        } else {
            TicketHistory only = client.or(() -> provider).orElseThrow();
            // A ticket told as it is now has the same clocks on its witnessed timeline as on its own record.
            witnessed = asTold(only) ? (only == client.orElse(null) ? clientClocks : providerClocks)
                    : engine.compute(c.id(), only.witnessed(), only.ticket().side(), now);
        }
        return new CaseClocks(c, version, client, provider, clientClocks, providerClocks, witnessed);
    }

    /** A side's ticket history, if it has a ticket (without a capturing lambda a ticket). */
    private Optional<TicketHistory> history(Optional<Ticket> ticket, StatusClassifier classifier) {
        return ticket.isPresent() ? Optional.of(TicketHistory.of(ticket.get(), classifier, rules.seenTolerance()))
                : Optional.empty();
    }

    /**
     * Two tickets' events, each in order of claimed time, in one list in that order; the client's first on a tie (as a
     * stable sort of the client's events followed by the provider's would have them).
     */
    private static List<TicketEvent> merged(List<TicketEvent> client, List<TicketEvent> provider) {
        TicketEvent[] all = new TicketEvent[client.size() + provider.size()];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < client.size() && j < provider.size()) {
            TicketEvent c = client.get(i);
            TicketEvent p = provider.get(j);
            if (p.meta().compareAt(c.meta()) < 0) {
                all[n++] = p;
                j++;
            } else {
                all[n++] = c;
                i++;
            }
        }
        while (i < client.size()) {
            all[n++] = client.get(i++);
        }
        while (j < provider.size()) {
            all[n++] = provider.get(j++);
        }
        return List.of(all);
    }

    /** True when a ticket's record, as told now and as witnessed, is its events as they are: no version, nothing backdated. */
    private static boolean asTold(TicketHistory history) {
        return history.current() == history.ticket().events() && history.witnessed() == history.current();
    }

    private static final Comparator<TicketEvent> BY_TIME = TicketEvent.BY_TIME;

    /** The case's clocks, differences and findings, as of {@code now}. */
    public CaseReport reconcile(Case c, Instant now) {
        return reconcile(c, now, Map.of());
    }

    /**
     * As {@link #reconcile(Case, Instant)}, with the record changes found elsewhere (between exports, by
     * re-deriving a ticket's events as of each import), by ticket label ({@code client INC0010003}).
     */
    public CaseReport reconcile(Case c, Instant now, Map<String, List<RecordChange>> changesFoundElsewhere) {
        Case theCase = withEarlierVersions(c, changesFoundElsewhere);
        Terms terms = terms(theCase);
        CaseClocks clocks = clocks(theCase, terms, now);
        // The differences are found when first read: the audit's later stages read none.
        CaseDifferences differences = new CaseDifferences(this, clocks, now);
        List<Finding> findings = caseFindings.of(clocks, differences);
        if (terms.version().isPresent()) {
            findings.addAll(unmapped.of(clocks, terms.classifier()));
        }
        rewrites(c, clocks.historyOrNull(Side.CLIENT), changesFoundElsewhere, findings);
        rewrites(c, clocks.historyOrNull(Side.PROVIDER), changesFoundElsewhere, findings);
        return new CaseReport(clocks, differences, findings);
    }

    /**
     * The history-rewrite findings of one side's ticket: its own record changes and those found elsewhere that are
     * not versions. Most tickets have neither, and are passed over without a list or a label.
     */
    private void rewrites(Case c, @Nullable TicketHistory h, Map<String, List<RecordChange>> changesFoundElsewhere,
            List<Finding> findings) {
        if (h == null) {
            return;
        }
        List<RecordChange> elsewhere = changesFoundElsewhere.isEmpty() ? List.of()
                : changesFoundElsewhere.getOrDefault(h.ticket().label(), List.of());
        if (h.changes().isEmpty() && h.backdated().isEmpty() && elsewhere.isEmpty()) {
            return;
        }
        List<RecordChange> changes = new ArrayList<>(h.changes());
        for (RecordChange change : elsewhere) {
            if (!isVersion(change)) {
                changes.add(change);
            }
        }
        findings.addAll(new RewriteFindings(wording).of(c, h, changes));
    }

    /**
     * The case with the earlier version of each record a re-export told otherwise put back beside the later
     * one, so the ticket's history counts both as versions of one record: its own timeline the later, the
     * witnessed timeline the first told (docs/reconcile.md, "Versions and the seen-at rule"). Without it
     * the later version alone would look like a new event, backdated.
     */
    private static Case withEarlierVersions(Case c, Map<String, List<RecordChange>> elsewhere) {
        if (elsewhere.isEmpty()) {
            return c;
        }
        Optional<Ticket> client = c.clientTicket().map(t -> withEarlierVersions(t, elsewhere.getOrDefault(t.label(), List.of())));
        Optional<Ticket> provider = c.providerTicket().map(t -> withEarlierVersions(t, elsewhere.getOrDefault(t.label(), List.of())));
        return new Case(c.id(), c.provider(), client, provider, c.match());
    }

    private static Ticket withEarlierVersions(Ticket ticket, List<RecordChange> changes) {
        List<TicketEvent> events = new ArrayList<>(ticket.events());
        boolean added = false;
        for (RecordChange change : changes) {
            TicketEvent before = change.before();
            if (isVersion(change) && before.caseId().equals(ticket.id()) && before.side() == ticket.side()
                    && !events.contains(before)) {
                events.add(before);
                added = true;
            }
        }
        return added ? new Ticket(ticket.id(), ticket.side(), ticket.party(), events, ticket.observations()) : ticket;
    }

    /** A change between two versions of one record: the same type and source id. */
    private static boolean isVersion(RecordChange change) {
        return change.before().type() == change.after().type() && change.before().meta().sourceId().isPresent()
                && change.before().meta().sourceId().equals(change.after().meta().sourceId());
    }

    /**
     * The differences between a case's two records, clock by clock, then the stretches they disagree on: as figures,
     * made into {@link Difference}s by {@link #differences(CaseClocks, Instant, long[], Object[])}.
     */
    DifferenceFigures differences(CaseClocks clocks, Instant now) {
        Case c = clocks.theCase();
        DifferenceFigures figures = new DifferenceFigures();
        if (c.isOneSided()) {
            return figures;
        }
        Terms terms = terms(c);
        // Each clock of the client's record with the provider's clock of the same name and cycle, as CaseClocks.eachPair.
        List<ClockResult> client = clocks.clientClocks();
        List<ClockResult> provider = clocks.providerClocks();
        for (int i = 0; i < client.size(); i++) {
            ClockResult one = client.get(i);
            for (int j = 0; j < provider.size(); j++) {
                ClockResult other = provider.get(j);
                if (other.cycle() == one.cycle() && other.clock().equals(one.clock())) {
                    explain.of(one, other, i, j, now, figures);
                }
            }
        }
        StatusStretches.of(Objects.requireNonNull(clocks.historyOrNull(Side.CLIENT)).current(),
                Objects.requireNonNull(clocks.historyOrNull(Side.PROVIDER)).current(),
                terms.classifier(), rules.disagreementAtLeast(), figures);
        return figures;
    }

    /**
     * The differences {@link #differences(CaseClocks, Instant)} found, as {@code kept} and {@code stretches} keep them;
     * the differences of one clock share the means to write their sentences.
     */
    List<Difference> differences(CaseClocks clocks, Instant now, long[] kept, Object[] stretches) {
        int count = DifferenceFigures.count(kept);
        int stretchCount = DifferenceFigures.stretchCount(stretches);
        if (count == 0 && stretchCount == 0) {
            return List.of();
        }
        Case c = clocks.theCase();
        Difference[] all = new Difference[count + stretchCount];
        Difference.Words words = null;
        long pair = -1;
        for (int i = 0; i < count; i++) {
            ClockResult client = clocks.clientClocks().get(DifferenceFigures.client(kept, i));
            ClockResult provider = clocks.providerClocks().get(DifferenceFigures.provider(kept, i));
            long thisPair = (long) DifferenceFigures.client(kept, i) << 32 | DifferenceFigures.provider(kept, i);
            if (thisPair != pair) {
                words = explain.words(client, provider, c.provider(), c.openedAt(), now);
                pair = thisPair;
            }
            all[i] = new Difference(client.clock(), client.cycle(), DifferenceFigures.aspect(kept, i),
                    DifferenceFigures.amount(kept, i), words);
        }
        for (int i = 0; i < stretchCount; i++) {
            all[count + i] = DifferenceFigures.stretch(stretches, i, wording, c.provider());
        }
        return List.of(all);
    }
}
