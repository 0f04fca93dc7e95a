package io.witness.core.audit;

import io.witness.core.clock.ClockResult;
import io.witness.core.contract.Contract;
import io.witness.core.credit.CreditCalculator;
import io.witness.core.credit.CreditStatement;
import io.witness.core.credit.MeasuredClock;
import io.witness.core.kpi.CaseProfile;
import io.witness.core.kpi.CaseProfiles;
import io.witness.core.kpi.KpiOptions;
import io.witness.core.kpi.ReportingPeriods;
import io.witness.core.pattern.PatternOptions;
import io.witness.core.pattern.PerformanceReport;
import io.witness.core.reconcile.Case;
import io.witness.core.reconcile.CaseReport;
import io.witness.core.reconcile.Correlated;
import io.witness.core.reconcile.Correlation;
import io.witness.core.reconcile.ReconcileRules;
import io.witness.core.reconcile.Reconciler;
import io.witness.core.reconcile.RecordChange;
import io.witness.core.reconcile.Ticket;
import io.witness.core.register.Annotation;
import io.witness.core.register.GapRecord;
import io.witness.core.register.GapRegister;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The stages of a tenant's reconciliation under one contract (docs/reconcile.md): correlate both sides'
 * tickets into cases; reconcile each case (clocks three ways, differences, findings), in parallel when
 * asked; the gap register with the parties' annotations; KPIs per provider, period and priority, with the
 * patterns; and the credits per provider and measurement period. Each stage is a call of its own so that
 * its caller can time it. Pure: no I/O, no clock reads. Immutable and thread-safe.
 */
public final class Audit {

    private final Contract contract;
    private final ReconcileRules rules;
    private final Reconciler reconciler;

    public Audit(Contract contract, ReconcileRules rules) {
        this.contract = Objects.requireNonNull(contract, "contract");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.reconciler = new Reconciler(contract, rules);
    }

    public Contract contract() {
        return contract;
    }

    /** Stage 1: both sides' tickets into cases; a case only the client has goes to the contract's first provider. */
    public Correlated correlate(List<Ticket> tickets) {
        return new Correlation(rules.correlation()).correlate(tickets, contract.parties().providers().get(0).id());
    }

    /**
     * Stage 2: each case's clocks, differences and findings, in the cases' order.
     *
     * @param changes record changes found between imports, by ticket label
     * @param parallel true to spread the cases over the machine's cores
     */
    public List<CaseReport> reconcile(List<Case> cases, Instant now, Map<String, List<RecordChange>> changes,
            boolean parallel) {
        var stream = parallel ? cases.parallelStream() : cases.stream();
        return stream.map(c -> changes.isEmpty() ? reconciler.reconcile(c, now) : reconciler.reconcile(c, now, changes))
                .toList();
    }

    /** Stage 3: the register of every case's findings, annotated; the cases spread over the machine's cores. */
    public List<GapRecord> register(List<CaseReport> reports, List<Annotation> annotations, Instant now) {
        GapRegister register = new GapRegister(contract);
        Map<String, List<Annotation>> byTarget = new HashMap<>();
        for (Annotation annotation : annotations) {
            byTarget.computeIfAbsent(annotation.target(), t -> new ArrayList<>()).add(annotation);
        }
        return reports.parallelStream().filter(report -> !report.findings().isEmpty()).flatMap(report -> {
            List<Annotation> own = new ArrayList<>(byTarget.getOrDefault(report.theCase().id().value(), List.of()));
            if (!byTarget.isEmpty()) {
                report.findings().forEach(f -> own.addAll(byTarget.getOrDefault(f.id(), List.of())));
            }
            return register.of(report, own, now).stream();
        }).toList();
    }

    /**
     * Stage 4: the KPIs of the periods on every timeline and the patterns of the witnessed timeline
     * (docs/kpis.md), from each case's clocks; the profiles made on every core when asked.
     */
    public PerformanceReport performance(List<CaseReport> reports, ReportingPeriods periods, Instant now, boolean parallel) {
        KpiOptions options = KpiOptions.of(contract, periods, now);
        var stream = parallel ? reports.parallelStream() : reports.stream();
        List<CaseProfile> profiles = stream.flatMap(r -> CaseProfiles.of(r.clocks(), options).stream()).toList();
        return PerformanceReport.of(profiles, options, PatternOptions.defaults());
    }

    /** Stage 5: the credits of the months from {@code first} to {@code last}, from the witnessed clocks. */
    public List<CreditStatement> credits(List<CaseReport> reports, YearMonth first, YearMonth last) {
        List<MeasuredClock> clocks = new ArrayList<>();
        for (CaseReport report : reports) {
            Case c = report.theCase();
            for (ClockResult result : report.clocks().witnessedClocks()) {
                clocks.add(new MeasuredClock(c.provider(), result));
            }
        }
        return new CreditCalculator(contract).statements(clocks, first, last);
    }
}
