package io.witness.sources.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.core.event.CaseId;
import io.witness.core.event.EventType;
import io.witness.core.input.InputProblem;
import io.witness.core.input.InputRejected;
import io.witness.ledger.chain.Position;
import io.witness.sources.events.EventsFormat;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.UnmappedValue;
import io.witness.sources.testing.Contexts;
import io.witness.sources.testing.TestLedger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import through the framework: all or nothing, re-runs, overlaps, rewrites, unmapped values (#6). */
class ImporterTest {

    private static final Clock SIGNING = Clock.fixed(Instant.parse("2026-03-20T12:05:00Z"), ZoneOffset.UTC);
    private static TestLedger store;
    private static Importer importer;

    @BeforeAll
    static void open() {
        store = TestLedger.open(3);
        importer = new Importer(store.ledger(), SIGNING);
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
    }

    private static ImportFile file(String name, String... lines) {
        return new ImportFile(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static final String OPENED = "{\"case\":\"INC1\",\"side\":\"client\",\"type\":\"opened\",\"at\":\"2026-03-06T09:12:00-05:00\",\"status\":\"New\"}";
    private static final String REPLY = "{\"case\":\"INC1\",\"side\":\"client\",\"type\":\"reply\",\"at\":\"2026-03-06T10:45:00-05:00\",\"sourceId\":\"note-7\"}";
    private static final String REPLY_BACKDATED = "{\"case\":\"INC1\",\"side\":\"client\",\"type\":\"reply\",\"at\":\"2026-03-06T09:40:00-05:00\",\"sourceId\":\"note-7\"}";
    private static final String RESOLVED = "{\"case\":\"INC1\",\"side\":\"client\",\"type\":\"resolved\",\"at\":\"2026-03-06T16:00:00-05:00\"}";
    private static final String OTHER = "{\"case\":\"INC2\",\"side\":\"client\",\"type\":\"opened\",\"at\":\"2026-03-07T09:00:00Z\",\"status\":\"Stuck\"}";

    @Test
    void importsEveryFileAndSummarises() {
        ImportContext context = Contexts.client("import-whole", "events");

        ImportSummary summary = importer.importFiles(new EventsFormat(),
                List.of(file("a.jsonl", "# two cases", OPENED, REPLY), file("b.jsonl", RESOLVED, OTHER)), context, ImportProgress.NONE);

        assertThat(summary.files()).containsExactly("a.jsonl", "b.jsonl");
        assertThat(summary.rowsRead()).isEqualTo(4);
        assertThat(summary.added()).isEqualTo(4);
        assertThat(summary.alreadyPresent()).isZero();
        assertThat(summary.cases()).isEqualTo(2);
        assertThat(summary.events()).isEqualTo(4);
        assertThat(summary.rewrites()).isEmpty();
        assertThat(summary.unmapped()).containsExactly(new UnmappedValue("status", "Stuck", 1));
        assertThat(summary.logSize()).isEqualTo(4);
        assertThat(store.ledger().reader().latestCheckpoint(context.tenant()))
                .hasValueSatisfying(c -> assertThat(c.checkpoint().treeSize()).isEqualTo(4));
        assertThat(store.ledger().reader().latestCheckpoint(context.tenant()).orElseThrow().checkpoint().time())
                .isEqualTo(SIGNING.instant());
    }

    @Test
    void aRerunAddsNothing() {
        ImportContext context = Contexts.client("import-rerun", "events");
        List<ImportFile> files = List.of(file("a.jsonl", OPENED, REPLY, RESOLVED, REPLY));
        ImportSummary first = importer.importFiles(new EventsFormat(), files, context, ImportProgress.NONE);

        ImportSummary again = importer.importFiles(new EventsFormat(), files, context, ImportProgress.NONE);

        assertThat(first.added()).isEqualTo(3);
        assertThat(first.alreadyPresent()).isEqualTo(1);
        assertThat(again.added()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(4);
        assertThat(again.events()).isEqualTo(first.events()).isEqualTo(3);
        assertThat(again.rewrites()).isEmpty();
        assertThat(again.logSize()).isEqualTo(3);
    }

    @Test // #6
    void aNewExportThatOverlapsAppendsWhatChangedAndReportsTheBackdatedReply() {
        ImportContext context = Contexts.client("import-overlap", "events");
        importer.importFiles(new EventsFormat(), List.of(file("march-1.jsonl", OPENED, REPLY)), context, ImportProgress.NONE);

        ImportSummary second = importer.importFiles(new EventsFormat(),
                List.of(file("march-2.jsonl", OPENED, REPLY_BACKDATED, RESOLVED)), context, ImportProgress.NONE);

        assertThat(second.added()).isEqualTo(2);
        assertThat(second.alreadyPresent()).isEqualTo(1);
        assertThat(second.events()).isEqualTo(3);
        assertThat(second.rewrites()).containsExactly(new EventRewritten(new CaseId("INC1"), EventType.REPLY, 1,
                "{\"case\":\"INC1\",\"side\":\"client\",\"type\":\"reply\",\"at\":\"2026-03-06T15:45:00Z\",\"seenAt\":\"2026-03-20T12:00:00Z\",\"sourceId\":\"note-7\"}",
                Optional.of("{\"case\":\"INC1\",\"side\":\"client\",\"type\":\"reply\",\"at\":\"2026-03-06T14:40:00Z\",\"seenAt\":\"2026-03-20T12:00:00Z\",\"sourceId\":\"note-7\"}")));
        assertThat(second.rewrites().get(0).describe()).startsWith("INC1: reply #1 rewritten: {");
        assertThat(second.logSize()).isEqualTo(4);
    }

    @Test
    void aBadFileRefusesTheWholeImportWithEveryProblemAndStoresNothing() {
        ImportContext context = Contexts.client("import-refused", "events");

        assertThatThrownBy(() -> importer.importFiles(new EventsFormat(), List.of(file("good.jsonl", OPENED),
                file("bad.jsonl", REPLY, "{\"case\":\"INC1\"}", "not json")), context, ImportProgress.NONE))
                .isInstanceOfSatisfying(InputRejected.class, e -> assertThat(e.problems()).extracting(InputProblem::toString).containsExactly(
                        "bad.jsonl:2: /side: expected client or provider, found nothing",
                        "bad.jsonl:2: /type: expected one of opened, status, priority, assigned, reply, plan, resolved, reopened, closed, comment, details, claim, found nothing",
                        "bad.jsonl:2: /at: expected an instant with offset such as 2026-03-06T16:00:00-05:00, found nothing",
                        "bad.jsonl:3:1: not valid JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"));

        assertThat(store.ledger().reader().size(context.tenant())).isZero();
    }

    @Test
    void aCaseWhoseEventsCannotBeDerivedRefusesTheImport() {
        ImportContext context = Contexts.client("import-underivable", "kv");

        assertThatThrownBy(() -> importer.importFiles(new KeyValueFormat(),
                List.of(file("s.txt", "ok r1 1 2026-03-06T10:00:00Z", "boom r2 1 2026-03-06T10:00:00Z")), context, ImportProgress.NONE))
                .isInstanceOfSatisfying(InputRejected.class, e -> assertThat(e.problems()).extracting(InputProblem::toString)
                        .containsExactly("s.txt: case boom: its events cannot be derived: no rule for boom"));
        assertThat(store.ledger().reader().size(context.tenant())).isZero();
    }

    @Test // #6
    void aVersionToldAgainWithOtherContentIsKeptAndReportedWithBothValues() {
        ImportContext context = Contexts.client("import-rewritten", "kv");
        importer.importFiles(new KeyValueFormat(), List.of(file("first.txt", "c1 r1 1 2026-03-06T10:00:00Z", "c1 r1 2 2026-03-06T11:00:00Z")),
                context, ImportProgress.NONE);

        ImportSummary second = importer.importFiles(new KeyValueFormat(),
                List.of(file("second.txt", "c1 r1 1 2026-03-06T10:00:00Z", "c1 r1 2 2026-03-06T09:30:00Z")), context, ImportProgress.NONE);

        assertThat(second.added()).isEqualTo(1);
        assertThat(second.alreadyPresent()).isEqualTo(1);
        assertThat(second.rewrites()).extracting(Rewrite::describe).containsExactly(
                "c1: snapshot r1 version 2 rewritten: resolvedAt: \"2026-03-06T11:00:00Z\" -> \"2026-03-06T09:30:00Z\"",
                "c1: resolved #1 rewritten: {\"case\":\"c1\",\"side\":\"client\",\"type\":\"resolved\",\"at\":\"2026-03-06T11:00:00Z\"}"
                        + " -> {\"case\":\"c1\",\"side\":\"client\",\"type\":\"resolved\",\"at\":\"2026-03-06T09:30:00Z\"}");
        assertThat(store.ledger().reader().size(context.tenant())).isEqualTo(3);
    }

    @Test
    void aRecordOfNoCaseRewrittenIsReportedToo() {
        ImportContext context = Contexts.client("import-caseless", "kv");
        importer.importFiles(new KeyValueFormat(), List.of(file("first.txt", "- cfg-1 7 2026-03-06T10:00:00Z")), context, ImportProgress.NONE);

        ImportSummary second = importer.importFiles(new KeyValueFormat(), List.of(file("second.txt", "- cfg-1 7 2026-03-06T10:30:00Z")),
                context, ImportProgress.NONE);

        assertThat(second.cases()).isZero();
        assertThat(second.rewrites()).hasSize(1);
        assertThat(second.rewrites().get(0).about()).isEmpty();
        assertThat(second.rewrites().get(0).describe())
                .isEqualTo("snapshot cfg-1 version 7 rewritten: resolvedAt: \"2026-03-06T10:00:00Z\" -> \"2026-03-06T10:30:00Z\"");
    }

    @Test
    void aFileWithNothingInItAddsNothingAndSignsNoCheckpointOfAnEmptyLog() {
        ImportContext context = Contexts.client("import-empty", "events");

        ImportSummary summary = importer.importFiles(new EventsFormat(), List.of(file("empty.jsonl", "# nothing yet")), context,
                ImportProgress.NONE);

        assertThat(summary.rowsRead()).isZero();
        assertThat(summary.added()).isZero();
        assertThat(summary.cases()).isZero();
        assertThat(store.ledger().reader().latestCheckpoint(context.tenant())).isEmpty();
    }

    @Test
    void readsGzippedFilesAndTellsEachPhase(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("events.jsonl.gz");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write((OPENED + "\n" + RESOLVED + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Files.write(gz, bytes.toByteArray());
        List<String> told = new ArrayList<>();
        ImportProgress progress = new ImportProgress() {
            @Override
            public void started(ImportPhase phase, long total) {
                told.add(phase.label() + " " + total);
            }

            @Override
            public void advanced(long done) {
                told.add(Long.toString(done));
            }
        };

        ImportSummary summary = importer.importPaths(new EventsFormat(), List.of(gz), Contexts.client("import-gz", "events"), progress);

        assertThat(summary.files()).containsExactly(gz.toString());
        assertThat(summary.added()).isEqualTo(2);
        // Storing starts with parsing, the observations stored as they are parsed: their number is not known yet.
        assertThat(told).containsExactly("reading 1", "1", "storing -1", "2");
    }

    @Test
    void aMissingFileStopsBeforeAnythingIsStored(@TempDir Path dir) {
        ImportContext context = Contexts.client("import-missing", "events");

        assertThatThrownBy(() -> importer.importPaths(new EventsFormat(), List.of(dir.resolve("nope.jsonl")), context, ImportProgress.NONE))
                .isInstanceOf(NoSuchFileException.class);
        assertThat(store.ledger().reader().size(context.tenant())).isZero();
    }

    @Test
    void theLedgerKeepsTheEvidenceOfEachCaseInFileOrder() {
        ImportContext context = Contexts.client("import-order", "events");

        importer.importFiles(new EventsFormat(), List.of(file("a.jsonl", OPENED, OTHER, REPLY)), context, ImportProgress.NONE);

        assertThat(store.ledger().reader().observationsOfCase(context.tenant(), new CaseId("INC1")))
                .extracting(o -> o.position()).containsExactly(Position.of(0), Position.of(2));
    }
}
