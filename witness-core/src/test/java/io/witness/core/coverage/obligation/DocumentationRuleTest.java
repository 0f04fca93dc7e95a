package io.witness.core.coverage.obligation;

import static io.witness.core.coverage.CoverageFixtures.context;
import static io.witness.core.coverage.CoverageFixtures.finding;
import static io.witness.core.coverage.CoverageFixtures.ids;
import static io.witness.core.coverage.obligation.ObligationRecords.CONTRACT;
import static io.witness.core.coverage.obligation.ObligationRecords.document;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.coverage.audit.RuleOutcome;
import io.witness.core.finding.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The network diagram was last updated in November 2025; the backup runbook in February 2026. */
class DocumentationRuleTest {

    private static RuleOutcome audit(String at, List<ObligationRecord> records) {
        return DocumentationRule.audit(context(CONTRACT, LocalDate.parse(at), List.of()), records);
    }

    @Test
    void reportsADocumentNotUpdatedWithinACadence() {
        RuleOutcome outcome = audit("2026-06-02", List.of(document("network diagram", "2025-09-14"), document("Network diagram", "2025-11-02"),
                document("Backup runbook", "2026-02-01")));

        Finding stale = finding(outcome.findings(), "documentation-stale/documentation/network-diagram");
        assertThat(stale.title()).isEqualTo("Network diagram: last updated 2025-11-02, 7 months before 2026-06-02 (section 5.3, every half year)");
        assertThat(stale.explanation()).isEqualTo("Section 5.3 requires the documentation to be reviewed every half year. 'Network diagram' was "
                + "last updated 2025-11-02 (212 days before 2026-06-02); the next review was due by 2026-05-02.");
        assertThat(ids(outcome.findings())).containsExactly("documentation-stale/documentation/network-diagram");
        assertThat(outcome.checks().get(0).detail()).isEqualTo("1 of 2 documents reviewed within a half year");
    }

    @Test
    void reportsNoDocumentationOnceTheFirstReviewIsDue() {
        assertThat(ids(audit("2026-07-01", List.of()).findings())).isEmpty();
        Finding missing = finding(audit("2026-07-02", List.of()).findings(), "documentation-missing/documentation");

        assertThat(missing.explanation()).isEqualTo("The evidence holds no documentation update before 2026-07-02; section 5.3 requires a "
                + "review every half year, the first due by 2026-07-01.");
    }
}
