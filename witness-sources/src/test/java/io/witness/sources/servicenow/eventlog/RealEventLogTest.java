package io.witness.sources.servicenow.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.event.CaseId;
import io.witness.core.event.EventJson;
import io.witness.core.event.Side;
import io.witness.ledger.chain.Observation;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.UnmappedValue;
import io.witness.sources.ingest.ImportProgress;
import io.witness.sources.ingest.ImportSummary;
import io.witness.sources.ingest.Importer;
import io.witness.sources.testing.SharedData;
import io.witness.sources.testing.TestLedger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The real UCI ServiceNow incident event log (../shared/data/real), imported whole into the ledger; its
 * counts checked against a separate reading of the CSV, and four incidents' timelines worked out by hand
 * from their rows (times in America/Sao_Paulo: UTC-3 until 15 October 2016) (#6).
 */
class RealEventLogTest {

    private static final Path LOG = SharedData.file("real/uci-servicenow-incident-log/incident_event_log.csv.gz");
    private static final Instant RECEIVED = Instant.parse("2026-03-20T12:00:00Z");
    private static TestLedger store;
    private static ImportContext context;
    private static ImportSummary summary;

    @BeforeAll
    static void importTheLog() throws IOException {
        store = TestLedger.open();
        Contract contract = ContractYaml.parse(Files.readString(SharedData.resource("servicenow-eventlog/contract.yaml")), "contract.yaml");
        context = new ImportContext(TenantId.of("uci"), Side.CLIENT, new SourceRef("servicenow-eventlog", "client"), Optional.of(contract),
                Optional.empty(), Optional.of(ZoneId.of("America/Sao_Paulo")), Optional.empty(), RECEIVED);
        summary = new Importer(store.ledger(), Clock.fixed(RECEIVED, ZoneOffset.UTC))
                .importPaths(new EventLogFormat(), List.of(LOG), context, ImportProgress.NONE);
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
    }

    @Test
    void importsEveryRowAndIncidentWithTheEventsASeparateReadingCounts() throws IOException {
        IndependentCount.Counts expected = IndependentCount.of(LOG);

        assertThat(expected.rows()).isEqualTo(141_712);
        assertThat(expected.incidents()).isEqualTo(24_918);
        assertThat(summary.rowsRead()).isEqualTo(141_712);
        assertThat(summary.added()).isEqualTo(141_712);
        assertThat(summary.alreadyPresent()).isZero();
        assertThat(summary.cases()).isEqualTo(24_918);
        assertThat(summary.events()).isEqualTo(expected.events());
        assertThat(summary.rewrites()).isEmpty();
        assertThat(summary.unmapped()).containsExactly(new UnmappedValue("status", "-100", expected.unmappedStatuses()));
        assertThat(summary.logSize()).isEqualTo(141_712);
    }

    @Test
    void rebuildsINC0000045FromItsFourUpdates() {
        assertThat(timeline("INC0000045")).containsExactly(
                "{\"case\":\"INC0000045\",\"side\":\"client\",\"type\":\"opened\",\"at\":\"2016-02-29T04:16:00Z\",\"priority\":\"P3\",\"status\":\"New\",\"statusClass\":\"new\"" + seen("INC0000045#0"),
                "{\"case\":\"INC0000045\",\"side\":\"client\",\"type\":\"details\",\"at\":\"2016-02-29T04:16:00Z\",\"title\":\"Symptom 72\",\"requester\":\"Caller 2403\",\"category\":\"Category 55\",\"subcategory\":\"Subcategory 170\",\"channel\":\"Phone\",\"origin\":\"user\"" + seen("INC0000045#0"),
                "{\"case\":\"INC0000045\",\"side\":\"client\",\"type\":\"assigned\",\"at\":\"2016-02-29T04:23:00Z\",\"group\":\"Group 56\"" + seen("INC0000045#0"),
                "{\"case\":\"INC0000045\",\"side\":\"client\",\"type\":\"claim\",\"at\":\"2016-02-29T04:23:00Z\",\"field\":\"made_sla\",\"value\":\"true\"" + seen("INC0000045#0"),
                "{\"case\":\"INC0000045\",\"side\":\"client\",\"type\":\"status\",\"at\":\"2016-02-29T11:53:00Z\",\"status\":\"Resolved\",\"statusClass\":\"resolved\"" + seen("INC0000045#2"),
                "{\"case\":\"INC0000045\",\"side\":\"client\",\"type\":\"resolved\",\"at\":\"2016-02-29T11:53:00Z\"" + seen("INC0000045#2"),
                "{\"case\":\"INC0000045\",\"side\":\"client\",\"type\":\"status\",\"at\":\"2016-03-05T15:00:00Z\",\"status\":\"Closed\",\"statusClass\":\"closed\"" + seen("INC0000045#4"),
                "{\"case\":\"INC0000045\",\"side\":\"client\",\"type\":\"closed\",\"at\":\"2016-03-05T15:00:00Z\"" + seen("INC0000045#4"));
    }

    @Test // reopened once (reopen_count 0 -> 1 at update 17), four groups in a day, resolved twice
    void rebuildsTheReopenedINC0000102() {
        String c = "{\"case\":\"INC0000102\",\"side\":\"client\",";
        assertThat(timeline("INC0000102")).containsExactly(
                c + "\"type\":\"opened\",\"at\":\"2016-02-29T12:06:00Z\",\"priority\":\"P3\",\"status\":\"New\",\"statusClass\":\"new\"" + seen("INC0000102#0"),
                c + "\"type\":\"details\",\"at\":\"2016-02-29T12:06:00Z\",\"title\":\"Symptom 87\",\"requester\":\"Caller 307\",\"category\":\"Category 37\",\"subcategory\":\"Subcategory 135\",\"channel\":\"Phone\",\"origin\":\"user\"" + seen("INC0000102#0"),
                c + "\"type\":\"assigned\",\"at\":\"2016-02-29T12:13:00Z\",\"group\":\"Group 70\"" + seen("INC0000102#0"),
                c + "\"type\":\"claim\",\"at\":\"2016-02-29T12:13:00Z\",\"field\":\"made_sla\",\"value\":\"true\"" + seen("INC0000102#0"),
                c + "\"type\":\"status\",\"at\":\"2016-02-29T23:09:00Z\",\"status\":\"Awaiting User Info\",\"statusClass\":\"waiting_customer\"" + seen("INC0000102#2"),
                c + "\"type\":\"status\",\"at\":\"2016-03-03T20:29:00Z\",\"status\":\"Active\",\"statusClass\":\"in_progress\"" + seen("INC0000102#6"),
                c + "\"type\":\"assigned\",\"at\":\"2016-03-04T14:15:00Z\",\"group\":\"Group 50\"" + seen("INC0000102#7"),
                c + "\"type\":\"assigned\",\"at\":\"2016-03-04T15:17:00Z\",\"group\":\"Group 70\"" + seen("INC0000102#9"),
                c + "\"type\":\"assigned\",\"at\":\"2016-03-04T17:08:00Z\",\"group\":\"Group 29\"" + seen("INC0000102#10"),
                c + "\"type\":\"assigned\",\"at\":\"2016-03-04T18:51:00Z\",\"group\":\"Group 23\"" + seen("INC0000102#11"),
                c + "\"type\":\"status\",\"at\":\"2016-03-07T14:50:00Z\",\"status\":\"Awaiting User Info\",\"statusClass\":\"waiting_customer\"" + seen("INC0000102#12"),
                c + "\"type\":\"status\",\"at\":\"2016-03-14T11:13:00Z\",\"status\":\"Resolved\",\"statusClass\":\"resolved\"" + seen("INC0000102#16"),
                c + "\"type\":\"resolved\",\"at\":\"2016-03-14T11:13:00Z\"" + seen("INC0000102#16"),
                c + "\"type\":\"reopened\",\"at\":\"2016-03-17T19:27:00Z\"" + seen("INC0000102#17"),
                c + "\"type\":\"status\",\"at\":\"2016-03-17T19:27:00Z\",\"status\":\"Active\",\"statusClass\":\"in_progress\"" + seen("INC0000102#17"),
                c + "\"type\":\"status\",\"at\":\"2016-03-17T19:28:00Z\",\"status\":\"Resolved\",\"statusClass\":\"resolved\"" + seen("INC0000102#18"),
                c + "\"type\":\"resolved\",\"at\":\"2016-03-17T19:28:00Z\"" + seen("INC0000102#18"),
                c + "\"type\":\"status\",\"at\":\"2016-03-24T21:59:00Z\",\"status\":\"Closed\",\"statusClass\":\"closed\"" + seen("INC0000102#19"),
                c + "\"type\":\"closed\",\"at\":\"2016-03-24T21:59:00Z\"" + seen("INC0000102#19"),
                c + "\"type\":\"claim\",\"at\":\"2016-03-24T21:59:00Z\",\"field\":\"made_sla\",\"value\":\"false\"" + seen("INC0000102#19"));
    }

    @Test // the undocumented state -100 has no class: the status is kept as text, counted as unmapped, and still resolves
    void rebuildsINC0028089ThroughTheUndocumentedState() {
        String c = "{\"case\":\"INC0028089\",\"side\":\"client\",";
        CaseEvents events = events("INC0028089");

        assertThat(events.events().stream().map(EventJson::write)).containsExactly(
                c + "\"type\":\"opened\",\"at\":\"2016-05-11T01:09:00Z\",\"priority\":\"P3\",\"status\":\"New\",\"statusClass\":\"new\"" + seen("INC0028089#0"),
                c + "\"type\":\"details\",\"at\":\"2016-05-11T01:09:00Z\",\"requester\":\"Caller 290\",\"category\":\"Category 28\",\"subcategory\":\"Subcategory 174\",\"channel\":\"Phone\",\"origin\":\"user\"" + seen("INC0028089#0"),
                c + "\"type\":\"assigned\",\"at\":\"2016-05-11T01:09:00Z\",\"group\":\"Group 64\"" + seen("INC0028089#0"),
                c + "\"type\":\"claim\",\"at\":\"2016-05-11T01:09:00Z\",\"field\":\"made_sla\",\"value\":\"true\"" + seen("INC0028089#0"),
                c + "\"type\":\"status\",\"at\":\"2016-06-16T15:02:00Z\",\"status\":\"-100\"" + seen("INC0028089#1"),
                c + "\"type\":\"status\",\"at\":\"2016-06-16T15:03:00Z\",\"status\":\"Resolved\",\"statusClass\":\"resolved\"" + seen("INC0028089#3"),
                c + "\"type\":\"resolved\",\"at\":\"2016-06-16T15:03:00Z\"" + seen("INC0028089#3"),
                c + "\"type\":\"status\",\"at\":\"2016-06-21T16:07:00Z\",\"status\":\"Closed\",\"statusClass\":\"closed\"" + seen("INC0028089#5"),
                c + "\"type\":\"closed\",\"at\":\"2016-06-21T16:07:00Z\"" + seen("INC0028089#5"),
                c + "\"type\":\"claim\",\"at\":\"2016-06-21T16:07:00Z\",\"field\":\"made_sla\",\"value\":\"false\"" + seen("INC0028089#5"));
        assertThat(events.unmapped()).containsExactly(new UnmappedValue("status", "-100", 1));
    }

    @Test // the log repeats update 1 (09:52 and 11:10) after 11:03's Resolved: time order puts the New back after it
    void ordersINC0000137ByTimeWhereItsUpdateCountsRepeat() {
        String c = "{\"case\":\"INC0000137\",\"side\":\"client\",";
        assertThat(timeline("INC0000137")).containsExactly(
                c + "\"type\":\"opened\",\"at\":\"2016-02-29T12:48:00Z\",\"priority\":\"P3\",\"status\":\"New\",\"statusClass\":\"new\"" + seen("INC0000137#1"),
                c + "\"type\":\"details\",\"at\":\"2016-02-29T12:48:00Z\",\"title\":\"Symptom 470\",\"requester\":\"Caller 899\",\"category\":\"Category 32\",\"subcategory\":\"Subcategory 9\",\"channel\":\"Phone\",\"origin\":\"user\"" + seen("INC0000137#1"),
                c + "\"type\":\"assigned\",\"at\":\"2016-02-29T12:52:00Z\",\"group\":\"Group 70\"" + seen("INC0000137#1"),
                c + "\"type\":\"claim\",\"at\":\"2016-02-29T12:52:00Z\",\"field\":\"made_sla\",\"value\":\"true\"" + seen("INC0000137#1"),
                c + "\"type\":\"status\",\"at\":\"2016-02-29T14:03:00Z\",\"status\":\"Resolved\",\"statusClass\":\"resolved\"" + seen("INC0000137#2"),
                c + "\"type\":\"resolved\",\"at\":\"2016-02-29T14:03:00Z\"" + seen("INC0000137#2"),
                c + "\"type\":\"status\",\"at\":\"2016-02-29T14:10:00Z\",\"status\":\"New\",\"statusClass\":\"new\"" + seen("INC0000137#1"),
                c + "\"type\":\"status\",\"at\":\"2016-03-05T15:00:00Z\",\"status\":\"Closed\",\"statusClass\":\"closed\"" + seen("INC0000137#3"),
                c + "\"type\":\"closed\",\"at\":\"2016-03-05T15:00:00Z\"" + seen("INC0000137#3"));
    }

    /** The case's events derived again from what the ledger holds, as JSON lines. */
    private static List<String> timeline(String number) {
        return events(number).events().stream().map(EventJson::write).toList();
    }

    private static CaseEvents events(String number) {
        List<Observation> held = store.ledger().reader().observationsOfCase(context.tenant(), new CaseId(number));
        return new EventLogFormat().normalise(new CaseId(number), held.stream().map(Observation::draft).toList(), context);
    }

    private static String seen(String sourceId) {
        return ",\"seenAt\":\"2026-03-20T12:00:00Z\",\"sourceId\":\"" + sourceId + "\"}";
    }
}
