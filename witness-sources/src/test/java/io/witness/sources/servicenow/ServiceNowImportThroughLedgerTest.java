package io.witness.sources.servicenow;

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
import io.witness.ledger.chain.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The servicenow format through the import framework into a ledger: the list with its whole history
 * stored once, a re-run adding nothing, and a newer export that backdates a resolution under the same
 * update count reported as a rewrite.
 */
class ServiceNowImportThroughLedgerTest {

    private static final Clock SIGNING = Clock.fixed(Instant.parse("2024-02-01T12:05:00Z"), ZoneOffset.UTC);
    private static final List<String> FILES = List.of("incidents-labels.csv", "audit-inc0010001.csv", "journal-inc0010001.csv",
            "metric-inc0010002.csv", "task-sla-inc0010002.csv");
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
    void storesTheListAndItsHistoryOnceAndReportsABackdatedResolution() {
        ImportContext context = client("servicenow", ZoneId.of("Europe/London"), example("dental-150"));
        List<ImportFile> files = FILES.stream().map(name -> file(getClass(), name)).toList();
        ImportFile labels = files.get(0);
        ImportFile backdated = new ImportFile("incidents-later.csv", new String(labels.bytes(), StandardCharsets.UTF_8)
                .replace("13,17/01/2024 10:00:00,", "13,17/01/2024 09:00:00,").getBytes(StandardCharsets.UTF_8));

        ImportSummary first = importer.importFiles(new ServiceNowFormat(), files, context, ImportProgress.NONE);
        ImportSummary again = importer.importFiles(new ServiceNowFormat(), files, context, ImportProgress.NONE);
        ImportSummary edited = importer.importFiles(new ServiceNowFormat(), List.of(backdated), context, ImportProgress.NONE);

        assertThat(first.rowsRead()).isEqualTo(38);
        assertThat(first.added()).isEqualTo(36);
        assertThat(first.cases()).isEqualTo(2);
        assertThat(first.events()).isEqualTo(first.events());
        assertThat(first.rewrites()).isEmpty();
        assertThat(again.added()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(36);
        assertThat(again.rewrites()).isEmpty();
        assertThat(edited.added()).isEqualTo(1);
        assertThat(edited.alreadyPresent()).isEqualTo(1);
        assertThat(edited.rewrites()).extracting(Rewrite::describe).singleElement().asString()
                .contains("9d385017c611228701d22104cc95c371").contains("resolved_at");
        assertThat(edited.logSize()).isEqualTo(37);
    }

    @Test
    void historyGivenAfterTheListAddsToItAndRewritesNothing() {
        ImportContext sameDay = client("servicenow", ZoneId.of("Europe/London"), example("dental-150"));
        ImportContext list = new ImportContext(TenantId.of("acme-history-later"), sameDay.side(), sameDay.source(), sameDay.contract(),
                sameDay.contractSource(), sameDay.zone(), sameDay.mapping(), sameDay.receivedAt());
        ImportContext weekLater = new ImportContext(list.tenant(), list.side(), list.source(), list.contract(), list.contractSource(),
                list.zone(), list.mapping(), list.receivedAt().plus(Duration.ofDays(7)));
        List<ImportFile> files = FILES.stream().map(name -> file(getClass(), name)).toList();

        ImportSummary first = importer.importFiles(new ServiceNowFormat(), files.subList(0, 1), list, ImportProgress.NONE);
        ImportSummary history = importer.importFiles(new ServiceNowFormat(), files.subList(1, files.size()), weekLater, ImportProgress.NONE);

        assertThat(first.rewrites()).isEmpty();
        assertThat(history.added()).isPositive();
        assertThat(history.rewrites()).isEmpty();
    }
}
