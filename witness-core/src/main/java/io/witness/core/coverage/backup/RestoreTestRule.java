package io.witness.core.coverage.backup;

import io.witness.core.contract.AssetId;
import io.witness.core.contract.ObligationTerms;
import io.witness.core.coverage.asset.Criticality;
import io.witness.core.coverage.asset.InventorySystem;
import io.witness.core.coverage.audit.AuditContext;
import io.witness.core.coverage.audit.FindingDraft;
import io.witness.core.coverage.audit.ObligationCheck;
import io.witness.core.coverage.audit.ProviderObligation;
import io.witness.core.coverage.audit.RuleOutcome;
import io.witness.core.finding.Finding;
import io.witness.core.finding.FindingKind;
import io.witness.core.finding.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether backups were shown to restore: each system of a restore-test obligation needs a successful
 * restore test no more than {@code every_days} days before the audit date (a system never tested is due
 * {@code every_days} after the contract's first day); each other system in a backup scope that has never
 * had a successful restore test is reported as never restored.
 */
public final class RestoreTestRule {

    /** The last successful restore test is older than the obligation allows. */
    public static final FindingKind OVERDUE = new FindingKind("restore-test-overdue");
    /** A system of a restore-test obligation never had a successful restore test, and one is due. */
    public static final FindingKind NEVER_TESTED = new FindingKind("restore-test-never");
    /** A backed-up system no obligation names for restore tests and whose backup was never restored. */
    public static final FindingKind NEVER_RESTORED = new FindingKind("restore-never");

    private RestoreTestRule() {
    }

    public static RuleOutcome audit(AuditContext context, BackupHistory history) {
        List<Finding> findings = new ArrayList<>();
        List<ObligationCheck> checks = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (ProviderObligation<ObligationTerms.RestoreTest> obligation : context.obligations(ObligationTerms.RestoreTest.class)) {
            int every = obligation.terms().everyDays();
            long expected = 0;
            long kept = 0;
            for (AssetId asset : obligation.terms().systems()) {
                for (String system : context.inventory().systemsOf(asset, context.at())) {
                    named.add(system);
                    expected++;
                    Optional<Finding> finding = check(context, history, obligation, system, every);
                    finding.ifPresent(findings::add);
                    kept += finding.isEmpty() ? 1 : 0;
                }
            }
            checks.add(new ObligationCheck(obligation.provider(), obligation.obligation().id(), obligation.terms().kind(),
                    obligation.obligation().section(), expected, kept,
                    kept + " of " + expected + " systems restore-tested within " + every + " days (or not due yet)"));
        }
        for (Map.Entry<String, ProviderObligation<ObligationTerms.BackupScope>> scoped : BackupScopes.of(context).entrySet()) {
            String system = scoped.getKey();
            if (!named.contains(system) && history.lastSuccessfulRestore(system).isEmpty()) {
                findings.add(neverRestored(context, history, scoped.getValue(), system));
            }
        }
        return new RuleOutcome(findings, checks);
    }

    private static Optional<Finding> check(AuditContext context, BackupHistory history, ProviderObligation<ObligationTerms.RestoreTest> obligation,
            String system, int every) {
        Optional<RestoreTest> last = history.lastSuccessfulRestore(system);
        Optional<RestoreTest> attempt = history.lastRestore(system).filter(t -> t.result() != RestoreResult.SUCCESS);
        Optional<InventorySystem> listed = context.inventory().find(system);
        String label = context.inventory().label(system);
        String failedAttempt = attempt.map(t -> " The attempt of " + history.dateOf(t.testedAt()) + " ended " + t.result().wireName() + ".").orElse("");
        FindingDraft draft;
        if (last.isPresent()) {
            LocalDate tested = history.dateOf(last.get().testedAt());
            long days = ChronoUnit.DAYS.between(tested, context.at());
            if (days <= every) {
                return Optional.empty();
            }
            draft = FindingDraft.of(OVERDUE, obligation.obligation().id().value(), system)
                    .title(label + ": restore test overdue (" + obligation.section() + ", every " + every + " days)")
                    .explanation(label + " was not restore-tested within the " + every + " days " + obligation.section()
                            + " requires: last restore test " + tested + ", " + days + " days before " + context.at() + "." + failedAttempt)
                    .at(context.startOf(tested.plusDays(every))).evidence(last.get().ref());
        } else {
            LocalDate due = context.contract().header().effective().from().plusDays(every);
            if (!context.at().isAfter(due)) {
                return Optional.empty();
            }
            draft = FindingDraft.of(NEVER_TESTED, obligation.obligation().id().value(), system)
                    .title(label + " has never been restore-tested (" + obligation.section() + ", every " + every + " days)")
                    .explanation(label + " has no successful restore test in the evidence; " + obligation.section()
                            + " requires one every " + every + " days, the first due " + due + "." + failedAttempt)
                    .at(context.startOf(due)).evidence(context.ref(obligation));
        }
        attempt.ifPresent(t -> draft.evidence(t.ref()));
        listed.ifPresent(s -> draft.evidence(s.ref()));
        boolean critical = listed.filter(s -> s.criticality() == Criticality.CRITICAL).isPresent();
        return Optional.of(draft.obligation(obligation).severity(critical ? Severity.HIGH : Severity.MEDIUM).build());
    }

    private static Finding neverRestored(AuditContext context, BackupHistory history, ProviderObligation<ObligationTerms.BackupScope> scope,
            String system) {
        Optional<InventorySystem> listed = context.inventory().find(system);
        String label = context.inventory().label(system);
        boolean critical = listed.filter(s -> s.criticality() == Criticality.CRITICAL).isPresent();
        FindingDraft draft = FindingDraft.of(NEVER_RESTORED, system).obligation(scope)
                .severity(critical ? Severity.MEDIUM : Severity.LOW)
                .title(label + " is backed up under " + scope.section() + " but its backup has never been restored")
                .explanation(label + " is in the backup scope of " + scope.section() + ", and no obligation names it for restore tests; "
                        + "the evidence holds no successful restore of it" + history.lastCopy(system)
                                .map(r -> ", although its last backup was on " + history.dateOf(r.startedAt())).orElse("") + ".")
                .at(context.atInstant()).evidence(context.ref(scope));
        listed.ifPresent(s -> draft.evidence(s.ref()));
        history.lastRestore(system).ifPresent(t -> draft.evidence(t.ref()));
        return draft.build();
    }
}
