package io.witness.sources.psa;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.Side;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.sources.autotask.AutotaskFormat;
import io.witness.sources.connectwise.ConnectWiseFormat;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.SourceFormat;
import io.witness.sources.format.UnmappedValue;
import io.witness.sources.halopsa.HaloFormat;
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
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PSA formats through the import framework into a ledger: everything stored once, a re-run adds
 * nothing, and a newer export that edits what an older one said (a backdated note, a changed SLA field)
 * adds only that and is reported as history rewritten.
 */
class PsaImportThroughLedgerTest {

    private static final Clock SIGNING = Clock.fixed(Instant.parse("2026-04-01T12:05:00Z"), ZoneOffset.UTC);
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

    private static ImportContext context(String tenant, String system, Optional<ZoneId> zone) {
        return new ImportContext(TenantId.of(tenant), Side.PROVIDER, new SourceRef(system, "msp"), Optional.of(PsaImports.contract()),
                Optional.empty(), zone, Optional.empty(), PsaImports.RECEIVED);
    }

    private static ImportFile cw(String name) {
        return PsaImports.file(ConnectWiseFormat.class, "/io/witness/sources/connectwise/" + name);
    }

    private static ImportFile edited(ImportFile file, String from, String to) {
        String text = new String(file.bytes(), StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return new ImportFile(file.name(), text.replace(from, to).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aConnectWiseExportIsStoredOnceAndItsEditsAreReportedAsRewrites() {
        SourceFormat format = new ConnectWiseFormat();
        ImportContext context = context("psa-connectwise", "connectwise", Optional.empty());
        List<ImportFile> files = List.of(cw("tickets-api.json"), cw("audittrail-88123.json"), cw("notes-88123.json"),
                cw("time-entries.json"));

        ImportSummary first = importer.importFiles(format, files, context, ImportProgress.NONE);
        ImportSummary again = importer.importFiles(format, files, context, ImportProgress.NONE);
        ImportSummary edited = importer.importFiles(format, List.of(
                edited(cw("tickets-api.json"), "\"dateResponded\": \"2026-03-06T14:20:00Z\"", "\"dateResponded\": \"2026-03-06T14:15:00Z\""),
                edited(cw("notes-88123.json"), "\"dateCreated\": \"2026-03-06T14:20:00Z\"", "\"dateCreated\": \"2026-03-06T14:15:00Z\"")),
                context, ImportProgress.NONE);

        assertThat(first.rowsRead()).isEqualTo(20);
        assertThat(first.added()).isEqualTo(20);
        assertThat(first.cases()).isEqualTo(2);
        assertThat(first.events()).isEqualTo(32);
        assertThat(first.rewrites()).isEmpty();
        assertThat(first.unmapped()).containsExactly(new UnmappedValue("history text", "Status updated by workflow rule 'Auto close'", 1));
        assertThat(again.added()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(20);
        assertThat(again.rewrites()).isEmpty();
        assertThat(edited.added()).isEqualTo(2);
        assertThat(edited.alreadyPresent()).isEqualTo(4);
        assertThat(edited.rewrites()).extracting(Rewrite::describe).anySatisfy(line -> assertThat(line).contains("dateResponded"))
                .anySatisfy(line -> assertThat(line).contains("88123:501"));
        assertThat(edited.logSize()).isEqualTo(22);
    }

    @Test
    void anAutotaskAndAHaloExportImportWholeAndOnlyOnce() {
        ImportContext autotask = context("psa-autotask", "autotask", Optional.of(ZoneId.of("America/Chicago")));
        List<ImportFile> autotaskFiles = List.of(PsaImports.file(AutotaskFormat.class, "/io/witness/sources/autotask/tickets-query.json"),
                PsaImports.file(AutotaskFormat.class, "/io/witness/sources/autotask/ticket-history-4711.json"),
                PsaImports.file(AutotaskFormat.class, "/io/witness/sources/autotask/ticket-notes.json"),
                PsaImports.file(AutotaskFormat.class, "/io/witness/sources/autotask/ticket-search.csv"));
        ImportContext halo = context("psa-halo", "halopsa", Optional.of(ZoneId.of("Europe/London")));
        List<ImportFile> haloFiles = List.of(PsaImports.file(HaloFormat.class, "/io/witness/sources/halopsa/tickets.json"),
                PsaImports.file(HaloFormat.class, "/io/witness/sources/halopsa/actions-3051.json"),
                PsaImports.file(HaloFormat.class, "/io/witness/sources/halopsa/report.csv"));

        ImportSummary autotaskFirst = importer.importFiles(new AutotaskFormat(), autotaskFiles, autotask, ImportProgress.NONE);
        ImportSummary autotaskAgain = importer.importFiles(new AutotaskFormat(), autotaskFiles, autotask, ImportProgress.NONE);
        ImportSummary haloFirst = importer.importFiles(new HaloFormat(), haloFiles, halo, ImportProgress.NONE);
        ImportSummary haloAgain = importer.importFiles(new HaloFormat(), haloFiles, halo, ImportProgress.NONE);

        assertThat(autotaskFirst.added()).isEqualTo(17);
        assertThat(autotaskFirst.cases()).isEqualTo(4);
        assertThat(autotaskAgain.added()).isZero();
        assertThat(autotaskAgain.alreadyPresent()).isEqualTo(17);
        assertThat(haloFirst.added()).isEqualTo(12);
        assertThat(haloFirst.cases()).isEqualTo(4);
        assertThat(haloAgain.added()).isZero();
        assertThat(haloAgain.rewrites()).isEmpty();
    }
}
