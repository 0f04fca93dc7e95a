package io.witness.sources.servicenow.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.event.Side;
import io.witness.ledger.chain.CanonicalJson;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.sources.format.ColumnLists;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.ingest.ImportProgress;
import io.witness.sources.ingest.ImportSummary;
import io.witness.sources.ingest.Importer;
import io.witness.sources.ingest.Rewrite;
import io.witness.sources.testing.SharedData;
import io.witness.sources.testing.TestLedger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The log through the importer into a ledger: re-runs, overlapping exports, rewritten rows and moved times (#6). */
class EventLogImportTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-20T12:00:00Z");
    private static TestLedger store;
    private static Importer importer;
    private static Contract contract;
    private static String[] lines;

    @BeforeAll
    static void open() throws IOException {
        store = TestLedger.open();
        importer = new Importer(store.ledger(), Clock.fixed(RECEIVED, ZoneOffset.UTC));
        contract = ContractYaml.parse(Files.readString(SharedData.resource("servicenow-eventlog/contract.yaml")), "contract.yaml");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(SharedData.file("real/uci-servicenow-incident-log/incident_event_log.csv.gz")))) {
            lines = new String(in.readNBytes(1_500_000), StandardCharsets.UTF_8).split("\n");
        }
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
    }

    private static ImportContext context(String tenant) {
        return new ImportContext(TenantId.of(tenant), Side.CLIENT, new SourceRef("servicenow-eventlog", "client"), Optional.of(contract),
                Optional.empty(), Optional.of(ZoneId.of("America/Sao_Paulo")), Optional.empty(), RECEIVED);
    }

    private static ImportSummary importRows(String tenant, String name, String... rows) {
        String text = lines[0] + "\n" + String.join("\n", rows) + "\n";
        return importer.importFiles(new EventLogFormat(), List.of(new ImportFile(name, text.getBytes(StandardCharsets.UTF_8))), context(tenant),
                ImportProgress.NONE);
    }

    @Test
    void theSameRowsImportedAgainAddNothingAndGiveTheSameEvents() {
        String[] first1000 = Arrays.copyOfRange(lines, 1, 1_001);

        ImportSummary first = importRows("log-rerun", "first.csv", first1000);
        ImportSummary again = importRows("log-rerun", "again.csv", first1000);

        assertThat(first.added()).isEqualTo(1_000);
        assertThat(again.added()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(1_000);
        assertThat(again.cases()).isEqualTo(first.cases());
        assertThat(again.events()).isEqualTo(first.events());
        assertThat(again.rewrites()).isEmpty();
        assertThat(again.logSize()).isEqualTo(1_000);
    }

    @Test // #6: the rows of a ledger written before the parsed form named the column list once
    void rowsStoredWithEveryColumnNamedAreTheSameEvidenceAsTheSameRowsImportedNow() {
        String[] first1000 = Arrays.copyOfRange(lines, 1, 1_001);
        ImportSummary fresh = importRows("log-named-fresh", "first.csv", first1000);
        String text = lines[0] + "\n" + String.join("\n", first1000) + "\n";
        List<ObservationDraft> named = new EventLogFormat().parse(new ImportFile("first.csv", text.getBytes(StandardCharsets.UTF_8)),
                context("log-named")).observations().stream().map(EventLogImportTest::everyColumnNamed).toList();
        assertThat(named.get(0).parsedJson()).startsWith("{\"active\":true,\"assigned_to\":null,\"assignment_group\":\"Group 56\",");
        store.ledger().appendAll(TenantId.of("log-named"), named, stored -> { });

        ImportSummary again = importRows("log-named", "again.csv", first1000);
        ImportSummary edited = importRows("log-named", "edited.csv", lines[2].replace("Group 56", "Group 57"));

        assertThat(again.added()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(1_000);
        assertThat(again.rewrites()).isEmpty();
        assertThat(again.cases()).isEqualTo(fresh.cases());
        assertThat(again.events()).isEqualTo(fresh.events());
        assertThat(edited.added()).isEqualTo(1);
        assertThat(edited.rewrites()).extracting(Rewrite::describe).containsExactly(
                "INC0000045: incident-update INC0000045 version 2@29/2/2016 08:53 rewritten: assignment_group: \"Group 56\" -> \"Group 57\"");
    }

    /** The draft as the importer made it before: its parsed form the object of column -> value. */
    private static ObservationDraft everyColumnNamed(ObservationDraft d) {
        String named = CanonicalJson.write(ColumnLists.expanded(CanonicalJson.parse(d.parsedJson())));
        return new ObservationDraft(d.source(), d.side(), d.kind(), d.sourceId(), d.sourceVersion(), d.claimedAt(), d.receivedAt(), d.raw(),
                named, d.caseRef(), d.supersedes());
    }

    @Test // #6
    void aNewerExportAddsOnlyItsNewRowsAndReportsARowEditedInPlace() {
        importRows("log-edited", "march-1.csv", lines[1], lines[2]);

        ImportSummary newer = importRows("log-edited", "march-6.csv", lines[1], lines[2].replace("Group 56", "Group 57"), lines[3], lines[4]);

        assertThat(newer.added()).isEqualTo(3);
        assertThat(newer.alreadyPresent()).isEqualTo(1);
        assertThat(newer.rewrites()).extracting(Rewrite::describe).containsExactly(
                "INC0000045: incident-update INC0000045 version 2@29/2/2016 08:53 rewritten: assignment_group: \"Group 56\" -> \"Group 57\"");
        assertThat(newer.events()).isEqualTo(10);
    }

    @Test // #6
    void aResolutionBackdatedInANewerExportIsReportedWithBothTimes() {
        importRows("log-backdated", "march-1.csv", lines[1], lines[2]);

        ImportSummary newer = importRows("log-backdated", "march-6.csv", lines[1],
                lines[2].replace("Updated by 642,29/2/2016 08:53", "Updated by 642,29/2/2016 08:10"), lines[3], lines[4]);

        String c = "{\"case\":\"INC0000045\",\"side\":\"client\",";
        String seen = ",\"seenAt\":\"2026-03-20T12:00:00Z\",\"sourceId\":\"INC0000045#2\"}";
        assertThat(newer.rewrites()).extracting(Rewrite::describe).containsExactly(
                "INC0000045: status #1 rewritten: " + c + "\"type\":\"status\",\"at\":\"2016-02-29T11:53:00Z\",\"status\":\"Resolved\",\"statusClass\":\"resolved\"" + seen
                        + " -> " + c + "\"type\":\"status\",\"at\":\"2016-02-29T11:10:00Z\",\"status\":\"Resolved\",\"statusClass\":\"resolved\"" + seen,
                "INC0000045: resolved #1 rewritten: " + c + "\"type\":\"resolved\",\"at\":\"2016-02-29T11:53:00Z\"" + seen
                        + " -> " + c + "\"type\":\"resolved\",\"at\":\"2016-02-29T11:10:00Z\"" + seen);
        assertThat(newer.added()).isEqualTo(3);
        assertThat(store.ledger().reader().size(TenantId.of("log-backdated"))).isEqualTo(5);
    }
}
