package io.witness.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.contract.PartyId;
import io.witness.core.coverage.CoverageFixtures;
import io.witness.core.credit.CreditCalculator;
import io.witness.core.credit.MeasuredClock;
import io.witness.core.event.EventLines;
import io.witness.core.kpi.CaseProfile;
import io.witness.core.kpi.CaseProfiles;
import io.witness.core.kpi.KpiOptions;
import io.witness.core.kpi.ReportingPeriods;
import io.witness.core.pattern.PatternOptions;
import io.witness.core.pattern.PerformanceReport;
import io.witness.core.reconcile.CaseReport;
import io.witness.core.reconcile.Correlated;
import io.witness.core.reconcile.ReconcileRules;
import io.witness.core.reconcile.Reconciler;
import io.witness.core.reconcile.Tickets;
import io.witness.core.register.Annotation;
import io.witness.core.register.AnnotationLines;
import io.witness.core.register.GapRecord;
import io.witness.core.register.GapRegister;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The register, KPIs and credits put together from the parts each case's task made give what each stage gave when it
 * read every report again (#7): the same entries with their annotations, rows, sentences and statements, in order.
 */
class AuditPutsTheCasePartsTogetherTest {

    private static final Contract DENTAL = CoverageFixtures.dental();
    private static final Instant NOW = Instant.parse("2026-04-30T00:00:00Z");
    private static final PartyId ACME = new PartyId("acme-dental");
    private static final PartyId NORTHWIND = new PartyId("northwind");

    /** A breached P1 on both sides, a P2 met, one only the client recorded and one only the provider recorded. */
    private static final String EVENTS = """
            {"case":"INC0030001","side":"client","type":"opened","at":"2026-03-03T09:00:00-05:00","priority":"P1","status":"New"}
            {"case":"INC0030001","side":"client","type":"details","at":"2026-03-03T09:00:00-05:00","title":"Dentrix down","requester":"Maria Lopez","ci":"pms-db"}
            {"case":"INC0030001","side":"provider","type":"opened","at":"2026-03-03T09:04:00-05:00","priority":"P1","status":"New"}
            {"case":"INC0030001","side":"provider","type":"assigned","at":"2026-03-03T09:05:00-05:00","group":"Infrastructure","tier":2}
            {"case":"INC0030001","side":"provider","type":"reply","at":"2026-03-03T09:20:00-05:00"}
            {"case":"INC0030001","side":"provider","type":"resolved","at":"2026-03-03T14:15:00-05:00"}
            {"case":"INC0030002","side":"client","type":"opened","at":"2026-03-10T10:00:00Z","priority":"P2"}
            {"case":"INC0030002","side":"provider","type":"opened","at":"2026-03-10T10:01:00Z","priority":"P2"}
            {"case":"INC0030002","side":"provider","type":"reply","at":"2026-03-10T10:30:00Z"}
            {"case":"INC0030002","side":"provider","type":"resolved","at":"2026-03-10T13:00:00Z"}
            {"case":"INC0030003","side":"client","type":"opened","at":"2026-04-02T08:00:00Z","priority":"P1"}
            {"case":"INC0030004","side":"provider","type":"opened","at":"2026-04-03T08:00:00Z","priority":"P3"}
            {"case":"INC0030004","side":"provider","type":"resolved","at":"2026-04-03T18:00:00Z"}
            """;

    private static final String NOTES = """
            {"type":"impact","case":"INC0030001","by":"client","at":"2026-03-05T10:00:00Z","peopleAffected":40,"recoveryCost":"1200.00"}
            {"type":"annotation","finding":"sla-breach/INC0030001/resolution/witness/1","status":"disputed","by":"provider","at":"2026-03-06T10:00:00Z","note":"The vendor was engaged at 11:00"}
            {"type":"impact","case":"INC0030003","by":"client","at":"2026-04-05T10:00:00Z","recoveryCost":"300.00"}
            """;

    @Test
    void givesWhatEachStageGaveFromTheReports() {
        Audit audit = new Audit(DENTAL, ReconcileRules.defaults());
        Correlated correlated = audit.correlate(Tickets.of(EventLines.read(EVENTS, "events.jsonl").orThrow(), ACME, NORTHWIND));
        List<Annotation> annotations = AnnotationLines.read(NOTES, "notes.jsonl", Currency.getInstance("USD")).annotations();
        ReportingPeriods periods = ReportingPeriods.parse("2026-03..2026-04", DENTAL.header().zone());

        for (boolean parallel : List.of(false, true)) {
            Reconciliation reconciled = audit.reconcile(correlated.cases(), NOW, Map.of(), annotations, periods,
                    parallel);

            Reconciler reconciler = new Reconciler(DENTAL, ReconcileRules.defaults());
            List<CaseReport> reports = correlated.cases().stream().map(c -> reconciler.reconcile(c, NOW)).toList();
            List<GapRecord> gaps = new ArrayList<>();
            KpiOptions options = KpiOptions.of(DENTAL, periods, NOW);
            List<CaseProfile> profiles = new ArrayList<>();
            List<MeasuredClock> clocks = new ArrayList<>();
            for (CaseReport report : reports) {
                gaps.addAll(new GapRegister(DENTAL).of(report, annotations, NOW));
                profiles.addAll(CaseProfiles.of(report.clocks(), options));
                report.clocks().witnessedClocks().forEach(r -> clocks.add(new MeasuredClock(report.theCase().provider(), r)));
            }
            PerformanceReport performance = PerformanceReport.of(profiles, options, PatternOptions.defaults());

            assertThat(reconciled.reports()).hasSize(4);
            assertThat(audit.register(reconciled)).containsExactlyElementsOf(gaps);
            assertThat(audit.register(reconciled)).extracting(r -> r.annotations().size()).contains(1);
            assertThat(audit.register(reconciled)).anySatisfy(r -> assertThat(r.impact()).isPresent());
            PerformanceReport fused = audit.performance(reconciled);
            assertThat(fused.kpis().rows()).isNotEmpty().containsExactlyElementsOf(performance.kpis().rows());
            assertThat(fused.sentences()).containsExactlyElementsOf(performance.sentences());
            assertThat(audit.credits(reconciled, YearMonth.of(2026, 3), YearMonth.of(2026, 4))).containsExactlyElementsOf(
                    new CreditCalculator(DENTAL).statements(clocks, YearMonth.of(2026, 3), YearMonth.of(2026, 4)));
        }
    }
}
