package io.witness.sources.format;

import io.witness.core.coverage.CoverageEvidence;
import io.witness.core.event.CaseId;
import io.witness.ledger.chain.ObservationDraft;
import java.util.List;

/**
 * A format whose records are not ticket events but evidence of the work that makes no tickets (issue #8):
 * an inventory, backup jobs, restore tests, patch reports, configuration snapshots, change records,
 * baseline checks, obligation records, market prices, invoices. It parses like any format, into one
 * observation per record with its raw row; instead of a case's events it gives the coverage evidence its
 * observations hold, read back from their parsed JSON alone, so the evidence can be derived again from
 * the ledger at any time.
 *
 * <p>Its observations carry no case, so {@link #normalise} is never needed for them; it gives no events.
 * Implementations are stateless and thread-safe.
 */
public interface OperationalFormat extends SourceFormat {

    /**
     * The coverage evidence of these observations of this format, in their order. Each record's evidence
     * reference is its observation's.
     *
     * @param observations observations this format parsed, each with the reference findings cite it by;
     *     one per record (the caller keeps only the latest version of each)
     * @throws IllegalArgumentException if an observation's parsed form is not one this format writes
     */
    CoverageEvidence evidence(List<LoggedObservation> observations);

    /** No ticket events: operational records belong to no case. */
    @Override
    default CaseEvents normalise(CaseId caseId, List<ObservationDraft> observations, ImportContext context) {
        return new CaseEvents(List.of(), List.of());
    }
}
