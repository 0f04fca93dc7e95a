package io.witness.core.coverage.backup;

import io.witness.core.contract.ObligationTerms;
import io.witness.core.coverage.asset.Criticality;
import io.witness.core.coverage.asset.InventorySystem;
import io.witness.core.coverage.audit.AuditContext;
import io.witness.core.coverage.audit.FindingDraft;
import io.witness.core.coverage.audit.ProviderObligation;
import io.witness.core.coverage.audit.RuleOutcome;
import io.witness.core.coverage.audit.Words;
import io.witness.core.finding.Finding;
import io.witness.core.finding.FindingKind;
import io.witness.core.finding.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the backup scope leaves out: critical systems of the inventory that no backup scope of the
 * contract covers, and data sets the inventory requires that no recent successful backup captured.
 */
public final class BackupScopeRule {

    /** A critical system in no backup scope. */
    public static final FindingKind SCOPE_GAP = new FindingKind("backup-scope-gap");
    /** A required data set no successful backup captured in the recent days. */
    public static final FindingKind DATASET_MISSING = new FindingKind("backup-dataset-missing");

    private BackupScopeRule() {
    }

    public static RuleOutcome audit(AuditContext context, BackupHistory history) {
        Map<String, ProviderObligation<ObligationTerms.BackupScope>> scoped = BackupScopes.of(context);
        Optional<ProviderObligation<ObligationTerms.BackupScope>> firstScope =
                context.obligations(ObligationTerms.BackupScope.class).stream().findFirst();
        List<Finding> findings = new ArrayList<>();
        for (InventorySystem system : context.inventory().inServiceOn(context.at())) {
            if (system.criticality() == Criticality.CRITICAL && !scoped.containsKey(system.system())) {
                findings.add(scopeGap(context, history, system, firstScope));
            }
        }
        for (InventorySystem system : context.inventory().inServiceOn(context.at())) {
            ProviderObligation<ObligationTerms.BackupScope> scope = scoped.get(system.system());
            if (scope != null) {
                for (String dataset : system.requiredDatasets()) {
                    datasetMissing(context, history, system, dataset, scope).ifPresent(findings::add);
                }
            }
        }
        return RuleOutcome.of(findings);
    }

    private static Finding scopeGap(AuditContext context, BackupHistory history, InventorySystem system,
            Optional<ProviderObligation<ObligationTerms.BackupScope>> scope) {
        String described = system.name().isEmpty() ? system.system() : system.system() + " (" + system.name() + ")";
        String asset = system.asset().map(a -> a.value()).orElse("none");
        FindingDraft draft = FindingDraft.of(SCOPE_GAP, system.system()).at(context.atInstant()).evidence(system.ref());
        StringBuilder explanation = new StringBuilder("The inventory lists " + described + " as critical. ");
        if (scope.isPresent()) {
            draft.obligation(scope.get()).title(system.label() + " is not in the backup scope of " + scope.get().section());
            explanation.append("The backup scope of ").append(scope.get().section()).append(" covers ")
                    .append(Words.list(BackupScopes.assets(scope.get()))).append("; ").append(system.system())
                    .append(" belongs to none of them (its contract asset: ").append(asset).append(").");
        } else {
            draft.title(system.label() + " is in no backup scope: the contract names none");
            explanation.append("The contract names no backup scope, so no one is bound to back it up.");
        }
        Optional<BackupRun> copy = history.lastCopy(system.system());
        if (copy.isPresent()) {
            explanation.append(" Backups of it were made anyway (the last on ").append(history.dateOf(copy.get().startedAt()))
                    .append("), but the contract does not require them.");
            draft.evidence(copy.get().ref());
        }
        return draft.severity(copy.isPresent() ? Severity.MEDIUM : Severity.HIGH).explanation(explanation.toString()).build();
    }

    private static Optional<Finding> datasetMissing(AuditContext context, BackupHistory history, InventorySystem system,
            String dataset, ProviderObligation<ObligationTerms.BackupScope> scope) {
        LocalDate windowStart = context.at().minusDays(context.settings().datasetDays());
        List<BackupRun> copies = new ArrayList<>();
        BackupRun lastCapture = null;
        for (BackupRun run : history.runsOf(system.system())) {
            if (run.result().madeACopy()) {
                if (run.captured(dataset)) {
                    lastCapture = run;
                }
                if (!history.dateOf(run.startedAt()).isBefore(windowStart)) {
                    copies.add(run);
                }
            }
        }
        // With no successful run at all in the window the failing-backup rule speaks; this one is about what runs leave out.
        if (copies.isEmpty() || copies.stream().anyMatch(r -> r.captured(dataset))) {
            return Optional.empty();
        }
        LocalDate lastDay = context.at().minusDays(1);
        String title = system.label() + ": no successful backup captured " + dataset + " in the "
                + Words.count(context.settings().datasetDays(), "day") + " before " + context.at();
        String explanation = "The inventory requires backups of " + system.system() + " to capture " + dataset + ". Of its "
                + Words.count(copies.size(), "successful run") + " from " + windowStart + " to " + lastDay + ", none did; "
                + (lastCapture == null ? "no run has ever captured it." : "the last that did was on "
                        + history.dateOf(lastCapture.startedAt()) + " (job " + lastCapture.job() + ").");
        FindingDraft draft = FindingDraft.of(DATASET_MISSING, system.system(), dataset).obligation(scope)
                .severity(system.criticality() == Criticality.CRITICAL ? Severity.HIGH : Severity.MEDIUM)
                .title(title).explanation(explanation).at(context.atInstant()).evidence(system.ref())
                .evidence(copies.get(copies.size() - 1).ref());
        if (lastCapture != null) {
            draft.evidence(lastCapture.ref());
        }
        return Optional.of(draft.build());
    }
}
