package io.witness.core.coverage.obligation;

import io.witness.core.contract.AssetId;
import io.witness.core.contract.ObligationTerms;
import io.witness.core.coverage.asset.InventorySystem;
import io.witness.core.coverage.audit.AuditContext;
import io.witness.core.coverage.audit.CadencePeriod;
import io.witness.core.coverage.audit.FindingDraft;
import io.witness.core.coverage.audit.MonthlyDelivery;
import io.witness.core.coverage.audit.ObligationCheck;
import io.witness.core.coverage.audit.ProviderObligation;
import io.witness.core.coverage.audit.RuleOutcome;
import io.witness.core.coverage.audit.Words;
import io.witness.core.finding.Finding;
import io.witness.core.finding.FindingKind;
import io.witness.core.finding.Severity;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Preventive maintenance: each period of the obligation's cadence that lies wholly in the audited period
 * needs the task done on each of its systems. A maintenance record counts for an obligation when it names
 * it, or names none and gives its task; it covers the system it names (an asset id, or an inventory
 * system of that asset), or every system of the obligation when it names none.
 */
public final class MaintenanceRule {

    public static final FindingKind SKIPPED = new FindingKind("maintenance-skipped");

    /** How many skipped periods a finding lists by name before it says how many more. */
    private static final int LISTED = 12;

    private MaintenanceRule() {
    }

    public static RuleOutcome audit(AuditContext context, List<ObligationRecord> records) {
        List<Finding> findings = new ArrayList<>();
        List<ObligationCheck> checks = new ArrayList<>();
        List<MonthlyDelivery> deliveries = new ArrayList<>();
        for (ProviderObligation<ObligationTerms.PreventiveMaintenance> obligation
                : context.obligations(ObligationTerms.PreventiveMaintenance.class)) {
            List<ObligationRecord> done = records.stream().filter(r -> r.kind() == ObligationRecordKind.MAINTENANCE
                    && r.date().isBefore(context.at()) && counts(r, obligation)).toList();
            List<CadencePeriod> periods = CadencePeriod.within(obligation.terms().cadence(), context.from(), context.at());
            List<String> targets = obligation.terms().systems().isEmpty() ? List.of("")
                    : obligation.terms().systems().stream().map(AssetId::value).toList();
            long expected = 0;
            long kept = 0;
            Map<YearMonth, long[]> byMonth = new TreeMap<>();
            for (String target : targets) {
                List<CadencePeriod> skipped = new ArrayList<>();
                for (CadencePeriod period : periods) {
                    boolean wasDone = done.stream().anyMatch(r -> period.contains(r.date()) && covers(context, r, target));
                    expected++;
                    kept += wasDone ? 1 : 0;
                    long[] tally = byMonth.computeIfAbsent(YearMonth.from(period.startInclusive()), m -> new long[2]);
                    tally[0]++;
                    tally[1] += wasDone ? 1 : 0;
                    if (!wasDone) {
                        skipped.add(period);
                    }
                }
                if (!skipped.isEmpty()) {
                    findings.add(skipped(context, obligation, target, periods, skipped, done));
                }
            }
            String unit = CadencePeriod.unit(obligation.terms().cadence());
            String units = (obligation.terms().systems().isEmpty() ? "" : "system-") + unit + "s";
            byMonth.forEach((month, tally) -> deliveries.add(new MonthlyDelivery(obligation.provider(), obligation.obligation().id(), month,
                    tally[0], tally[1], units + " with the task done")));
            checks.add(new ObligationCheck(obligation.provider(), obligation.obligation().id(), obligation.terms().kind(),
                    obligation.obligation().section(), expected, kept, kept + " of " + expected + " " + units + " with the task done"));
        }
        return new RuleOutcome(findings, checks, deliveries);
    }

    private static boolean counts(ObligationRecord record, ProviderObligation<ObligationTerms.PreventiveMaintenance> obligation) {
        return record.obligation().map(obligation.obligation().id()::equals)
                .orElse(record.task().equalsIgnoreCase(obligation.terms().task()));
    }

    private static boolean covers(AuditContext context, ObligationRecord record, String target) {
        if (record.system().isBlank() || target.isEmpty() || record.system().equalsIgnoreCase(target)) {
            return true;
        }
        Optional<InventorySystem> system = context.inventory().find(record.system());
        return system.flatMap(InventorySystem::asset).filter(a -> a.value().equals(target)).isPresent();
    }

    private static Finding skipped(AuditContext context, ProviderObligation<ObligationTerms.PreventiveMaintenance> obligation, String target,
            List<CadencePeriod> periods, List<CadencePeriod> skipped, List<ObligationRecord> done) {
        String unit = CadencePeriod.unit(obligation.terms().cadence());
        String task = "'" + obligation.terms().task() + "'";
        String on = target.isEmpty() ? "" : " on " + target;
        List<String> names = new ArrayList<>(skipped.stream().limit(LISTED).map(p -> p.cadence() == io.witness.core.contract.Cadence.WEEKLY
                ? p.startInclusive().toString() : p.label()).toList());
        if (skipped.size() > LISTED) {
            names.add((skipped.size() - LISTED) + " more");
        }
        String where = obligation.terms().cadence() == io.witness.core.contract.Cadence.WEEKLY ? "the weeks of " : "";
        String cadence = capitalised(obligation.terms().cadence().wireName());
        FindingDraft draft = FindingDraft.of(SKIPPED, target.isEmpty() ? new String[] {obligation.obligation().id().value()}
                        : new String[] {obligation.obligation().id().value(), target})
                .obligation(obligation).severity(Severity.MEDIUM)
                .title(cadence + " " + task + on + ": " + skipped.size() + " of " + Words.count(periods.size(), unit) + " skipped ("
                        + obligation.section() + ")")
                .explanation(MonthlyReportRule.capitalised(obligation.section()) + " requires " + task + on + " every " + unit + ". Of the "
                        + Words.count(periods.size(), unit) + " from " + periods.get(0).startInclusive() + " to "
                        + periods.get(periods.size() - 1).endInclusive() + ", the evidence shows it done in " + (periods.size() - skipped.size())
                        + "; none is recorded in " + where + Words.list(names) + ".")
                .at(context.startOf(skipped.get(skipped.size() - 1).endExclusive())).evidence(context.ref(obligation));
        done.stream().filter(r -> covers(context, r, target)).reduce((a, b) -> b).ifPresent(r -> draft.evidence(r.ref()));
        return draft.build();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
