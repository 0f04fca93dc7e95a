package io.witness.sources.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.core.input.InputProblem;
import io.witness.core.input.InputRejected;
import io.witness.ledger.chain.TenantId;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.ingest.ImportProgress;
import io.witness.sources.ingest.ImportSummary;
import io.witness.sources.ingest.Importer;
import io.witness.sources.ingest.Rewrite;
import io.witness.sources.testing.TestLedger;
import io.witness.sources.timeline.Imports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Daily snapshot exports imported through the framework: overlaps add what changed, a rewritten version is reported (#6). */
class CsvFormatImportedIntoTheLedgerTest {

    private static final CsvFormat FORMAT = new CsvFormat();
    private static final String CSV = Imports.text(CsvFormatImportedIntoTheLedgerTest.class, "servicenow-list.csv");
    private static TestLedger store;
    private static Importer importer;

    @BeforeAll
    static void open() {
        store = TestLedger.open();
        importer = new Importer(store.ledger(), Clock.fixed(Instant.parse("2026-11-26T10:05:00Z"), ZoneOffset.UTC));
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
    }

    private static ImportContext context(String tenant) {
        ImportContext client = Imports.mapped(Imports.under(Imports.client("csv"),
                        Imports.contract(CsvFormatImportedIntoTheLedgerTest.class, "servicenow-contract.yaml")),
                "servicenow-list.yaml", Imports.text(CsvFormatImportedIntoTheLedgerTest.class, "servicenow-list.yaml"));
        return new ImportContext(TenantId.of(tenant), client.side(), client.source(), client.contract(), client.contractSource(),
                client.zone(), client.mapping(), client.receivedAt());
    }

    /** The export's header and its rows from {@code first} to {@code last} (1-based, after the header). */
    private static ImportFile export(String name, int first, int last) {
        List<String> lines = Arrays.asList(CSV.split("\r\n(?=INC|$)"));
        StringBuilder text = new StringBuilder(lines.get(0)).append("\r\n");
        for (int i = first; i <= last; i++) {
            text.append(lines.get(i)).append("\r\n");
        }
        return new ImportFile(name, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anOverlappingExportAddsOnlyTheNewVersionsAndARerunNothing() {
        ImportContext context = context("acme-daily");
        ImportSummary monday = importer.importFiles(FORMAT, List.of(export("monday.csv", 1, 3)), context, ImportProgress.NONE);
        ImportSummary week = importer.importFiles(FORMAT, List.of(export("week.csv", 1, 8)), context, ImportProgress.NONE);
        ImportSummary again = importer.importFiles(FORMAT, List.of(export("week.csv", 1, 8)), context, ImportProgress.NONE);

        assertThat(monday.added()).isEqualTo(3);
        assertThat(week.rowsRead()).isEqualTo(8);
        assertThat(week.added()).isEqualTo(4);
        assertThat(week.alreadyPresent()).isEqualTo(4);
        assertThat(week.cases()).isEqualTo(2);
        assertThat(week.events()).isEqualTo(18);
        assertThat(week.rewrites()).isEmpty();
        assertThat(again.added()).isZero();
        assertThat(again.logSize()).isEqualTo(7);
    }

    @Test
    void aVersionExportedAgainWithABackdatedResolutionIsKeptAndReported() {
        ImportContext context = context("acme-backdated");
        importer.importFiles(FORMAT, List.of(export("week.csv", 1, 8)), context, ImportProgress.NONE);
        // Versions 4 and 5 (and 4's duplicate row) exported again with the resolution moved a day earlier.
        String backdated = new String(export("again.csv", 4, 6).bytes(), StandardCharsets.UTF_8)
                .replace("31.03.2026 08:45:00", "30.03.2026 17:00:00");

        ImportSummary again = importer.importFiles(FORMAT, List.of(new ImportFile("again.csv", backdated.getBytes(StandardCharsets.UTF_8))),
                context, ImportProgress.NONE);

        assertThat(again.added()).isEqualTo(2);
        assertThat(again.rewrites()).extracting(Rewrite::describe).containsExactly(
                "INC0010001: incident INC0010001 version 4 rewritten: Resolved: \"31.03.2026 08:45:00\" -> \"30.03.2026 17:00:00\"",
                "INC0010001: incident INC0010001 version 5 rewritten: Resolved: \"31.03.2026 08:45:00\" -> \"30.03.2026 17:00:00\"",
                "INC0010001: resolved #1 rewritten: {\"case\":\"INC0010001\",\"side\":\"client\",\"type\":\"resolved\","
                        + "\"at\":\"2026-03-31T06:45:00Z\",\"seenAt\":\"2026-11-26T10:00:00Z\",\"sourceId\":\"INC0010001\"} -> "
                        + "{\"case\":\"INC0010001\",\"side\":\"client\",\"type\":\"resolved\",\"at\":\"2026-03-30T15:00:00Z\","
                        + "\"seenAt\":\"2026-11-26T10:00:00Z\",\"sourceId\":\"INC0010001\"}");
    }

    @Test
    void aBadRowRefusesTheWholeImportAndStoresNothing() {
        ImportContext context = context("acme-refused");
        String bad = new String(export("bad.csv", 1, 8).bytes(), StandardCharsets.UTF_8).replace("30.03.2026 10:15:00", "30.03.2026");

        assertThatThrownBy(() -> importer.importFiles(FORMAT, List.of(new ImportFile("bad.csv", bad.getBytes(StandardCharsets.UTF_8))),
                context, ImportProgress.NONE))
                .isInstanceOfSatisfying(InputRejected.class, e -> assertThat(e.problems()).extracting(InputProblem::toString)
                        .containsExactly("bad.csv:5:3: /Updated: expected a time like dd.MM.yyyy HH:mm:ss, found '30.03.2026'"));
        assertThat(store.ledger().reader().size(context.tenant())).isZero();
    }
}
