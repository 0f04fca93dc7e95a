package io.witness.sources.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.ContractYaml;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client's tracker imported month after month: unchanged rows add nothing, an edited response time is reported (#6). */
class TrackerFormatImportedIntoTheLedgerTest {

    private static final TrackerFormat FORMAT = new TrackerFormat();
    private static TestLedger store;
    private static Importer importer;
    private static ImportContext context;

    @BeforeAll
    static void open() throws IOException {
        store = TestLedger.open();
        importer = new Importer(store.ledger(), Clock.fixed(Instant.parse("2026-11-26T10:05:00Z"), ZoneOffset.UTC));
        ImportContext client = Imports.inZone(Imports.under(Imports.client("tracker"), ContractYaml.parse(
                Files.readString(Path.of("../examples/small-firm-tracker/contract.yaml")), "contract.yaml")), "America/New_York");
        context = new ImportContext(TenantId.of("harbor-pine"), client.side(), client.source(), client.contract(),
                client.contractSource(), client.zone(), client.mapping(), client.receivedAt());
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
    }

    @Test
    void anEditedResponseTimeIsANewVersionAndItsReplyIsReportedRewritten() {
        String march = Imports.text(getClass(), "harbor-pine-tracker.csv");
        String april = march.replace("Urgent,09:15,09:40,", "Urgent,09:15,09:20,");

        ImportSummary first = importer.importFiles(FORMAT, List.of(file("march.csv", march)), context, ImportProgress.NONE);
        ImportSummary second = importer.importFiles(FORMAT, List.of(file("april.csv", april)), context, ImportProgress.NONE);
        ImportSummary xlsx = importer.importFiles(FORMAT, List.of(new ImportFile("tracker.xlsx", TrackerWorkbooks.harborPine())),
                context, ImportProgress.NONE);

        assertThat(first.rowsRead()).isEqualTo(5);
        assertThat(first.added()).isEqualTo(4);
        assertThat(first.alreadyPresent()).isEqualTo(1);
        assertThat(first.cases()).isEqualTo(4);
        assertThat(first.events()).isEqualTo(17);
        assertThat(first.unmapped()).isEmpty();
        assertThat(second.added()).isEqualTo(1);
        assertThat(second.rewrites()).extracting(Rewrite::describe).containsExactly(
                "T-101: reply #1 rewritten: {\"case\":\"T-101\",\"side\":\"client\",\"type\":\"reply\",\"at\":\"2026-03-13T13:40:00Z\","
                        + "\"seenAt\":\"2026-11-26T10:00:00Z\",\"sourceId\":\"T-101\"} -> {\"case\":\"T-101\",\"side\":\"client\","
                        + "\"type\":\"reply\",\"at\":\"2026-03-13T13:20:00Z\",\"seenAt\":\"2026-11-26T10:00:00Z\",\"sourceId\":\"T-101\"}");
        assertThat(xlsx.added()).isEqualTo(3);
        assertThat(xlsx.logSize()).isEqualTo(8);
    }

    private static ImportFile file(String name, String text) {
        return new ImportFile(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
