package io.witness.core.coverage;

import io.witness.core.finding.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A coverage audit's result: the period audited, every finding, and the summary figures. Immutable.
 *
 * @param from the first day audited
 * @param at the audit date (days before it were audited)
 * @param findings every finding, area by area
 * @param summary the figures
 */
public record CoverageReport(LocalDate from, LocalDate at, List<Finding> findings, CoverageSummary summary) {

    public CoverageReport {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(at, "at");
        findings = List.copyOf(findings);
        Objects.requireNonNull(summary, "summary");
    }
}
