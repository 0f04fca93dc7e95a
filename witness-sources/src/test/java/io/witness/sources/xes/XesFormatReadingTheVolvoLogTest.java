package io.witness.sources.xes;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.event.CaseId;
import io.witness.core.event.TicketEvent;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.format.UnmappedValue;
import io.witness.sources.timeline.Imports;
import io.witness.sources.timeline.RealData;
import io.witness.sources.timeline.Timelines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real BPI Challenge 2013 incident log (Volvo IT, 7,554 incidents) read whole, as its README describes it. */
class XesFormatReadingTheVolvoLogTest {

    private static final String LOG = "bpic2013-volvo-incidents/BPI_Challenge_2013_incidents.xes.gz";
    private static final XesFormat FORMAT = new XesFormat();
    private static Contract contract;
    private static ParsedFile parsed;
    private static Map<String, List<ObservationDraft>> cases;
    private static ImportContext context;

    @BeforeAll
    static void readTheLogOnce() throws IOException {
        Path file = RealData.file(LOG);
        contract = Imports.contract(XesFormatReadingTheVolvoLogTest.class, "bpic2013-contract.yaml");
        context = Imports.under(Imports.provider("vinst"), contract);
        parsed = FORMAT.parse(new ImportFile(file.getFileName().toString(), Files.readAllBytes(file)), context);
        cases = new LinkedHashMap<>();
        for (ObservationDraft observation : parsed.observations()) {
            cases.computeIfAbsent(observation.caseRef().orElseThrow().value(), c -> new ArrayList<>()).add(observation);
        }
    }

    @Test
    void readsEveryTraceAndEventWithoutAProblem() {
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rowsRead()).isEqualTo(65_533);
        assertThat(parsed.observations()).hasSize(65_533);
        assertThat(cases).hasSize(7_554);
        assertThat(parsed.observations().stream().map(ObservationDraft::sourceId).distinct().count()).isEqualTo(65_533);
    }

    @Test
    void keepsEachEventAsItsTraceAndEventInCanonicalText() {
        ObservationDraft first = parsed.observations().get(0);
        assertThat(first.kind()).isEqualTo("xes-event");
        assertThat(first.sourceId()).isEqualTo("1-364285768#1");
        assertThat(first.sourceVersion()).isEqualTo("1");
        assertThat(first.caseRef()).contains(new CaseId("1-364285768"));
        assertThat(first.claimedAt()).contains(Instant.parse("2010-03-31T14:59:42Z"));
        assertThat(new String(first.raw(), StandardCharsets.UTF_8)).isEqualTo("<trace>"
                + "<string key=\"concept:name\" value=\"1-364285768\"/><event>"
                + "<string key=\"org:group\" value=\"V30\"/><string key=\"resource country\" value=\"France\"/>"
                + "<string key=\"organization country\" value=\"fr\"/><string key=\"org:resource\" value=\"Frederic\"/>"
                + "<string key=\"organization involved\" value=\"Org line A2\"/><string key=\"org:role\" value=\"A2_4\"/>"
                + "<string key=\"concept:name\" value=\"Accepted\"/><string key=\"impact\" value=\"Medium\"/>"
                + "<string key=\"product\" value=\"PROD582\"/><string key=\"lifecycle:transition\" value=\"In Progress\"/>"
                + "<date key=\"time:timestamp\" value=\"2010-03-31T16:59:42+02:00\"/></event></trace>");
        assertThat(first.parsedJson()).isEqualTo("{\"attributes\":{\"concept:name\":\"Accepted\",\"impact\":\"Medium\","
                + "\"lifecycle:transition\":\"In Progress\",\"org:group\":\"V30\",\"org:resource\":\"Frederic\","
                + "\"org:role\":\"A2_4\",\"organization country\":\"fr\",\"organization involved\":\"Org line A2\","
                + "\"product\":\"PROD582\",\"resource country\":\"France\",\"time:timestamp\":\"2010-03-31T16:59:42+02:00\"},"
                + "\"index\":1,\"trace\":\"1-364285768\",\"traceAttributes\":{\"concept:name\":\"1-364285768\"}}");
    }

    @Test
    void derivesTheEventsThatASimpleReadingOfTheLogCounts() throws IOException {
        Map<String, Long> derived = new TreeMap<>();
        List<UnmappedValue> unmapped = new ArrayList<>();
        cases.forEach((id, observations) -> {
            CaseEvents events = FORMAT.normalise(new CaseId(id), observations, context);
            events.events().forEach(e -> derived.merge(e.type().wireName(), 1L, Long::sum));
            unmapped.addAll(events.unmapped());
        });
        assertThat(unmapped).isEmpty();
        assertThat(derived).isEqualTo(SimpleReading.of(RealData.file(LOG)).expectedCounts());
        assertThat(derived).containsExactlyEntriesOf(new TreeMap<>(Map.of("assigned", 17_008L, "closed", 5_704L,
                "details", 7_554L, "opened", 7_554L, "reopened", 580L, "resolved", 8_125L, "status", 49_331L)));
    }

    @Test
    void countsEveryStatusAsUnmappedWithoutAContract() throws IOException {
        Map<String, Long> unmapped = new TreeMap<>();
        cases.forEach((id, observations) -> FORMAT.normalise(new CaseId(id), observations, Imports.provider("vinst"))
                .unmapped().forEach(u -> unmapped.merge(u.field(), u.count(), Long::sum)));
        SimpleReading reading = SimpleReading.of(RealData.file(LOG));
        assertThat(unmapped).containsExactly(Map.entry("status", reading.expectedCounts().get("opened")
                + reading.expectedCounts().get("status")));
    }

    @Test
    void rebuildsAnIncidentPassedBetweenLinesAndResolvedTwice() {
        assertThat(timeline("1-364285768")).containsExactly(
                "2010-03-31T14:59:42Z opened P3 Accepted/In Progress (in_progress)",
                "2010-03-31T14:59:42Z assigned V30 tier 1",
                "2010-03-31T14:59:42Z details ci=PROD582",
                "2010-03-31T15:45:48Z status Queued/Awaiting Assignment (new)",
                "2010-03-31T15:45:48Z assigned V5 3rd tier 3",
                "2010-04-06T14:44:07Z status Accepted/In Progress (in_progress)",
                "2010-04-06T14:44:38Z status Queued/Awaiting Assignment (new)",
                "2010-04-06T14:44:38Z assigned V30 tier 1",
                "2010-04-06T14:44:47Z status Accepted/In Progress (in_progress)",
                "2010-04-06T14:44:47Z assigned V13 2nd 3rd tier 3",
                "2010-04-06T14:44:51Z status Completed/Resolved (resolved)",
                "2010-04-06T14:44:51Z resolved",
                "2010-04-06T14:45:07Z status Queued/Awaiting Assignment (new)",
                "2010-04-06T14:45:07Z reopened",
                "2010-04-06T14:45:07Z assigned V30 tier 1",
                "2010-04-08T10:52:23Z status Accepted/In Progress (in_progress)",
                "2010-04-08T10:53:35Z status Queued/Awaiting Assignment (new)",
                "2010-04-08T10:53:35Z assigned V5 3rd tier 3",
                "2010-04-20T09:07:11Z status Accepted/In Progress (in_progress)",
                "2010-04-20T09:07:19Z status Accepted/Assigned (in_progress)",
                "2012-04-11T15:11:17Z status Accepted/In Progress (in_progress)",
                "2012-04-11T15:11:25Z status Accepted/Assigned (in_progress)",
                "2012-05-03T09:10:10Z status Accepted/In Progress (in_progress)",
                "2012-05-03T09:10:12Z status Completed/Resolved (resolved)",
                "2012-05-03T09:10:12Z resolved",
                "2012-05-10T23:26:15Z status Completed/Closed (closed)",
                "2012-05-10T23:26:15Z closed");
    }

    @Test
    void rebuildsAnIncidentSolvedInTheCallReopenedAndCancelled() {
        assertThat(timeline("1-737379684")).containsExactly(
                "2012-05-02T00:55:13Z opened P2 Accepted/In Progress (in_progress)",
                "2012-05-02T00:55:13Z assigned G96 tier 1",
                "2012-05-02T00:55:13Z details ci=PROD732",
                "2012-05-02T00:55:57Z status Accepted/Wait - User (waiting_customer)",
                "2012-05-02T02:31:59Z status Accepted/In Progress (in_progress)",
                "2012-05-02T02:32:09Z status Completed/In Call (resolved)",
                "2012-05-02T02:32:09Z resolved",
                "2012-05-02T09:34:02Z status Accepted/In Progress (in_progress)",
                "2012-05-02T09:34:02Z reopened",
                "2012-05-02T09:34:02Z assigned G97 tier 1",
                "2012-05-02T09:35:01Z status Completed/Cancelled (cancelled)");
    }

    @Test
    void readsWinterTimesAtPlusOneAndSummerTimesAtPlusTwo() {
        assertThat(timeline("1-605313141")).containsExactly(
                "2011-11-11T12:45:04Z opened P3 Queued/Awaiting Assignment (new)",
                "2011-11-11T12:45:04Z assigned T19 tier 1",
                "2011-11-11T12:45:04Z details ci=PROD562",
                "2011-11-11T12:49:29Z assigned G356 2nd tier 2",
                "2011-11-11T13:54:03Z status Accepted/In Progress (in_progress)",
                "2011-11-16T08:22:17Z status Accepted/Wait - User (waiting_customer)",
                "2012-05-02T07:52:57Z status Completed/Resolved (resolved)",
                "2012-05-02T07:52:57Z resolved",
                "2012-05-09T23:20:41Z status Completed/Closed (closed)",
                "2012-05-09T23:20:41Z closed");
    }

    @Test
    void readsAnUnmatchedReplyAsReopeningTheIncident() {
        assertThat(timeline("1-734778898")).containsExactly(
                "2012-04-27T09:09:49Z opened P3 Accepted/In Progress (in_progress)",
                "2012-04-27T09:09:49Z assigned S42 tier 1",
                "2012-04-27T09:09:49Z details ci=PROD627",
                "2012-04-27T09:41:18Z status Queued/Awaiting Assignment (new)",
                "2012-04-27T09:41:19Z assigned G140 2nd tier 2",
                "2012-04-27T09:44:32Z status Accepted/In Progress (in_progress)",
                "2012-04-27T09:44:35Z status Accepted/Assigned (in_progress)",
                "2012-04-27T09:48:00Z status Accepted/In Progress (in_progress)",
                "2012-04-27T09:52:46Z status Completed/Resolved (resolved)",
                "2012-04-27T09:52:46Z resolved",
                "2012-05-02T07:41:18Z status Unmatched/Unmatched (in_progress)",
                "2012-05-02T07:41:18Z reopened",
                "2012-05-02T07:53:13Z status Accepted/In Progress (in_progress)",
                "2012-05-02T07:53:16Z status Accepted/Assigned (in_progress)",
                "2012-05-02T09:04:55Z status Accepted/In Progress (in_progress)",
                "2012-05-02T09:13:21Z status Accepted/Wait - User (waiting_customer)",
                "2012-05-02T09:54:02Z status Completed/Resolved (resolved)",
                "2012-05-02T09:54:02Z resolved",
                "2012-05-09T23:17:11Z status Completed/Closed (closed)",
                "2012-05-09T23:17:11Z closed");
    }

    @Test
    void givesEachEventTheObservationsIdAndReceiptTime() {
        TicketEvent opened = FORMAT.normalise(new CaseId("1-364285768"), cases.get("1-364285768"), context).events().get(0);
        assertThat(opened.meta().sourceId()).contains("1-364285768#1");
        assertThat(opened.meta().seenAt()).contains(Imports.RECEIVED);
    }

    private static List<String> timeline(String trace) {
        return Timelines.describe(FORMAT.normalise(new CaseId(trace), cases.get(trace), context).events());
    }

    /**
     * The log read line by line with a regular expression, apart from the format's StAX reader, and the
     * events it should give counted by the rules of docs/importers/xes.md with the contract's classes.
     */
    private record SimpleReading(List<List<Map<String, String>>> traces) {

        private static final Pattern ATTRIBUTE = Pattern.compile("<(?:string|date) key=\"([^\"]+)\" value=\"([^\"]*)\"/>");
        private static final Map<String, String> CLASSES = Map.ofEntries(
                Map.entry("Queued/Awaiting Assignment", "new"), Map.entry("Accepted/Assigned", "in_progress"),
                Map.entry("Accepted/In Progress", "in_progress"), Map.entry("Accepted/Wait", "in_progress"),
                Map.entry("Accepted/Wait - User", "waiting_customer"), Map.entry("Accepted/Wait - Customer", "waiting_customer"),
                Map.entry("Accepted/Wait - Vendor", "waiting_third_party"),
                Map.entry("Accepted/Wait - Implementation", "waiting_third_party"),
                Map.entry("Completed/Resolved", "resolved"), Map.entry("Completed/In Call", "resolved"),
                Map.entry("Completed/Closed", "closed"), Map.entry("Completed/Cancelled", "cancelled"),
                Map.entry("Unmatched/Unmatched", "in_progress"));
        private static final Set<String> DONE = Set.of("resolved", "closed", "cancelled");

        static SimpleReading of(Path file) throws IOException {
            List<List<Map<String, String>>> traces = new ArrayList<>();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
                List<Map<String, String>> trace = null;
                Map<String, String> event = null;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String text = line.strip();
                    if (text.equals("<trace>")) {
                        trace = new ArrayList<>();
                    } else if (text.equals("</trace>")) {
                        traces.add(trace);
                        trace = null;
                    } else if (text.equals("<event>")) {
                        event = new HashMap<>();
                    } else if (text.equals("</event>") && trace != null) {
                        trace.add(event);
                        event = null;
                    } else if (event != null) {
                        Matcher m = ATTRIBUTE.matcher(text);
                        if (m.matches()) {
                            event.put(m.group(1), m.group(2));
                        }
                    }
                }
            }
            return new SimpleReading(traces);
        }

        Map<String, Long> expectedCounts() {
            Map<String, Long> counts = new TreeMap<>();
            for (List<Map<String, String>> trace : traces) {
                String status = null;
                String group = null;
                for (Map<String, String> event : trace) {
                    String now = event.get("concept:name") + "/" + event.get("lifecycle:transition");
                    String before = status == null ? null : CLASSES.get(status);
                    String after = CLASSES.get(now);
                    if (status == null) {
                        counts.merge("opened", 1L, Long::sum);
                        counts.merge("details", 1L, Long::sum);
                    } else if (!now.equals(status)) {
                        counts.merge("status", 1L, Long::sum);
                    }
                    if (status == null || !now.equals(status)) {
                        if (after.equals("resolved") && !"resolved".equals(before) && !"closed".equals(before)) {
                            counts.merge("resolved", 1L, Long::sum);
                        } else if (after.equals("closed") && !"closed".equals(before)) {
                            counts.merge("closed", 1L, Long::sum);
                        } else if (!DONE.contains(after) && before != null && DONE.contains(before)) {
                            counts.merge("reopened", 1L, Long::sum);
                        }
                    }
                    if (!event.get("org:group").equals(group)) {
                        counts.merge("assigned", 1L, Long::sum);
                    }
                    status = now;
                    group = event.get("org:group");
                }
            }
            return counts;
        }
    }
}
