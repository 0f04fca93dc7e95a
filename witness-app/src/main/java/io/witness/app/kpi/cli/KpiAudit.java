package io.witness.app.kpi.cli;

import io.witness.core.contract.Contract;
import io.witness.core.contract.PartyId;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import io.witness.core.kpi.CaseProfile;
import io.witness.core.kpi.CaseProfiles;
import io.witness.core.kpi.KpiOptions;
import io.witness.core.kpi.ReportingPeriod;
import io.witness.core.kpi.ReportingPeriods;
import io.witness.core.pattern.PatternOptions;
import io.witness.core.pattern.PerformanceReport;
import io.witness.core.reconcile.Case;
import io.witness.core.reconcile.Correlation;
import io.witness.core.reconcile.ReconcileRules;
import io.witness.core.reconcile.Reconciler;
import io.witness.core.reconcile.Tickets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The KPIs and patterns of canonical events under a contract: the events' tickets correlated into cases
 * and their clocks computed as {@code ./witness reconcile} does, every ticket the client's or the
 * contract's first provider's.
 *
 * @param periods the periods reported
 * @param cases how many cases the events made
 * @param report the KPI table (every timeline) and the patterns of {@code timeline}
 */
record KpiAudit(ReportingPeriods periods, int cases, PerformanceReport report) {

    /**
     * @param events the events, not empty unless {@code period} is given
     * @param period the periods; empty for the months from the first opening to the last in {@code zone}
     * @param zone the zone of the default periods
     */
    static KpiAudit of(Contract contract, List<TicketEvent> events, Optional<ReportingPeriods> period, ZoneId zone,
            Instant now, Side timeline) {
        PartyId provider = contract.parties().providers().get(0).id();
        List<Case> cases = Correlation.withDefaults()
                .correlate(Tickets.of(events, contract.parties().client().id(), provider), provider).cases();
        ReportingPeriods periods = period.orElseGet(() -> covering(cases, zone));
        KpiOptions options = KpiOptions.of(contract, periods, now);
        Reconciler reconciler = new Reconciler(contract, ReconcileRules.defaults());
        List<CaseProfile> profiles = new ArrayList<>(cases.size() * 3);
        for (Case kase : cases) {
            profiles.addAll(CaseProfiles.of(reconciler.clocks(kase, now), options));
        }
        return new KpiAudit(periods, cases.size(),
                PerformanceReport.of(profiles, options, PatternOptions.defaults().withTimeline(timeline)));
    }

    private static ReportingPeriods covering(List<Case> cases, ZoneId zone) {
        Instant first = cases.stream().map(Case::openedAt).min(Instant::compareTo).orElseThrow();
        Instant last = cases.stream().map(Case::openedAt).max(Instant::compareTo).orElseThrow();
        return ReportingPeriods.covering(first, last, ReportingPeriod.Length.MONTH, zone);
    }
}
