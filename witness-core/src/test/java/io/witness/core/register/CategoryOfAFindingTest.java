package io.witness.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.finding.EvidenceRef;
import io.witness.core.finding.Finding;
import io.witness.core.finding.FindingKind;
import io.witness.core.finding.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CategoryOfAFindingTest {

    private static GapCategory categoryOf(String kind) {
        Finding finding = Finding.worded(kind + "/INC1", new FindingKind(kind), Severity.LOW, () -> "INC1", () -> "INC1.",
                Optional.empty(), Optional.empty(), Instant.parse("2026-03-02T09:00:00Z"), List.of(EvidenceRef.ofCase("INC1")), Optional.empty());
        return GapRegister.category(finding, Optional.empty());
    }

    @Test
    void aStatusTheContractDoesNotMapIsAReportingFailureAsTheOtherFindingsAboutTheRecordsAre() {
        assertThat(categoryOf("unmapped-status")).isEqualTo(GapCategory.REPORTING_FAILURE);
        assertThat(categoryOf("history-rewrite")).isEqualTo(GapCategory.REPORTING_FAILURE);
        assertThat(categoryOf("incomplete-fix")).isEqualTo(GapCategory.INCOMPLETE_FIX);
    }
}
