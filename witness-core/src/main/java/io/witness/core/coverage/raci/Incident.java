package io.witness.core.coverage.raci;

import io.witness.core.finding.EvidenceRef;
import java.time.Instant;
import java.util.Objects;

/**
 * An incident as the responsibility audit needs it: its case, when it was opened, and the category the
 * ticket system gave it. Immutable.
 *
 * @param caseId the case or ticket id, not blank
 * @param openedAt when it was opened, not null
 * @param category its category, not null, may be empty
 * @param subcategory its subcategory, not null, may be empty
 * @param title its title, not null, may be empty
 * @param ref where it was read from, not null
 */
public record Incident(String caseId, Instant openedAt, String category, String subcategory, String title, EvidenceRef ref) {

    public Incident {
        Objects.requireNonNull(caseId, "caseId");
        if (caseId.isBlank()) {
            throw new IllegalArgumentException("An incident names its case");
        }
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subcategory, "subcategory");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(ref, "ref");
    }
}
