package io.witness.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.ClauseRef;
import io.witness.core.contract.Money;
import io.witness.core.contract.PartyId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Findings as JSON lines: every field, and the optional ones left out when empty. */
class FindingJsonTest {

    @Test
    void writesEveryFieldWithTheCostAsADecimalString() {
        Finding finding = new Finding("paid-not-delivered/NW-1/backup/2026-05", new FindingKind("paid-not-delivered"), Severity.MEDIUM,
                "Invoice NW-1: 20.97 USD", "Explained.", Optional.of(new ClauseRef("7.2")), Optional.of(new PartyId("northwind")),
                Instant.parse("2026-06-01T04:00:00Z"), List.of(EvidenceRef.file("invoices.csv:4"), EvidenceRef.observation("acme#12")),
                Optional.of(Money.of("20.97", "USD")));

        assertThat(FindingJson.write(finding)).isEqualTo("{\"id\":\"paid-not-delivered/NW-1/backup/2026-05\",\"kind\":\"paid-not-delivered\","
                + "\"severity\":\"medium\",\"title\":\"Invoice NW-1: 20.97 USD\",\"explanation\":\"Explained.\",\"clause\":\"7.2\","
                + "\"provider\":\"northwind\",\"at\":\"2026-06-01T04:00:00Z\",\"evidence\":[{\"kind\":\"file\",\"id\":\"invoices.csv:4\"},"
                + "{\"kind\":\"observation\",\"id\":\"acme#12\"}],\"cost\":{\"amount\":\"20.97\",\"currency\":\"USD\"}}");
    }

    @Test
    void leavesOutAnEmptyClauseProviderAndCost() {
        Finding finding = new Finding("raci-unassigned/printers", new FindingKind("raci-unassigned"), Severity.MEDIUM, "t", "e",
                Optional.empty(), Optional.empty(), Instant.parse("2026-06-01T04:00:00Z"), List.of(EvidenceRef.ofCase("INC1")), Optional.empty());

        assertThat(FindingJson.writeLines(List.of(finding, finding))).isEqualTo(("{\"id\":\"raci-unassigned/printers\",\"kind\":\"raci-unassigned\","
                + "\"severity\":\"medium\",\"title\":\"t\",\"explanation\":\"e\",\"at\":\"2026-06-01T04:00:00Z\",\"evidence\":[{\"kind\":\"case\","
                + "\"id\":\"INC1\"}]}\n").repeat(2));
    }
}
