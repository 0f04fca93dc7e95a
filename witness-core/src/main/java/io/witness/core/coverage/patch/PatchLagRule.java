package io.witness.core.coverage.patch;

import io.witness.core.contract.ObligationTerms;
import io.witness.core.contract.PatchSeverity;
import io.witness.core.coverage.asset.InventorySystem;
import io.witness.core.coverage.audit.AuditContext;
import io.witness.core.coverage.audit.FindingDraft;
import io.witness.core.coverage.audit.ObligationCheck;
import io.witness.core.coverage.audit.ProviderObligation;
import io.witness.core.coverage.audit.RuleOutcome;
import io.witness.core.coverage.audit.Words;
import io.witness.core.finding.Finding;
import io.witness.core.finding.FindingKind;
import io.witness.core.finding.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Patch lag per device, on the device's latest patch report dated before the audit date: for each
 * patching obligation that covers the device, the missing (or failed) patches of the obligation's
 * severity older than its window, the oldest named; the age of a patch runs from its release date (or,
 * when the report gives none, from the first report that showed it not installed) to the report's date.
 * Patches left out as known exceptions are not lag, but an exception older than {@code exceptionDays} is
 * reported. Also counts the devices by the age of their oldest missing critical patch.
 */
public final class PatchLagRule {

    /** A device missing a patch longer than the contract allows. */
    public static final FindingKind LAG = new FindingKind("patch-lag");
    /** A patch that has stayed a known exception for longer than the settings allow. */
    public static final FindingKind STALE_EXCEPTION = new FindingKind("patch-exception-stale");
    /** A patching obligation with no patch report at all in the evidence: nothing shows it was kept. */
    public static final FindingKind NO_REPORT = new FindingKind("patch-report-missing");

    /**
     * What the rule found and the devices by patch age.
     *
     * @param outcome findings and one check per patching obligation
     * @param buckets devices by the age of their oldest missing critical patch
     */
    public record Result(RuleOutcome outcome, PatchAgeBuckets buckets) {
    }

    private PatchLagRule() {
    }

    public static Result audit(AuditContext context, List<PatchRecord> records) {
        Map<String, List<PatchRecord>> byDevice = new HashMap<>();
        for (PatchRecord record : records) {
            if (record.reportDate().isBefore(context.at())) {
                byDevice.computeIfAbsent(record.device(), k -> new ArrayList<>()).add(record);
            }
        }
        List<String> devices = new ArrayList<>(byDevice.keySet());
        devices.sort(Comparator.naturalOrder());
        List<ProviderObligation<ObligationTerms.Patching>> obligations = context.obligations(ObligationTerms.Patching.class);
        // Devices are independent: each is judged on its own reports, in parallel, and the results are
        // taken in device order, so the outcome is the same however the work was split.
        List<DeviceOutcome> outcomes = devices.parallelStream()
                .map(device -> judge(context, obligations, device, byDevice.get(device))).toList();
        long[] expected = new long[obligations.size()];
        long[] kept = new long[obligations.size()];
        List<Finding> findings = new ArrayList<>();
        PatchAgeBuckets buckets = PatchAgeBuckets.none();
        for (DeviceOutcome outcome : outcomes) {
            buckets = buckets.plus(outcome.oldestCriticalAge());
            for (int i = 0; i < obligations.size(); i++) {
                expected[i] += outcome.covered()[i] ? 1 : 0;
                kept[i] += outcome.covered()[i] && !outcome.lagging()[i] ? 1 : 0;
            }
            findings.addAll(outcome.findings());
        }
        List<ObligationCheck> checks = new ArrayList<>();
        for (int i = 0; i < obligations.size(); i++) {
            ProviderObligation<ObligationTerms.Patching> o = obligations.get(i);
            if (records.isEmpty()) {
                // No report at all is not a clean bill: the obligation cannot be shown kept. (Reports that
                // begin after the audited period leave it with nothing to judge, 0 of 0, as backups do.)
                findings.add(noReport(context, o));
                checks.add(new ObligationCheck(o.provider(), o.obligation().id(), o.terms().kind(), o.obligation().section(), 1, 0,
                        "no patch report in the evidence: no device can be shown to have its " + o.terms().severity().wireName()
                                + " patches within " + o.terms().withinDays() + " days"));
                continue;
            }
            checks.add(new ObligationCheck(o.provider(), o.obligation().id(), o.terms().kind(), o.obligation().section(), expected[i], kept[i],
                    kept[i] + " of " + expected[i] + " devices had no " + o.terms().severity().wireName() + " patch missing beyond "
                            + o.terms().withinDays() + " days on their latest report"));
        }
        return new Result(new RuleOutcome(findings, checks), buckets);
    }

    /** What one device gave: its oldest missing critical patch's age, per obligation whether it covers the device and whether it lags, and its findings. */
    private record DeviceOutcome(long oldestCriticalAge, boolean[] covered, boolean[] lagging, List<Finding> findings) {
    }

    private static DeviceOutcome judge(AuditContext context, List<ProviderObligation<ObligationTerms.Patching>> obligations, String device,
            List<PatchRecord> records) {
        DeviceReport report = DeviceReport.of(records);
        Optional<InventorySystem> listed = context.inventory().find(device);
        boolean[] covered = new boolean[obligations.size()];
        boolean[] lagging = new boolean[obligations.size()];
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < obligations.size(); i++) {
            covered[i] = covers(obligations.get(i), listed);
            if (covered[i]) {
                Optional<Finding> lag = lag(context, obligations.get(i), device, report);
                lag.ifPresent(findings::add);
                lagging[i] = lag.isPresent();
            }
        }
        findings.addAll(staleExceptions(context, device, report));
        return new DeviceOutcome(report.oldestMissingAge(PatchSeverity.CRITICAL), covered, lagging, findings);
    }

    private static boolean covers(ProviderObligation<ObligationTerms.Patching> obligation, Optional<InventorySystem> device) {
        return obligation.terms().systems().isEmpty()
                || device.flatMap(InventorySystem::asset).filter(a -> obligation.terms().systems().contains(a)).isPresent();
    }

    private static Optional<Finding> lag(AuditContext context, ProviderObligation<ObligationTerms.Patching> obligation, String device,
            DeviceReport report) {
        PatchSeverity severity = obligation.terms().severity();
        int within = obligation.terms().withinDays();
        List<PatchRecord> missing = report.missing(severity);
        List<PatchRecord> late = missing.stream().filter(r -> report.age(r) > within).toList();
        if (late.isEmpty()) {
            return Optional.empty();
        }
        PatchRecord oldest = late.get(0);
        long age = report.age(oldest);
        String what = oldest.patchId() + describe(oldest);
        String since = oldest.released().map(d -> " was released " + d + ", " + age + " days before that report")
                .orElse(" has no release date in the report; it was first reported not installed on " + report.firstSeen(oldest)
                        + ", " + age + " days before that report");
        String title = device + ": " + severity.wireName() + " patch " + oldest.patchId() + " missing " + age + " days after "
                + (oldest.released().isPresent() ? "release" : "it was first reported") + " (" + obligation.section() + " allows " + within + ")";
        String explanation = "The patch report of " + report.latest() + " shows " + device + " missing "
                + Words.count(missing.size(), severity.wireName() + " patch") + ", " + late.size() + " of them for more than "
                + within + " days. The oldest, " + what + "," + since + "; " + obligation.section() + " requires "
                + severity.wireName() + " patches within " + within + " days.";
        FindingDraft draft = FindingDraft.of(LAG, obligation.obligation().id().value(), device).obligation(obligation)
                .severity(severity == PatchSeverity.CRITICAL ? Severity.HIGH : Severity.MEDIUM)
                .title(title).explanation(explanation).at(context.startOf(report.latest()));
        late.forEach(r -> draft.evidence(r.ref()));
        return Optional.of(draft.build());
    }

    private static Finding noReport(AuditContext context, ProviderObligation<ObligationTerms.Patching> obligation) {
        String severity = obligation.terms().severity().wireName();
        return FindingDraft.of(NO_REPORT, obligation.obligation().id().value()).obligation(obligation)
                .severity(obligation.terms().severity() == PatchSeverity.CRITICAL ? Severity.HIGH : Severity.MEDIUM)
                .title("No patch report: " + severity + " patches within " + obligation.terms().withinDays() + " days ("
                        + obligation.section() + ") cannot be shown kept")
                .explanation("The evidence holds no patch report of any device, yet " + obligation.section() + " requires "
                        + severity + " patches within " + obligation.terms().withinDays() + " days: nothing shows that a single"
                        + " device was patched. Ask the provider for its RMM's patch report.")
                .at(context.atInstant()).evidence(context.ref(obligation)).build();
    }

    private static List<Finding> staleExceptions(AuditContext context, String device, DeviceReport report) {
        List<Finding> findings = new ArrayList<>();
        for (PatchRecord record : report.latestRows()) {
            if (record.status() != PatchStatus.EXCEPTION) {
                continue;
            }
            LocalDate since = record.exceptionSince().orElse(report.firstException(record));
            long days = ChronoUnit.DAYS.between(since, report.latest());
            if (days <= context.settings().exceptionDays()) {
                continue;
            }
            findings.add(FindingDraft.of(STALE_EXCEPTION, device, record.patchId())
                    .severity(record.severity() == PatchSeverity.CRITICAL ? Severity.MEDIUM : Severity.LOW)
                    .title(device + ": " + record.severity().wireName() + " patch " + record.patchId() + " has been a known exception for "
                            + days + " days")
                    .explanation("The patch report of " + report.latest() + " still lists " + record.patchId() + describe(record) + " on "
                            + device + " as an exception, as it has been since " + since + ": " + days + " days, more than the "
                            + context.settings().exceptionDays() + " days an exception may stay before it is reviewed.")
                    .at(context.startOf(report.latest())).evidence(record.ref()).build());
        }
        return findings;
    }

    private static String describe(PatchRecord record) {
        List<String> parts = new ArrayList<>();
        if (!record.title().isEmpty()) {
            parts.add(record.title());
        }
        if (!record.product().isEmpty()) {
            parts.add(record.product());
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }
}
