package io.witness.core.coverage.obligation;

import io.witness.core.contract.ObligationId;
import io.witness.core.finding.EvidenceRef;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * Evidence that a non-ticket obligation was kept once: a monthly report received, a business review
 * held, a maintenance task done, a document updated. A record naming an obligation counts for that
 * obligation only; one naming none counts for every obligation of its kind (for maintenance, those whose
 * task it names). Immutable.
 *
 * @param kind what was done, not null
 * @param obligation the contract obligation it proves, if named
 * @param date when it was received, held, done or updated, not null
 * @param period the month a monthly report covers (required for reports)
 * @param system the asset or system a maintenance task was done on, empty for all; not null
 * @param task the maintenance task, as the contract names it, not null, may be empty
 * @param ticket the ticket that records it, not null, may be empty
 * @param document the document's name ("Network diagram"), not null, may be empty
 * @param note anything else, not null, may be empty
 * @param ref the row it was read from, not null
 */
public record ObligationRecord(ObligationRecordKind kind, Optional<ObligationId> obligation, LocalDate date, Optional<YearMonth> period,
        String system, String task, String ticket, String document, String note, EvidenceRef ref) {

    public ObligationRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(ref, "ref");
        if (kind == ObligationRecordKind.MONTHLY_REPORT && period.isEmpty()) {
            throw new IllegalArgumentException("A monthly report record names the month it covers");
        }
        if (kind == ObligationRecordKind.DOCUMENTATION && document.isBlank()) {
            throw new IllegalArgumentException("A documentation record names its document");
        }
    }

    /** True when it counts for {@code id}: it names that obligation, or none. */
    public boolean counts(ObligationId id) {
        return obligation.map(id::equals).orElse(true);
    }
}
