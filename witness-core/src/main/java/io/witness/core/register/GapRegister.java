package io.witness.core.register;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.Metric;
import io.witness.core.contract.AssetId;
import io.witness.core.contract.BusinessImpact;
import io.witness.core.contract.Contract;
import io.witness.core.contract.Money;
import io.witness.core.event.DetailsRecorded;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import io.witness.core.finding.EvidenceList;
import io.witness.core.finding.EvidenceRef;
import io.witness.core.finding.Finding;
import io.witness.core.reconcile.Case;
import io.witness.core.reconcile.CaseClocks;
import io.witness.core.reconcile.CaseReport;
import io.witness.core.reconcile.Durations;
import io.witness.core.reconcile.ReconcileFindings;
import io.witness.core.reconcile.Ticket;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds the service-gap register (docs/reconcile.md, "The service-gap register") from the cases'
 * reports and the parties' annotations. A finding's category follows its kind; the cost of a breached
 * resolution is its overrun (breach to resolution, or to now, wall-clock hours) × the people affected
 * (the client's impact annotation, else 1) × the loaded hourly cost, plus the revenue per hour of the
 * case's configuration item when the contract names it, plus the client's recovery costs. Pure.
 */
public final class GapRegister {

    private static final BigDecimal MINUTES_AN_HOUR = BigDecimal.valueOf(60);
    private static final Set<Map.Entry<AssetId, Money>> NO_REVENUES = Set.of();

    private final Contract contract;
    private final CaseStory story;
    private final Currency currency;

    public GapRegister(Contract contract) {
        this.contract = Objects.requireNonNull(contract, "contract");
        this.story = new CaseStory(contract.header().zone());
        this.currency = contract.header().currency();
    }

    /** The register entries of one case's findings, annotated, in the findings' order (an unmodifiable list). */
    public List<GapRecord> of(CaseReport report, List<Annotation> annotations, Instant now) {
        Case c = report.theCase();
        List<Finding> findings = report.findings();
        if (findings.isEmpty()) {
            return List.of();
        }
        // What the entries of a case share, made once: its lines (told when first read) and its observations.
        CaseLines lines = new CaseLines(c, story);
        List<String> observations = c.observations();
        Optional<Annotation> impact = Optional.empty();
        for (int i = 0, n = annotations.size(); i < n; i++) {
            Annotation annotation = annotations.get(i);
            if (annotation.isImpact() && annotation.target().equals(c.id().value())) {
                impact = Optional.of(annotation);
            }
        }
        CaseClocks clocks = report.clocks();
        GapRecord[] records = new GapRecord[findings.size()];
        for (int f = 0; f < records.length; f++) {
            Finding finding = findings.get(f);
            ClockResult clock = clockOf(c, clocks, finding);
            Optional<ImpactCost> cost = Optional.empty();
            if (clock != null && clock.metric() == Metric.RESOLUTION && finding.kind().equals(ReconcileFindings.SLA_BREACH)) {
                cost = cost(c, clock, impact, now);
            } else if (finding.kind().equals(ReconcileFindings.ONE_SIDED_CASE)) {
                cost = impact.flatMap(a -> a.recoveryCost()).map(m -> new ImpactCost(m, "recovery costs entered by the client "
                        + m));
            }
            Finding costed = cost.isPresent() ? finding.withCost(Optional.of(cost.get().total())) : finding;
            records[f] = new GapRecord(costed, categoryOf(finding, clock), lines, clock, null, cost, observations,
                    annotationsOf(finding, annotations));
        }
        return records.length == 1 ? List.of(records[0]) : List.of(records);
    }


    /** The register entry of a finding from another area (coverage, obligations), annotated. */
    public GapRecord of(Finding finding, List<Annotation> annotations) {
        return new GapRecord(finding, category(finding, Optional.empty()), List.of(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), finding.cost().map(m -> new ImpactCost(m, "as found")),
                finding.evidence().stream().filter(e -> e.kind().equals("observation")).map(e -> e.id()).toList(),
                annotationsOf(finding, annotations));
    }

    /**
     * The configuration item the ticket's details last record ({@link Ticket#details()}'s), or null; read from its
     * last details event that names one, without folding all its details.
     */
    private static @Nullable String lastConfigurationItem(Ticket ticket) {
        List<TicketEvent> events = ticket.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i) instanceof DetailsRecorded recorded && recorded.details().configurationItem().isPresent()) {
                return recorded.details().configurationItem().get();
            }
        }
        return null;
    }

    static GapCategory category(Finding finding, Optional<ClockResult> clock) {
        return categoryOf(finding, clock.orElse(null));
    }

    private static GapCategory categoryOf(Finding finding, @Nullable ClockResult clock) {
        String kind = finding.kind().code();
        if (kind.equals(ReconcileFindings.SLA_BREACH.code())) {
            return clock != null && (clock.metric() == Metric.PERIODIC_UPDATE || clock.metric() == Metric.NEXT_REPLY)
                    ? GapCategory.POOR_COMMUNICATION : GapCategory.MISSED_SLA;
        }
        if (kind.equals(ReconcileFindings.ONE_SIDED_CASE.code())) {
            return finding.title().contains("never recorded") ? GapCategory.UNDELIVERED_SERVICE : GapCategory.REPORTING_FAILURE;
        }
        if (kind.equals(ReconcileFindings.INCOMPLETE_FIX.code())) {
            return GapCategory.INCOMPLETE_FIX;
        }
        if (kind.startsWith("recurring")) {
            return GapCategory.RECURRING_PROBLEM;
        }
        if (kind.startsWith("business-impact")) {
            return GapCategory.BUSINESS_IMPACT_EVENT;
        }
        if (kind.contains("backup") || kind.contains("restore") || kind.contains("patch") || kind.contains("maintenance")
                || kind.contains("drift") || kind.contains("baseline")) {
            return GapCategory.SKIPPED_MAINTENANCE;
        }
        if (kind.equals(ReconcileFindings.CLOCK_DISAGREEMENT.code()) || kind.equals(ReconcileFindings.CLAIM_CONTRADICTED.code())
                || kind.equals(ReconcileFindings.HISTORY_REWRITE.code()) || kind.equals(ReconcileFindings.UNMAPPED_STATUS.code())
                || kind.contains("report")) {
            return GapCategory.REPORTING_FAILURE;
        }
        return GapCategory.UNDELIVERED_SERVICE;
    }

    private Optional<ImpactCost> cost(Case c, ClockResult clock, Optional<Annotation> impact, Instant now) {
        Optional<BusinessImpact> defaults = contract.termsAt(java.time.LocalDate.ofInstant(c.openedAt(),
                contract.header().zone())).flatMap(t -> t.businessImpact());
        Instant breached = clock.breachedAt().orElseThrow();
        Instant end = clock.stoppedAt().orElse(now);
        long minutes = Math.max(0, Duration.between(breached, end).toMinutes());
        BigDecimal hours = BigDecimal.valueOf(minutes).divide(MINUTES_AN_HOUR, 2, RoundingMode.HALF_UP);
        int people = impact.flatMap(Annotation::peopleAffected).orElse(1);
        boolean clientsFigure = impact.flatMap(Annotation::peopleAffected).isPresent();
        // The figures now; their words (a few String.formats each) when the arithmetic is read.
        BigDecimal total = BigDecimal.ZERO;
        Money rate = null;
        BigDecimal staff = null;
        // The revenues lost, listed only when the item is one the contract names (most breaches name none).
        List<Map.Entry<AssetId, Money>> revenues = List.of();
        List<BigDecimal> losses = List.of();
        if (defaults.isPresent()) {
            rate = defaults.get().hourlyCostPerEmployee();
            staff = rate.amount().multiply(hours).multiply(BigDecimal.valueOf(people)).setScale(digits(), RoundingMode.HALF_UP);
            total = total.add(staff);
            // The item as the client's record last names it, else the provider's; matched in lower case.
            String ci = null;
            if (!defaults.get().revenuePerHour().isEmpty()) {
                ci = c.clientTicket().map(GapRegister::lastConfigurationItem).orElse(null);
                if (ci == null) {
                    ci = c.providerTicket().map(GapRegister::lastConfigurationItem).orElse(null);
                }
                ci = ci == null ? null : ci.trim().toLowerCase(Locale.ROOT);
            }
            for (Map.Entry<AssetId, Money> revenue : ci == null ? NO_REVENUES : defaults.get().revenuePerHour().entrySet()) {
                if (ci.equals(revenue.getKey().value().toLowerCase(Locale.ROOT))) {
                    BigDecimal lost = revenue.getValue().amount().multiply(hours).setScale(digits(), RoundingMode.HALF_UP);
                    total = total.add(lost);
                    if (revenues.isEmpty()) {
                        revenues = new ArrayList<>(1);
                        losses = new ArrayList<>(1);
                    }
                    revenues.add(revenue);
                    losses.add(lost);
                }
            }
        }
        Optional<Money> recovery = impact.flatMap(Annotation::recoveryCost);
        if (recovery.isPresent()) {
            total = total.add(recovery.get().amount());
        }
        if (defaults.isEmpty() && recovery.isEmpty()) {
            return Optional.empty();
        }
        Money sum = money(total);
        Money hourly = rate;
        BigDecimal staffCost = staff;
        List<Map.Entry<AssetId, Money>> lostRevenues = revenues;
        List<BigDecimal> lostAmounts = losses;
        return Optional.of(new ImpactCost(sum, () -> {
            List<String> parts = new ArrayList<>();
            if (hourly != null) {
                parts.add(people + (people == 1 ? " person" : " people") + (clientsFigure ? " (the client's figure)"
                        : " (the requester)") + " × " + hours.toPlainString() + " h × " + hourly + " = " + money(staffCost));
                for (int i = 0; i < lostRevenues.size(); i++) {
                    parts.add(lostRevenues.get(i).getKey() + " revenue " + lostRevenues.get(i).getValue() + "/h × "
                            + hours.toPlainString() + " h = " + money(lostAmounts.get(i)));
                }
            }
            recovery.ifPresent(r -> parts.add("recovery costs entered by the client " + r));
            return "overrun " + Durations.words(Duration.ofMinutes(minutes)) + " = " + hours.toPlainString() + " h; "
                    + String.join("; ", parts) + "; total " + sum;
        }));
    }

    /** The first of the case's clocks a finding's evidence names ({@code CASE/CLOCK/TIMELINE/CYCLE}), or null. */
    private static @Nullable ClockResult clockOf(Case c, CaseClocks clocks, Finding finding) {
        ClockResult named = ReconcileFindings.clockNamedFirst(finding);
        if (named != null) {
            return named;
        }
        List<EvidenceRef> evidence = finding.evidence();
        String caseId = c.id().value();
        // The observations' references, which name no clock, are not made to be looked at.
        int n = evidence instanceof EvidenceList list ? list.headSize() : evidence.size();
        for (int e = 0; e < n; e++) {
            EvidenceRef ref = evidence.get(e);
            if (ref.kind().equals("clock")) {
                // The timeline the reference names: only its clocks can match, looked at first.
                Side side = timelineOf(ref.id());
                ClockResult found = side == null ? null : named(ref.id(), caseId, clocks.on(side));
                // Else every clock of the case, the client's, the provider's and the witnessed (CaseClocks.all()'s order).
                for (int s = 0; found == null && s < ALL_CLOCKS.length; s++) {
                    found = ALL_CLOCKS[s] == side ? null : named(ref.id(), caseId, clocks.on(ALL_CLOCKS[s]));
                }
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static @Nullable ClockResult named(String ref, String caseId, List<ClockResult> clocks) {
        for (int i = 0, n = clocks.size(); i < n; i++) {
            if (names(ref, caseId, clocks.get(i))) {
                return clocks.get(i);
            }
        }
        return null;
    }

    private static final Side[] SIDES = Side.values();
    private static final Side[] ALL_CLOCKS = {Side.CLIENT, Side.PROVIDER, Side.WITNESS};

    /** The timeline of a reference {@code CASE/CLOCK/TIMELINE/CYCLE}, or null when it names none. */
    private static @Nullable Side timelineOf(String ref) {
        int cycle = ref.lastIndexOf('/');
        int timeline = cycle > 0 ? ref.lastIndexOf('/', cycle - 1) : -1;
        if (timeline < 0) {
            return null;
        }
        for (Side side : SIDES) {
            if (ref.startsWith(side.wireName(), timeline + 1) && cycle - timeline - 1 == side.wireName().length()) {
                return side;
            }
        }
        return null;
    }

    /** True when {@code ref} is {@code caseId/clock/timeline/cycle} of the result, compared without building it. */
    static boolean names(String ref, String caseId, ClockResult result) {
        String clock = result.clock();
        String side = result.side().wireName();
        int at = caseId.length();
        int sideAt = at + 2 + clock.length();
        int cycleAt = sideAt + side.length() + 1;
        if (ref.length() <= cycleAt || !ref.startsWith(caseId) || ref.charAt(at) != '/' || !ref.startsWith(clock, at + 1)
                || ref.charAt(sideAt - 1) != '/' || !ref.startsWith(side, sideAt) || ref.charAt(cycleAt - 1) != '/') {
            return false;
        }
        int cycle = 0;
        for (int i = cycleAt; i < ref.length(); i++) {
            char digit = ref.charAt(i);
            if (digit < '0' || digit > '9' || cycle > 100_000_000) {
                return false;
            }
            cycle = cycle * 10 + (digit - '0');
        }
        return cycle == result.cycle() && (ref.charAt(cycleAt) != '0' || ref.length() == cycleAt + 1);
    }

    private static final Comparator<Annotation> OLDEST_FIRST = Comparator.comparing(Annotation::at);

    /** The finding's own annotations, oldest first; none (one shared empty list) when no annotation names it. */
    private static List<Annotation> annotationsOf(Finding finding, List<Annotation> annotations) {
        List<Annotation> own = null;
        for (int i = 0, n = annotations.size(); i < n; i++) {
            Annotation annotation = annotations.get(i);
            if (!annotation.isImpact() && annotation.target().equals(finding.id())) {
                if (own == null) {
                    own = new ArrayList<>(2);
                }
                own.add(annotation);
            }
        }
        if (own == null) {
            return List.of();
        }
        own.sort(OLDEST_FIRST);
        return own;
    }

    private int digits() {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    private Money money(BigDecimal amount) {
        return new Money(amount.setScale(digits(), RoundingMode.HALF_UP), currency);
    }
}
