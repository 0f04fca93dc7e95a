package io.witness.core.coverage.backup;

import io.witness.core.contract.AssetId;
import io.witness.core.contract.Cadence;
import io.witness.core.contract.ObligationTerms;
import io.witness.core.coverage.asset.Criticality;
import io.witness.core.coverage.asset.InventorySystem;
import io.witness.core.coverage.audit.AuditContext;
import io.witness.core.coverage.audit.CadencePeriod;
import io.witness.core.coverage.audit.FindingDraft;
import io.witness.core.coverage.audit.MonthlyDelivery;
import io.witness.core.coverage.audit.ObligationCheck;
import io.witness.core.coverage.audit.ProviderObligation;
import io.witness.core.coverage.audit.RuleOutcome;
import io.witness.core.coverage.audit.Words;
import io.witness.core.finding.EvidenceRef;
import io.witness.core.finding.Finding;
import io.witness.core.finding.FindingKind;
import io.witness.core.finding.Severity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Whether each system of each backup scope was backed up at the scope's cadence: per period of the
 * cadence (a day for daily) from the later of the audit's start and the first backup run in the evidence,
 * up to the day before the audit date, a period counts when a run that made a copy (success or warning)
 * started in it. A system with no run at all is reported once; otherwise every streak of at least
 * {@code failingNights} periods in a row without a copy is reported, with which runs failed and which
 * periods had none.
 */
public final class BackupCadenceRule {

    /** Periods in a row without a successful backup. */
    public static final FindingKind FAILING = new FindingKind("backup-failing");
    /** No backup run at all of a system in scope. */
    public static final FindingKind NONE = new FindingKind("backup-none");

    private BackupCadenceRule() {
    }

    public static RuleOutcome audit(AuditContext context, BackupHistory history) {
        List<Finding> findings = new ArrayList<>();
        List<ObligationCheck> checks = new ArrayList<>();
        List<MonthlyDelivery> deliveries = new ArrayList<>();
        LocalDate start = history.firstRunDate().filter(d -> d.isAfter(context.from())).orElse(context.from());
        Set<String> audited = new LinkedHashSet<>();
        for (ProviderObligation<ObligationTerms.BackupScope> scope : context.obligations(ObligationTerms.BackupScope.class)) {
            Cadence cadence = scope.terms().cadence();
            List<CadencePeriod> periods = CadencePeriod.within(cadence, start, context.at());
            long expected = 0;
            long kept = 0;
            Map<YearMonth, long[]> byMonth = new TreeMap<>();
            for (AssetId asset : scope.terms().systems()) {
                for (String system : context.inventory().systemsOf(asset, context.at())) {
                    boolean[] copied = copied(history, system, periods);
                    expected += periods.size();
                    for (int p = 0; p < copied.length; p++) {
                        kept += copied[p] ? 1 : 0;
                        long[] tally = byMonth.computeIfAbsent(YearMonth.from(periods.get(p).startInclusive()), m -> new long[2]);
                        tally[0]++;
                        tally[1] += copied[p] ? 1 : 0;
                    }
                    if (!audited.add(system) || periods.isEmpty()) {
                        continue;
                    }
                    if (history.runsOf(system).stream().noneMatch(r -> !history.dateOf(r.startedAt()).isBefore(start))) {
                        findings.add(none(context, scope, asset, system, periods));
                    } else {
                        findings.addAll(streaks(context, history, scope, asset, system, periods, copied));
                    }
                }
            }
            String unit = "system-" + CadencePeriod.unit(cadence) + "s";
            byMonth.forEach((month, tally) -> deliveries.add(new MonthlyDelivery(scope.provider(), scope.obligation().id(), month,
                    tally[0], tally[1], unit + " with a successful backup")));
            checks.add(new ObligationCheck(scope.provider(), scope.obligation().id(), scope.terms().kind(), scope.obligation().section(),
                    expected, kept, kept + " of " + expected + " " + unit + " with a successful backup"
                            + (periods.isEmpty() ? "" : ", " + periods.get(0).startInclusive() + " to " + periods.get(periods.size() - 1).endInclusive())));
        }
        return new RuleOutcome(findings, checks, deliveries);
    }

    private static boolean[] copied(BackupHistory history, String system, List<CadencePeriod> periods) {
        boolean[] copied = new boolean[periods.size()];
        if (periods.isEmpty()) {
            return copied;
        }
        for (BackupRun run : history.runsOf(system)) {
            if (run.result().madeACopy()) {
                int index = indexOf(periods, history.dateOf(run.startedAt()));
                if (index >= 0) {
                    copied[index] = true;
                }
            }
        }
        return copied;
    }

    private static int indexOf(List<CadencePeriod> periods, LocalDate date) {
        int low = 0;
        int high = periods.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            CadencePeriod period = periods.get(mid);
            if (date.isBefore(period.startInclusive())) {
                high = mid - 1;
            } else if (!date.isBefore(period.endExclusive())) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private static Finding none(AuditContext context, ProviderObligation<ObligationTerms.BackupScope> scope, AssetId asset,
            String system, List<CadencePeriod> periods) {
        LocalDate first = periods.get(0).startInclusive();
        LocalDate last = periods.get(periods.size() - 1).endInclusive();
        Optional<InventorySystem> listed = context.inventory().find(system);
        FindingDraft draft = FindingDraft.of(NONE, system).obligation(scope).at(context.atInstant())
                .severity(severity(listed))
                .title(context.inventory().label(system) + ": no backup run recorded from " + first + " to " + last + " ("
                        + scope.section() + " requires " + scope.terms().cadence().wireName() + ")")
                .explanation(capitalised(scope.section()) + " puts " + asset
                        + " in the backup scope, " + scope.terms().cadence().wireName() + ". The backup evidence from " + first + " to " + last
                        + " holds no run for " + system + ".")
                .evidence(context.ref(scope));
        listed.ifPresent(s -> draft.evidence(s.ref()));
        return draft.build();
    }

    private static List<Finding> streaks(AuditContext context, BackupHistory history, ProviderObligation<ObligationTerms.BackupScope> scope,
            AssetId asset, String system, List<CadencePeriod> periods, boolean[] copied) {
        List<Finding> findings = new ArrayList<>();
        int at = 0;
        while (at < copied.length) {
            if (copied[at]) {
                at++;
                continue;
            }
            int end = at;
            while (end < copied.length && !copied[end]) {
                end++;
            }
            if (end - at >= context.settings().failingNights()) {
                findings.add(streak(context, history, scope, asset, system, periods.subList(at, end), end == copied.length));
            }
            at = end;
        }
        return findings;
    }

    private static Finding streak(AuditContext context, BackupHistory history, ProviderObligation<ObligationTerms.BackupScope> scope,
            AssetId asset, String system, List<CadencePeriod> streak, boolean untilTheEnd) {
        Cadence cadence = scope.terms().cadence();
        String unit = cadence == Cadence.DAILY ? "night" : CadencePeriod.unit(cadence);
        List<String> failed = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        List<EvidenceRef> refs = new ArrayList<>();
        for (CadencePeriod period : streak) {
            List<BackupRun> runs = history.runsOf(system).stream().filter(r -> period.contains(history.dateOf(r.startedAt()))).toList();
            (runs.isEmpty() ? empty : failed).add(period.label());
            runs.forEach(r -> refs.add(r.ref()));
        }
        String first = streak.get(0).label();
        String last = streak.get(streak.size() - 1).label();
        List<String> parts = new ArrayList<>();
        if (!failed.isEmpty()) {
            parts.add("runs failed on " + Words.list(failed));
        }
        if (!empty.isEmpty()) {
            parts.add("no run is recorded on " + Words.list(empty));
        }
        Optional<InventorySystem> listed = context.inventory().find(system);
        String label = context.inventory().label(system);
        String explanation = capitalised(scope.section()) + " requires a " + cadence.wireName() + " backup of " + asset + ". " + system
                + " had no successful backup for " + Words.count(streak.size(), CadencePeriod.unit(cadence)) + " in a row: "
                + String.join(", and ", parts) + "." + (untilTheEnd ? " None had succeeded by " + context.at() + "." : "");
        FindingDraft draft = FindingDraft.of(FAILING, system, streak.get(0).startInclusive().toString()).obligation(scope)
                .severity(severity(listed))
                .title(label + ": no successful backup for " + Words.count(streak.size(), unit) + " in a row, " + first + " to " + last
                        + " (" + scope.section() + " requires " + cadence.wireName() + ")")
                .explanation(explanation).at(context.startOf(streak.get(streak.size() - 1).startInclusive())).evidence(refs);
        if (refs.isEmpty()) {
            draft.evidence(context.ref(scope));
        }
        listed.ifPresent(s -> draft.evidence(s.ref()));
        return draft.build();
    }

    private static Severity severity(Optional<InventorySystem> system) {
        return system.filter(s -> s.criticality() == Criticality.CRITICAL).isPresent() ? Severity.HIGH : Severity.MEDIUM;
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
