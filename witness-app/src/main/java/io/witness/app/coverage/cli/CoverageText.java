package io.witness.app.coverage.cli;

import io.witness.core.contract.Contract;
import io.witness.core.coverage.CoverageEvidence;
import io.witness.core.coverage.CoverageReport;
import io.witness.core.coverage.CoverageSummary;
import io.witness.core.coverage.audit.ObligationCheck;
import io.witness.core.coverage.audit.Words;
import io.witness.core.coverage.cost.MarketComparison;
import io.witness.core.coverage.patch.PatchAgeBuckets;
import io.witness.core.finding.Finding;
import io.witness.core.finding.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The readable summary of a coverage report, as {@code ./witness coverage} prints it and writes it to coverage-summary.txt. */
final class CoverageText {

    /** How many findings the summary lists before it points at the findings file. */
    static final int LISTED = 40;

    private CoverageText() {
    }

    static String of(Contract contract, String tenant, CoverageInput input, CoverageReport report) {
        CoverageSummary s = report.summary();
        StringBuilder out = new StringBuilder();
        out.append("Coverage of tenant ").append(tenant).append(" under contract ").append(contract.header().id()).append(", ")
                .append(report.from()).append(" to ").append(report.at().minusDays(1)).append(" (audit date ").append(report.at()).append(")\n");
        out.append("Evidence: ").append(evidence(input.evidence())).append('\n');
        input.notes().forEach(note -> out.append("note: ").append(note).append('\n'));
        out.append('\n');
        out.append("Critical systems backed up:      ").append(share(s.criticalBackedUp(), s.criticalSystems())).append('\n');
        out.append("Critical systems restore-tested: ").append(share(s.criticalRestoreTested(), s.criticalSystems())).append('\n');
        PatchAgeBuckets ages = s.patchAges();
        out.append("Devices by age of their oldest missing critical patch (").append(ages.devices()).append(" with a patch report):\n")
                .append("  none missing ").append(ages.noneMissing()).append(" | under 30 days ").append(ages.under30())
                .append(" | 30-59 ").append(ages.from30()).append(" | 60-89 ").append(ages.from60()).append(" | 90-119 ").append(ages.from90())
                .append(" | 120 or more ").append(ages.from120()).append('\n');
        out.append("Configuration drift: ").append(Words.count(s.driftChanges(), "change")).append(" from the baseline on ")
                .append(Words.count(s.devicesCompared(), "device")).append(" compared, ").append(s.driftUncovered())
                .append(" without a change record\n");
        out.append("Security baseline score: ").append(s.baselineScore().map(p -> p.toPlainString() + "%").orElse("no check"))
                .append(" (").append(s.baselinePassed()).append(" passing, ").append(s.baselineFailed()).append(" failing on their latest check)\n");
        out.append("Obligations met: ").append(share(s.obligationsMet(), s.obligations().size())).append('\n');
        for (ObligationCheck check : s.obligations()) {
            out.append(String.format(Locale.ROOT, "  %-8s %s %s (section %s): %s%n", check.met() ? "met" : "not met", check.provider(),
                    check.obligation(), check.section(), check.detail()));
        }
        out.append("Incidents in areas the responsibility matrix leaves without an owner: ").append(s.incidentsWithoutOwner()).append(" of ")
                .append(s.incidents()).append('\n');
        if (!s.market().isEmpty()) {
            out.append("Price against the market:\n");
            for (MarketComparison c : s.market()) {
                out.append("  ").append(c.provider()).append(" per ").append(c.unit().wireName()).append(": ")
                        .append(c.price().map(p -> p + " a month").orElse("no price")).append(", ").append(position(c)).append('\n');
            }
        }
        out.append("Paid for service not delivered: ").append(s.paidNotDelivered()).append('\n');
        out.append('\n').append(findings(report.findings()));
        return out.toString();
    }

    private static String evidence(CoverageEvidence e) {
        List<String> parts = new ArrayList<>();
        add(parts, e.inventory().size(), "system");
        add(parts, e.backupRuns().size(), "backup run");
        add(parts, e.restoreTests().size(), "restore test");
        add(parts, e.patches().size(), "patch record");
        add(parts, e.snapshots().size(), "configuration snapshot");
        add(parts, e.changes().size(), "change record");
        add(parts, e.baselineChecks().size(), "baseline check");
        add(parts, e.obligationRecords().size(), "obligation record");
        add(parts, e.marketPrices().size(), "market price");
        add(parts, e.invoices().size(), "invoice line");
        add(parts, e.incidents().size(), "incident");
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static void add(List<String> parts, long n, String noun) {
        if (n > 0) {
            parts.add(String.format(Locale.ROOT, "%,d", n) + " " + (n == 1 ? noun : noun + "s"));
        }
    }

    private static String share(long part, long whole) {
        return part + " of " + whole + " (" + Words.percent(part, whole) + ")";
    }

    private static String position(MarketComparison c) {
        return switch (c.position()) {
            case "not compared" -> "not compared: " + c.note().substring(c.note().indexOf("; ") + 2);
            default -> c.position() + " the range " + c.range().orElseThrow().low().amount().toPlainString() + " to "
                    + c.range().orElseThrow().high() + " (" + c.range().orElseThrow().source() + ", " + c.range().orElseThrow().asOf() + ")";
        };
    }

    private static String findings(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        List<String> counts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            long n = findings.stream().filter(f -> f.severity() == severity).count();
            if (n > 0) {
                counts.add(severity.wireName() + " " + n);
            }
        }
        out.append("Findings: ").append(findings.size()).append(counts.isEmpty() ? "" : " (" + String.join(", ", counts) + ")").append('\n');
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity));
        for (Finding finding : sorted.subList(0, Math.min(LISTED, sorted.size()))) {
            out.append(String.format(Locale.ROOT, "  %-8s %s%n", finding.severity().wireName(), finding.title()));
        }
        if (sorted.size() > LISTED) {
            out.append("  … and ").append(sorted.size() - LISTED).append(" more (all in coverage-findings.jsonl with --out)\n");
        }
        return out.toString();
    }
}
