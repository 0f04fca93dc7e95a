package io.witness.core.reconcile;

import io.witness.core.clock.ClockResult;
import io.witness.core.finding.Finding;
import io.witness.core.finding.FindingKind;
import org.jspecify.annotations.Nullable;

/** The kinds of finding reconciliation reports; docs/reconcile.md gives each one's rule and wording. */
public final class ReconcileFindings {

    /** A ticket only one side recorded. */
    public static final FindingKind ONE_SIDED_CASE = new FindingKind("one-sided-case");
    /** The two sides' records give one clock different verdicts or figures. */
    public static final FindingKind CLOCK_DISAGREEMENT = new FindingKind("clock-disagreement");
    /** The witnessed clock breached its target. */
    public static final FindingKind SLA_BREACH = new FindingKind("sla-breach");
    /** A source's own SLA field says met where the witnessed clock is breached (or the reverse). */
    public static final FindingKind CLAIM_CONTRADICTED = new FindingKind("claim-contradicted");
    /** A record told one way and later another, or claimed before a moment Witness had the ticket without it. */
    public static final FindingKind HISTORY_REWRITE = new FindingKind("history-rewrite");
    /** A case resolved and then reopened: the fix did not hold. */
    public static final FindingKind INCOMPLETE_FIX = new FindingKind("incomplete-fix");
    /** A status a side's record used that neither the record nor the contract gives a class: the clocks ran through it. */
    public static final FindingKind UNMAPPED_STATUS = new FindingKind("unmapped-status");

    private ReconcileFindings() {
    }

    /**
     * The clock a finding of a case's clocks names first in its evidence, as reconciliation made it, without making
     * or reading its references; null for any other finding, whose references then tell it.
     */
    public static @Nullable ClockResult clockNamedFirst(Finding finding) {
        return ClockFindingParts.clockOf(finding);
    }
}
