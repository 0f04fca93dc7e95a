package io.witness.sources.jira;

import static io.witness.sources.export.Fixtures.client;
import static io.witness.sources.export.Fixtures.example;
import static io.witness.sources.export.Fixtures.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.ingest.ImportProgress;
import io.witness.sources.ingest.ImportSummary;
import io.witness.sources.ingest.Importer;
import io.witness.sources.ingest.Rewrite;
import io.witness.sources.testing.TestLedger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jira-sm format through the import framework into a ledger: stored once, a re-run adding nothing,
 * and a re-export that moves when an issue's status last changed reported as a rewritten record and a
 * rewritten event.
 */
class JiraImportThroughLedgerTest {

    private static final Clock SIGNING = Clock.fixed(Instant.parse("2024-02-01T12:05:00Z"), ZoneOffset.UTC);
    private static TestLedger store;
    private static Importer importer;

    @BeforeAll
    static void open() {
        store = TestLedger.open();
        importer = new Importer(store.ledger(), SIGNING);
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
    }

    @Test
    void storesTheExportAndTheApisRecordsOnceAndReportsAMovedStatusChange() {
        ImportContext context = client("jira-sm", ZoneId.of("Europe/Amsterdam"), example("co-managed-enterprise"));
        List<ImportFile> files = List.of(file(getClass(), "issues.csv"), file(getClass(), "ITSD-42.changelog.json"),
                file(getClass(), "itsd-bundles.jsonl"));
        ImportFile moved = new ImportFile("issues-again.csv", new String(files.get(0).bytes(), StandardCharsets.UTF_8)
                .replace("In Progress,21/Jan/24 3:00 PM", "In Progress,21/Jan/24 1:00 PM").getBytes(StandardCharsets.UTF_8));

        ImportSummary first = importer.importFiles(new JiraFormat(), files, context, ImportProgress.NONE);
        ImportSummary again = importer.importFiles(new JiraFormat(), files, context, ImportProgress.NONE);
        ImportSummary edited = importer.importFiles(new JiraFormat(), List.of(moved), context, ImportProgress.NONE);

        assertThat(first.rowsRead()).isEqualTo(6);
        assertThat(first.added()).isEqualTo(16);
        assertThat(first.cases()).isEqualTo(3);
        assertThat(first.rewrites()).isEmpty();
        assertThat(again.added()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(16);
        assertThat(edited.added()).isEqualTo(1);
        assertThat(edited.rewrites()).extracting(Rewrite::describe)
                .anySatisfy(line -> assertThat(line).contains("ITSD-43: issue 10043 version 2024-01-22T08:00:00Z rewritten: statusCategoryChanged"))
                .anySatisfy(line -> assertThat(line).contains("ITSD-43").contains("status #1 rewritten"));
    }
}
