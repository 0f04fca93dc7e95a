package io.witness.sources.xes;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.ingest.ImportProgress;
import io.witness.sources.ingest.ImportSummary;
import io.witness.sources.ingest.Importer;
import io.witness.sources.ingest.Rewrite;
import io.witness.sources.testing.TestLedger;
import io.witness.sources.timeline.Imports;
import io.witness.sources.timeline.RealData;
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

/** XES logs imported through the framework into a ledger: the whole Volvo log, re-runs, and an event edited at the source (#6). */
class XesFormatImportedIntoTheLedgerTest {

    private static final XesFormat FORMAT = new XesFormat();
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
        ImportContext provider = Imports.under(Imports.provider("xes"), Imports.contract(XesFormatImportedIntoTheLedgerTest.class,
                "bpic2013-contract.yaml"));
        return new ImportContext(io.witness.ledger.chain.TenantId.of(tenant), provider.side(), provider.source(), provider.contract(),
                provider.contractSource(), provider.zone(), provider.mapping(), provider.receivedAt());
    }

    @Test
    void importsTheWholeVolvoLogAndARerunAddsNothing() throws IOException {
        Path log = RealData.file("bpic2013-volvo-incidents/BPI_Challenge_2013_incidents.xes.gz");
        ImportContext context = context("volvo");

        ImportSummary first = importer.importPaths(FORMAT, List.of(log), context, ImportProgress.NONE);
        ImportSummary again = importer.importPaths(FORMAT, List.of(log), context, ImportProgress.NONE);

        assertThat(first.rowsRead()).isEqualTo(65_533);
        assertThat(first.added()).isEqualTo(65_533);
        assertThat(first.cases()).isEqualTo(7_554);
        assertThat(first.events()).isEqualTo(95_856);
        assertThat(first.rewrites()).isEmpty();
        assertThat(first.unmapped()).isEmpty();
        assertThat(again.added()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(65_533);
        assertThat(again.events()).isEqualTo(95_856);
        assertThat(again.rewrites()).isEmpty();
        assertThat(again.logSize()).isEqualTo(65_533);
        System.out.printf("xes: whole Volvo log into the ledger in %s (reading %s, parsing %s, mapping %s, storing %s)%n",
                total(first), first.timings().reading(), first.timings().parsing(), first.timings().mapping(), first.timings().storing());
    }

    @Test
    void aLaterLogWithAnEventsTimeEditedKeepsBothAndReportsTheRewrite() {
        ImportContext context = context("volvo-edited");
        String log = Imports.text(getClass(), "two-incidents.xes");
        String edited = log.replace("2012-03-26T11:00:00.250+02:00", "2012-03-26T10:45:00+02:00")
                .replace("</log>", "\t<trace>\n\t\t<string key=\"concept:name\" value=\"1-300\"/>\n\t\t<event>\n"
                        + "\t\t\t<string key=\"concept:name\" value=\"Queued\"/>\n"
                        + "\t\t\t<date key=\"time:timestamp\" value=\"2012-05-01T08:00:00Z\"/>\n\t\t</event>\n\t</trace>\n</log>");

        ImportSummary first = importer.importFiles(FORMAT, List.of(file("march.xes", log)), context, ImportProgress.NONE);
        ImportSummary second = importer.importFiles(FORMAT, List.of(file("may.xes", edited)), context, ImportProgress.NONE);

        assertThat(first.added()).isEqualTo(5);
        assertThat(second.added()).isEqualTo(2);
        assertThat(second.alreadyPresent()).isEqualTo(4);
        assertThat(second.logSize()).isEqualTo(7);
        assertThat(second.rewrites()).extracting(Rewrite::describe).containsExactly(
                "1-100: xes-event 1-100#3 version 1 rewritten: attributes: " + attributes("2012-03-26T11:00:00.250+02:00") + " -> "
                        + attributes("2012-03-26T10:45:00+02:00"),
                "1-100: status #2 rewritten: " + line("status", "2012-03-26T09:00:00.250Z", ",\"status\":\"Completed/Resolved\",\"statusClass\":\"resolved\"")
                        + " -> " + line("status", "2012-03-26T08:45:00Z", ",\"status\":\"Completed/Resolved\",\"statusClass\":\"resolved\""),
                "1-100: resolved #1 rewritten: " + line("resolved", "2012-03-26T09:00:00.250Z", "")
                        + " -> " + line("resolved", "2012-03-26T08:45:00Z", ""),
                "1-100: details #2 rewritten: " + line("details", "2012-03-26T09:00:00.250Z", ",\"ci\":\"PROD2\"")
                        + " -> " + line("details", "2012-03-26T08:45:00Z", ",\"ci\":\"PROD2\""));
    }

    private static String attributes(String time) {
        return "{\"concept:name\":\"Completed\",\"impact\":\"Major\",\"lifecycle:transition\":\"Resolved\","
                + "\"org:group\":\"S42 2nd\",\"product\":\"PROD2\",\"time:timestamp\":\"" + time + "\"}";
    }

    private static String line(String type, String at, String fields) {
        return "{\"case\":\"1-100\",\"side\":\"provider\",\"type\":\"" + type + "\",\"at\":\"" + at + "\"" + fields
                + ",\"seenAt\":\"" + Imports.RECEIVED + "\",\"sourceId\":\"1-100#3\"}";
    }

    private static ImportFile file(String name, String text) {
        return new ImportFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static java.time.Duration total(ImportSummary summary) {
        return summary.timings().total();
    }
}
