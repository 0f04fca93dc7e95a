package io.witness.core.reconcile;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.ClockState;
import io.witness.core.contract.ClauseRef;
import io.witness.core.contract.ContractTerms;
import io.witness.core.contract.ContractVersion;
import io.witness.core.contract.PartyId;
import io.witness.core.contract.PriorityLevel;
import io.witness.core.event.Priority;
import io.witness.core.event.Reopened;
import io.witness.core.event.Side;
import io.witness.core.event.SlaClaimed;
import io.witness.core.event.TicketEvent;
import io.witness.core.finding.EvidenceRef;
import io.witness.core.finding.Finding;
import io.witness.core.finding.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The findings of one case's clocks (docs/reconcile.md, "Findings"): {@code sla-breach} for each witnessed
 * clock breached, {@code clock-disagreement} where the sides' records disagree, {@code claim-contradicted}
 * where a source's own SLA field says otherwise than the witnessed clocks, {@code one-sided-case} and
 * {@code incomplete-fix}.
 */
final class CaseFindings {

    private static final java.util.regex.Pattern NOT_AN_ID_CHARACTER = java.util.regex.Pattern.compile("[^a-z0-9]+");

    private final Wording wording;
    private final Duration threshold;

    /** The clauses quoted and providers named so far: a few, shared by millions of findings. */
    private final Map<String, Optional<ClauseRef>> clauses = new ConcurrentHashMap<>();
    private final Map<PartyId, Optional<PartyId>> providers = new ConcurrentHashMap<>();
    /** The claims' fields as read. */
    private final Map<String, ClaimField> claimFields = new ConcurrentHashMap<>();

    CaseFindings(Wording wording, Duration threshold) {
        this.wording = wording;
        this.threshold = threshold;
    }

    /** The findings of a case's clocks, in a new list the caller may add to. */
    List<Finding> of(CaseClocks clocks, CaseDifferences differences) {
        Case c = clocks.theCase();
        List<Finding> findings = new ArrayList<>();
        CaseEvidence evidence = new CaseEvidence(c);
        if (c.isOneSided()) {
            findings.add(oneSided(c, evidence));
        }
        List<ClockResult> witnessed = clocks.witnessedClocks();
        for (int i = 0; i < witnessed.size(); i++) {
            ClockResult result = witnessed.get(i);
            if (result.state() == ClockState.BREACHED) {
                findings.add(breach(c, result, clocks.version().map(ContractVersion::terms), evidence));
            }
        }
        clocks.eachPair((client, provider) -> {
            Finding disagreement = disagreement(c, client, provider, differences, evidence);
            if (disagreement != null) {
                findings.add(disagreement);
            }
        });
        TicketHistory client = clocks.historyOrNull(Side.CLIENT);
        if (client != null) {
            claims(c, Side.CLIENT, client.current(), witnessed, evidence, findings);
        }
        TicketHistory provider = clocks.historyOrNull(Side.PROVIDER);
        if (provider != null) {
            claims(c, Side.PROVIDER, provider.current(), witnessed, evidence, findings);
        }
        Finding reopenings = reopenings(c, clocks, evidence);
        if (reopenings != null) {
            findings.add(reopenings);
        }
        return findings;
    }

    private Finding oneSided(Case c, CaseEvidence evidence) {
        Ticket ticket = c.clientTicket().or(c::providerTicket).orElseThrow();
        boolean clientOnly = ticket.side() == Side.CLIENT;
        return Finding.worded("one-sided-case/" + c.id(), ReconcileFindings.ONE_SIDED_CASE,
                clientOnly ? Severity.HIGH : Severity.LOW,
                () -> clientOnly ? c.id() + ": the provider never recorded the client's ticket"
                        : c.id() + ": the client's records have no ticket for the provider's " + c.id(),
                () -> capitalise(c.match().reason()) + ". The " + ticket.side().wireName() + " opened it "
                        + wording.dated(ticket.openedAt()) + ticket.openingPriority().map(p -> " as " + p).orElse("") + "; "
                        + ticket.events().size() + " events on its record. "
                        + (clientOnly ? "The provider's reports cannot count it; its clocks are counted on the client's record alone."
                                : "Work the client's records do not show (monitoring, or a request made outside the client's"
                                        + " system); its clocks are counted on the provider's record alone."),
                Optional.empty(), provider(c), ticket.openedAt(), evidence.alone(), Optional.empty());
    }

    private Finding breach(Case c, ClockResult result, Optional<ContractTerms> terms, CaseEvidence evidence) {
        // The words are read off the case and the clock when they are written.
        BreachParts parts = new BreachParts(evidence, result, wording);
        return Finding.told(ReconcileFindings.SLA_BREACH, severity(result.priority(), terms), parts, clause(result.section()),
                provider(c), parts.evidence(evidence), Optional.empty());
    }

    private @Nullable Finding disagreement(Case c, ClockResult client, ClockResult provider, CaseDifferences differences,
            CaseEvidence evidence) {
        boolean verdicts = verdict(client) != verdict(provider);
        long apartMillis = Math.abs(client.elapsedMillis() - provider.elapsedMillis());
        if (!verdicts && apartMillis < threshold.toMillis()) {
            return null;
        }
        Severity severity = verdicts ? Severity.HIGH : apartMillis / 60_000 >= 30 ? Severity.MEDIUM : Severity.LOW;
        DisagreementParts parts = new DisagreementParts(evidence, client, provider, differences);
        return Finding.told(ReconcileFindings.CLOCK_DISAGREEMENT, severity, parts, clause(client.section()), provider(c),
                parts.evidence(evidence), Optional.empty());
    }

    /** Adds the claim-contradicted findings of one side's record: its last claim of each SLA field against the clocks. */
    private void claims(Case c, Side side, List<TicketEvent> events, List<ClockResult> witnessed, CaseEvidence evidence,
            List<Finding> findings) {
        // The last claim of each field, in the order each field was first claimed; a case has one or two.
        List<SlaClaimed> last = null;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof SlaClaimed claim) {
                if (last == null) {
                    last = new ArrayList<>(2);
                }
                int same = 0;
                while (same < last.size() && !last.get(same).field().equals(claim.field())) {
                    same++;
                }
                if (same < last.size()) {
                    last.set(same, claim);
                } else {
                    last.add(claim);
                }
            }
        }
        if (last == null) {
            return;
        }
        for (int k = 0; k < last.size(); k++) {
            SlaClaimed claim = last.get(k);
            ClaimField field = claimField(claim.field());
            Boolean saysMet = ClaimReading.saysMet(claim, field.reading());
            if (saysMet == null) {
                continue;
            }
            ClockResult firstBreached = null;
            boolean any = false;
            boolean allMet = true;
            for (int i = 0; i < witnessed.size(); i++) {
                ClockResult r = witnessed.get(i);
                if (field.reading().concerns(r)) {
                    any = true;
                    if (r.state() == ClockState.BREACHED && firstBreached == null) {
                        firstBreached = r;
                    }
                    allMet &= r.state() == ClockState.MET;
                }
            }
            allMet &= any;
            if (saysMet && firstBreached == null || !saysMet && !allMet) {
                continue;
            }
            ClaimParts parts = new ClaimParts(evidence, side, claim, field.idPart(), firstBreached, saysMet, witnessed, wording);
            Severity severity = saysMet ? side == Side.PROVIDER ? Severity.HIGH : Severity.MEDIUM : Severity.LOW;
            findings.add(Finding.told(ReconcileFindings.CLAIM_CONTRADICTED,
                    severity, parts, firstBreached != null ? clause(firstBreached.section()) : Optional.empty(),
                    provider(c), parts.evidence(evidence), Optional.empty()));
        }
    }

    private @Nullable Finding reopenings(Case c, CaseClocks clocks, CaseEvidence evidence) {
        Side side = c.clientTicket().isPresent() ? Side.CLIENT : Side.PROVIDER;
        List<Instant> reopened = null;
        List<TicketEvent> events = Objects.requireNonNull(clocks.historyOrNull(side), "history").current();
        for (int i = 0; i < events.size(); i++) {
            TicketEvent event = events.get(i);
            if (event instanceof Reopened) {
                if (reopened == null) {
                    reopened = new ArrayList<>(2);
                }
                reopened.add(event.at());
            }
        }
        if (reopened == null) {
            return null;
        }
        return Finding.told(ReconcileFindings.INCOMPLETE_FIX,
                reopened.size() > 1 ? Severity.MEDIUM : Severity.LOW, new ReopeningWords(c, side, reopened, wording), Optional.empty(),
                provider(c), evidence.alone(), Optional.empty());
    }

    private static ClockState verdict(ClockResult result) {
        return result.state() == ClockState.BREACHED ? ClockState.BREACHED : ClockState.MET;
    }

    static Severity severity(Optional<Priority> priority, Optional<ContractTerms> terms) {
        if (priority.isEmpty() || terms.isEmpty() || terms.get().priorities().isEmpty()) {
            return Severity.HIGH;
        }
        List<PriorityLevel> levels = terms.get().priorities();
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).code().equals(priority.get())) {
                return i == 0 ? Severity.CRITICAL : i == 1 ? Severity.HIGH : i == 2 ? Severity.MEDIUM : Severity.LOW;
            }
        }
        return Severity.MEDIUM;
    }

    static String id(String kind, Case c, ClockResult result) {
        return kind + "/" + c.id() + "/" + result.clock() + "/" + result.side().wireName() + "/" + result.cycle();
    }

    static EvidenceRef clockRef(Case c, ClockResult result) {
        return new EvidenceRef("clock", c.id() + "/" + result.clock() + "/" + result.side().wireName() + "/" + result.cycle());
    }

    /** The clause a section names, if it names one; one per section, shared by every finding that quotes it. */
    private Optional<ClauseRef> clause(String section) {
        return clauses.computeIfAbsent(section, s -> s.isBlank() ? Optional.empty() : Optional.of(new ClauseRef(s)));
    }

    /** The provider a finding concerns; one per provider, shared by its findings. */
    private Optional<PartyId> provider(Case c) {
        return providers.computeIfAbsent(c.provider(), Optional::of);
    }

    /** A claim's field as read and as part of a finding's id; once a field, as a tenant's claims name a few. */
    private ClaimField claimField(String field) {
        ClaimField known = claimFields.get(field);
        if (known == null) {
            known = new ClaimField(ClaimReading.Field.of(field), idPart(field));
            claimFields.put(field, known);
        }
        return known;
    }

    /** A claim's field as read, and as part of a finding's id. */
    private record ClaimField(ClaimReading.Field reading, String idPart) {
    }

    /** A source's text as part of a finding's id: lower case, each run of other characters one '-'. */
    static String idPart(String text) {
        return NOT_AN_ID_CHARACTER.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
