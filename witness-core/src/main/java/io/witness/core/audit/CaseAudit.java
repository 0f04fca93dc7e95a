package io.witness.core.audit;

import io.witness.core.clock.ClockResult;
import io.witness.core.contract.PartyId;
import io.witness.core.credit.MeasuredClock;
import io.witness.core.finding.Finding;
import io.witness.core.kpi.CaseProfile;
import io.witness.core.kpi.CaseProfiles;
import io.witness.core.kpi.KpiOptions;
import io.witness.core.reconcile.Case;
import io.witness.core.reconcile.CaseReport;
import io.witness.core.reconcile.Reconciler;
import io.witness.core.reconcile.RecordChange;
import io.witness.core.register.Annotation;
import io.witness.core.register.GapRecord;
import io.witness.core.register.GapRegister;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One case's whole audit in one task: its report (clocks, differences, findings), then, while its events and clocks
 * are in cache, the register's entries of its findings with their annotations, its KPI profiles and its witnessed
 * clocks as credits count them. Immutable and thread-safe: one serves every case of a run, on every core.
 */
final class CaseAudit {

    private final Reconciler reconciler;
    private final GapRegister register;
    private final Instant now;
    private final Map<String, List<RecordChange>> changes;
    /** The annotations by their target (a case's or a finding's id); empty when there are none. */
    private final Map<String, List<Annotation>> byTarget;
    private final KpiOptions kpiOptions;

    CaseAudit(Reconciler reconciler, GapRegister register, Instant now, Map<String, List<RecordChange>> changes,
            List<Annotation> annotations, KpiOptions kpiOptions) {
        this.reconciler = reconciler;
        this.register = register;
        this.now = now;
        this.changes = changes;
        this.kpiOptions = kpiOptions;
        Map<String, List<Annotation>> grouped = new HashMap<>();
        for (Annotation annotation : annotations) {
            grouped.computeIfAbsent(annotation.target(), t -> new ArrayList<>()).add(annotation);
        }
        this.byTarget = grouped;
    }

    /** The case's clocks, differences and findings, the differences found. */
    CaseReport report(Case c) {
        CaseReport report = changes.isEmpty() ? reconciler.reconcile(c, now) : reconciler.reconcile(c, now, changes);
        // A report finds its differences when first read; every caller of the audit writes or shows them, so they are
        // found here, while the case is in cache and within the stage that says it reconciles, not later by a writer;
        // kept as figures, made into Difference objects when a writer reads them.
        report.findDifferences();
        return report;
    }

    /** The case's parts of the later stages, from its report: best made at once, while the report is in cache. */
    CaseParts parts(CaseReport report) {
        List<GapRecord> gaps = report.findings().isEmpty() ? List.of() : register.of(report, annotationsOf(report), now);
        List<CaseProfile> profiles = CaseProfiles.of(report.clocks(), kpiOptions);
        return new CaseParts(gaps, profiles, measured(report.theCase().provider(), report.clocks().witnessedClocks()));
    }

    /** The witnessed clocks as credits count them, in order. */
    private static List<MeasuredClock> measured(PartyId provider, List<ClockResult> witnessed) {
        int n = witnessed.size();
        if (n == 0) {
            return List.of();
        }
        MeasuredClock[] measured = new MeasuredClock[n];
        for (int i = 0; i < n; i++) {
            measured[i] = new MeasuredClock(provider, witnessed.get(i));
        }
        return List.of(measured);
    }

    /** The annotations of the case and of each of its findings, the case's first. */
    private List<Annotation> annotationsOf(CaseReport report) {
        if (byTarget.isEmpty()) {
            return List.of();
        }
        List<Annotation> own = new ArrayList<>(byTarget.getOrDefault(report.theCase().id().value(), List.of()));
        for (Finding finding : report.findings()) {
            own.addAll(byTarget.getOrDefault(finding.id(), List.of()));
        }
        return own;
    }
}
