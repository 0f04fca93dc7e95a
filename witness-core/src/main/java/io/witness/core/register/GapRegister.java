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
import io.witness.core.finding.Finding;
import io.witness.core.reconcile.Case;
import io.witness.core.reconcile.CaseClocks;
import io.witness.core.reconcile.CaseReport;
import io.witness.core.reconcile.Clauses;
import io.witness.core.reconcile.Durations;
import io.witness.core.reconcile.ReconcileFindings;
import io.witness.core.reconcile.Ticket;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

    private final Contract contract;
    private final CaseStory story;
    private final Currency currency;

    public GapRegister(Contract contract) {
        this.contract = Objects.requireNonNull(contract, "contract");
        this.story = new CaseStory(contract.header().zone());
        this.currency = contract.header().currency();
    }

    /** The register entries of one case's findings, annotated. */
    public List<GapRecord> of(CaseReport report, List<Annotation> annotations, Instant now) {
        Case c = report.theCase();
        Lazy<List<String>> timeline = new Lazy<>(() -> List.copyOf(story.timeline(c)));
        Lazy<List<String>> people = new Lazy<>(() -> story.people(c));
        Lazy<List<String>> communications = new Lazy<>(() -> List.copyOf(story.communications(c)));
        Optional<Annotation> impact = Optional.empty();
        for (Annotation annotation : annotations) {
            if (annotation.isImpact() && annotation.target().equals(c.id().value())) {
                impact = Optional.of(annotation);
            }
        }
        CaseClocks clocks = report.clocks();
        List<String> observations = c.observations();
        List<GapRecord> records = new ArrayList<>(report.findings().size());
        for (Finding finding : report.findings()) {
            Optional<ClockResult> clock = clockOf(c, clocks, finding);
            Optional<ImpactCost> cost = Optional.empty();
            if (clock.filter(r -> r.metric() == Metric.RESOLUTION).isPresent()
                    && finding.kind().equals(ReconcileFindings.SLA_BREACH)) {
                cost = cost(c, clock.get(), impact, now);
            } else if (finding.kind().equals(ReconcileFindings.ONE_SIDED_CASE)) {
                cost = impact.flatMap(a -> a.recoveryCost()).map(m -> new ImpactCost(m, "recovery costs entered by the client "
                        + m));
            }
            Finding costed = cost.isPresent() ? finding.withCost(Optional.of(cost.get().total())) : finding;
            records.add(new GapRecord(costed, category(finding, clock), timeline, people, communications,
                    new Lazy<>(() -> terms(clock)), cost, observations, annotationsOf(finding, annotations)));
        }
        return records;
    }

    private static GapRecord.Terms terms(Optional<ClockResult> clock) {
        if (clock.isEmpty() || clock.get().target().isEmpty()) {
            return GapRecord.Terms.NONE;
        }
        ClockResult r = clock.get();
        return new GapRecord.Terms(Optional.of(Clauses.promise(r)), Optional.of(Durations.words(r.target().get())),
                Optional.of(Durations.words(r.elapsed())));
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
        String kind = finding.kind().code();
        if (kind.equals(ReconcileFindings.SLA_BREACH.code())) {
            return clock.filter(r -> r.metric() == Metric.PERIODIC_UPDATE || r.metric() == Metric.NEXT_REPLY).isPresent()
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
        List<Map.Entry<AssetId, Money>> revenues = new ArrayList<>(0);
        List<BigDecimal> losses = new ArrayList<>(0);
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
            for (Map.Entry<AssetId, Money> revenue : defaults.get().revenuePerHour().entrySet()) {
                if (ci != null && ci.equals(revenue.getKey().value().toLowerCase(Locale.ROOT))) {
                    BigDecimal lost = revenue.getValue().amount().multiply(hours).setScale(digits(), RoundingMode.HALF_UP);
                    total = total.add(lost);
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
        return Optional.of(new ImpactCost(sum, () -> {
            List<String> parts = new ArrayList<>();
            if (hourly != null) {
                parts.add(people + (people == 1 ? " person" : " people") + (clientsFigure ? " (the client's figure)"
                        : " (the requester)") + " × " + hours.toPlainString() + " h × " + hourly + " = " + money(staffCost));
                for (int i = 0; i < revenues.size(); i++) {
                    parts.add(revenues.get(i).getKey() + " revenue " + revenues.get(i).getValue() + "/h × "
                            + hours.toPlainString() + " h = " + money(losses.get(i)));
                }
            }
            recovery.ifPresent(r -> parts.add("recovery costs entered by the client " + r));
            return "overrun " + Durations.words(Duration.ofMinutes(minutes)) + " = " + hours.toPlainString() + " h; "
                    + String.join("; ", parts) + "; total " + sum;
        }));
    }

    /** The first of the case's clocks a finding's evidence names ({@code CASE/CLOCK/TIMELINE/CYCLE}). */
    private static Optional<ClockResult> clockOf(Case c, CaseClocks clocks, Finding finding) {
        for (var evidence : finding.evidence()) {
            if (evidence.kind().equals("clock")) {
                // The timeline the reference names: only its clocks can match, looked at first.
                Side side = timelineOf(evidence.id());
                if (side != null) {
                    Optional<ClockResult> found = named(evidence.id(), c, clocks.on(side));
                    if (found.isPresent()) {
                        return found;
                    }
                }
                Optional<ClockResult> found = named(evidence.id(), c, clocks.all());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<ClockResult> named(String ref, Case c, List<ClockResult> clocks) {
        for (int i = 0, n = clocks.size(); i < n; i++) {
            if (names(ref, c.id().value(), clocks.get(i))) {
                return Optional.of(clocks.get(i));
            }
        }
        return Optional.empty();
    }

    /** The timeline of a reference {@code CASE/CLOCK/TIMELINE/CYCLE}, or null when it names none. */
    private static @Nullable Side timelineOf(String ref) {
        int cycle = ref.lastIndexOf('/');
        int timeline = cycle > 0 ? ref.lastIndexOf('/', cycle - 1) : -1;
        if (timeline < 0) {
            return null;
        }
        for (Side side : Side.values()) {
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

    private static List<Annotation> annotationsOf(Finding finding, List<Annotation> annotations) {
        List<Annotation> own = new ArrayList<>();
        for (Annotation annotation : annotations) {
            if (!annotation.isImpact() && annotation.target().equals(finding.id())) {
                own.add(annotation);
            }
        }
        own.sort(java.util.Comparator.comparing(Annotation::at));
        return own;
    }

    private int digits() {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    private Money money(BigDecimal amount) {
        return new Money(amount.setScale(digits(), RoundingMode.HALF_UP), currency);
    }
}
