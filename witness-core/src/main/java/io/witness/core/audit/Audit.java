package io.witness.core.audit;

import io.witness.core.contract.Contract;
import io.witness.core.credit.CreditCalculator;
import io.witness.core.credit.CreditStatement;
import io.witness.core.credit.MeasuredClock;
import io.witness.core.kpi.CaseProfile;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The stages of a tenant's reconciliation under one contract (docs/reconcile.md): correlate both sides'
 * tickets into cases; reconcile each case (clocks three ways, differences, findings), in parallel when
 * asked, with each case's parts of the later stages made in the same task; the gap register with the parties'
 * annotations; KPIs per provider, period and priority, with the patterns; and the credits per provider and
 * measurement period, these three putting the cases' parts together. Each stage is a call of its own so that its
 * caller can time it. Pure: no I/O, no clock reads. Immutable and thread-safe.
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
     * Stage 2: each case's clocks, differences and findings, in the cases' order, and in the same task, while the
     * case is in cache, its parts of the later stages: the register's entries of its findings with their annotations,
     * its KPI profiles under the periods, and its witnessed clocks as credits count them. The later stages only put
     * those parts together.
     *
     * @param changes record changes found between imports, by ticket label
     * @param annotations what the parties said of cases and findings
     * @param periods the periods the KPIs report
     * @param parallel true to spread the cases over the machine's cores
     */
    public Reconciliation reconcile(List<Case> cases, Instant now, Map<String, List<RecordChange>> changes,
            List<Annotation> annotations, ReportingPeriods periods, boolean parallel) {
        KpiOptions options = KpiOptions.of(contract, periods, now);
        CaseAudit audit = new CaseAudit(reconciler, new GapRegister(contract), now, changes, annotations, options);
        CaseReport[] reports = new CaseReport[cases.size()];
        CaseParts[] parts = new CaseParts[cases.size()];
        IntStream indices = IntStream.range(0, cases.size());
        (parallel ? indices.parallel() : indices).forEach(i -> {
            CaseReport report = audit.report(cases.get(i));
            reports[i] = report;
            parts[i] = audit.parts(report);
        });
        return new Reconciliation(Arrays.asList(reports), Arrays.asList(parts), options);
    }

    /** Stage 3: the register of every case's findings, annotated, in the cases' order: their entries put together. */
    public List<GapRecord> register(Reconciliation reconciled) {
        List<GapRecord> gaps = new ArrayList<>();
        for (CaseParts c : reconciled.parts()) {
            addEach(gaps, c.gaps());
        }
        return gaps;
    }

    /**
     * Stage 4: the KPIs of the periods on every timeline and the patterns of the witnessed timeline
     * (docs/kpis.md), from the cases' profiles put together in the cases' order.
     */
    public PerformanceReport performance(Reconciliation reconciled) {
        List<CaseProfile> profiles = new ArrayList<>(reconciled.parts().size() * reconciled.kpiOptions().timelines().size());
        for (CaseParts c : reconciled.parts()) {
            addEach(profiles, c.profiles());
        }
        return PerformanceReport.of(profiles, reconciled.kpiOptions(), PatternOptions.defaults());
    }

    /** Stage 5: the credits of the months from {@code first} to {@code last}, from the cases' witnessed clocks. */
    public List<CreditStatement> credits(Reconciliation reconciled, YearMonth first, YearMonth last) {
        List<MeasuredClock> clocks = new ArrayList<>();
        for (CaseParts c : reconciled.parts()) {
            addEach(clocks, c.measured());
        }
        return new CreditCalculator(contract).statements(clocks, first, last);
    }

    /** Each of a case's few parts added by index: {@code addAll} would copy the case's list into an array first. */
    private static <T> void addEach(List<T> into, List<? extends T> from) {
        for (int i = 0; i < from.size(); i++) {
            into.add(from.get(i));
        }
    }
}
