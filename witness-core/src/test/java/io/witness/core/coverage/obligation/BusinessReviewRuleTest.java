package io.witness.core.coverage.obligation;

import static io.witness.core.coverage.CoverageFixtures.context;
import static io.witness.core.coverage.CoverageFixtures.finding;
import static io.witness.core.coverage.CoverageFixtures.ids;
import static io.witness.core.coverage.obligation.ObligationRecords.CONTRACT;
import static io.witness.core.coverage.obligation.ObligationRecords.review;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.coverage.audit.RuleOutcome;
import io.witness.core.finding.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Q1 2026 passed without a review; the next was held in April. */
class BusinessReviewRuleTest {

    private static RuleOutcome audit(String at, List<ObligationRecord> records) {
        return BusinessReviewRule.audit(context(CONTRACT, LocalDate.parse(at), List.of()), records);
    }

    @Test
    void reportsAQuarterWithoutAReviewAndNamesTheNextOne() {
        Finding missed = finding(audit("2026-06-02", List.of(review("2026-04-21"))).findings(), "qbr-missed/qbr/2026-Q1");

        assertThat(missed.title()).isEqualTo("No business review held in 2026 Q1 (section 5.2, every quarter)");
        assertThat(missed.explanation()).isEqualTo("Section 5.2 requires a business review every quarter. The evidence holds none dated "
                + "2026-01-01 to 2026-03-31. The next was held 2026-04-21.");
        assertThat(audit("2026-06-02", List.of(review("2026-04-21"))).checks().get(0).detail()).isEqualTo("0 of 1 quarter with a business review");
    }

    @Test
    void judgesOnlyQuartersThatHaveEnded() {
        assertThat(ids(audit("2026-07-01", List.of(review("2026-03-30"), review("2026-06-30"))).findings())).isEmpty();
        assertThat(audit("2026-07-01", List.of(review("2026-03-30"))).checks().get(0).detail()).isEqualTo("1 of 2 quarters with a business review");
        assertThat(ids(audit("2026-03-31", List.of()).findings())).isEmpty();
    }
}
