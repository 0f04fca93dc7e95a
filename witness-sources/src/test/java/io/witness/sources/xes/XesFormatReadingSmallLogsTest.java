package io.witness.sources.xes;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.CaseId;
import io.witness.core.input.InputProblem;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.format.UnmappedValue;
import io.witness.sources.timeline.Imports;
import io.witness.sources.timeline.Timelines;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Small XES logs, each with one thing that differs: layout, compression, local times, bad events, typed values. */
class XesFormatReadingSmallLogsTest {

    private static final XesFormat FORMAT = new XesFormat();
    private static final ImportContext PROVIDER = Imports.provider("xes");

    private static ParsedFile parse(String resource, ImportContext context) {
        return FORMAT.parse(new ImportFile(resource, Imports.bytes(XesFormatReadingSmallLogsTest.class, resource)), context);
    }

    private static List<String> problems(ParsedFile parsed) {
        return parsed.problems().stream().map(InputProblem::toString).toList();
    }

    private static List<String> timeline(ParsedFile parsed, String trace, ImportContext context) {
        List<ObservationDraft> observations = parsed.observations().stream()
                .filter(o -> o.caseRef().orElseThrow().value().equals(trace)).toList();
        return Timelines.describe(FORMAT.normalise(new CaseId(trace), observations, context).events());
    }

    @Test
    void readsEachEventOfEachTraceAndSkipsTheHeader() {
        ParsedFile parsed = parse("two-incidents.xes", PROVIDER);
        assertThat(problems(parsed)).isEmpty();
        assertThat(parsed.rowsRead()).isEqualTo(5);
        assertThat(parsed.observations()).extracting(ObservationDraft::sourceId)
                .containsExactly("1-100#1", "1-100#2", "1-100#3", "1-200#1", "1-200#2");
        assertThat(parsed.observations()).extracting(o -> o.claimedAt().orElseThrow()).containsExactly(
                Instant.parse("2012-03-23T08:00:00Z"), Instant.parse("2012-03-26T08:30:00Z"),
                Instant.parse("2012-03-26T09:00:00.250Z"), Instant.parse("2012-04-01T08:00:00Z"),
                Instant.parse("2012-04-02T08:00:00Z"));
    }

    @Test
    void derivesEachTracesTimelineWithoutAContract() {
        ParsedFile parsed = parse("two-incidents.xes", PROVIDER);
        assertThat(timeline(parsed, "1-100", PROVIDER)).containsExactly(
                "2012-03-23T08:00:00Z opened High Queued/Awaiting Assignment (?)",
                "2012-03-23T08:00:00Z assigned G97 tier 1",
                "2012-03-23T08:00:00Z details ci=PROD1",
                "2012-03-26T08:30:00Z status Accepted/In Progress (?)",
                "2012-03-26T08:30:00Z priority Major",
                "2012-03-26T08:30:00Z assigned S42 2nd tier 2",
                "2012-03-26T09:00:00.250Z status Completed/Resolved (?)",
                "2012-03-26T09:00:00.250Z details ci=PROD2");
        assertThat(timeline(parsed, "1-200", PROVIDER)).containsExactly(
                "2012-04-01T08:00:00Z opened Low Accepted/Wait - User (?)",
                "2012-04-01T08:00:00Z assigned G97 tier 1",
                "2012-04-02T08:00:00Z status Completed/Closed (?)");
    }

    @Test
    void mapsThePairsAndImpactsByTheContract() {
        ImportContext context = Imports.under(PROVIDER, Imports.contract(getClass(), "bpic2013-contract.yaml"));
        ParsedFile parsed = parse("two-incidents.xes", context);
        assertThat(timeline(parsed, "1-100", context)).containsExactly(
                "2012-03-23T08:00:00Z opened P2 Queued/Awaiting Assignment (new)",
                "2012-03-23T08:00:00Z assigned G97 tier 1",
                "2012-03-23T08:00:00Z details ci=PROD1",
                "2012-03-26T08:30:00Z status Accepted/In Progress (in_progress)",
                "2012-03-26T08:30:00Z priority P1",
                "2012-03-26T08:30:00Z assigned S42 2nd tier 2",
                "2012-03-26T09:00:00.250Z status Completed/Resolved (resolved)",
                "2012-03-26T09:00:00.250Z resolved",
                "2012-03-26T09:00:00.250Z details ci=PROD2");
    }

    @Test
    void countsWhatTheContractDoesNotMap() {
        ImportContext context = Imports.under(PROVIDER, Imports.contract(getClass(), "bpic2013-contract.yaml"));
        String log = Imports.text(getClass(), "two-incidents.xes").replace("\"Resolved\"", "\"Fixed\"")
                .replace("\"Low\"", "\"Trivial\"");
        ParsedFile parsed = FORMAT.parse(new ImportFile("changed.xes", log.getBytes(StandardCharsets.UTF_8)), context);
        List<ObservationDraft> first = parsed.observations().subList(0, 3);
        List<ObservationDraft> second = parsed.observations().subList(3, 5);
        assertThat(FORMAT.normalise(new CaseId("1-100"), first, context).unmapped())
                .containsExactly(new UnmappedValue("status", "Completed/Fixed", 1));
        assertThat(FORMAT.normalise(new CaseId("1-200"), second, context).unmapped())
                .containsExactly(new UnmappedValue("priority", "Trivial", 1));
    }

    @Test
    void keepsTheSameRawTextWhateverTheLayoutQuotingOrPrefix() {
        ObservationDraft tabs = parse("two-incidents.xes", PROVIDER).observations().get(0);
        ParsedFile other = parse("one-event-other-layout.xes", PROVIDER);
        assertThat(problems(other)).isEmpty();
        assertThat(other.observations().get(0).raw()).isEqualTo(tabs.raw());
        assertThat(other.observations().get(0).parsedJson()).isEqualTo(tabs.parsedJson());
        assertThat(new String(parse("two-incidents.xes", PROVIDER).observations().get(1).raw(), StandardCharsets.UTF_8))
                .contains("<string key=\"org:resource\" value=\"Bo &amp; Cy\"/>");
    }

    @Test
    void readsAGzippedLogAsGiven() {
        byte[] plain = Imports.bytes(getClass(), "two-incidents.xes");
        ParsedFile parsed = FORMAT.parse(new ImportFile("two-incidents.xes.gz", gzip(plain)), PROVIDER);
        assertThat(problems(parsed)).isEmpty();
        assertThat(parsed.observations()).hasSize(5);
        assertThat(parsed.observations().get(4).raw()).isEqualTo(parse("two-incidents.xes", PROVIDER).observations().get(4).raw());
    }

    @Test
    void readsTimesWithoutAnOffsetInTheGivenZoneEarlierOffsetInAnOverlapShiftedForwardInAGap() {
        ParsedFile parsed = parse("local-times.xes", Imports.inZone(PROVIDER, "Europe/Berlin"));
        assertThat(problems(parsed)).isEmpty();
        assertThat(parsed.observations()).extracting(o -> o.claimedAt().orElseThrow()).containsExactly(
                Instant.parse("2026-03-29T01:30:00Z"), Instant.parse("2026-10-25T00:30:00Z"),
                Instant.parse("2026-10-25T02:30:00.500Z"));
    }

    @Test
    void refusesTimesWithoutAnOffsetWhenNoZoneIsGiven() {
        assertThat(problems(parse("local-times.xes", PROVIDER))).containsExactly(
                "local-times.xes:6:108: /trace/DST-1/event/1/time:timestamp: expected a time with an offset such as "
                        + "2010-03-31T16:59:42+02:00, found '2026-03-29T02:30:00' (give --zone for the times local-times.xes writes without one)",
                "local-times.xes:8:113: /trace/DST-1/event/2/time:timestamp: expected a time with an offset such as "
                        + "2010-03-31T16:59:42+02:00, found '2026-10-25T02:30:00' (give --zone for the times local-times.xes writes without one)",
                "local-times.xes:9:113: /trace/DST-1/event/3/time:timestamp: expected a time with an offset such as "
                        + "2010-03-31T16:59:42+02:00, found '2026-10-25T03:30:00.5' (give --zone for the times local-times.xes writes without one)");
    }

    @Test
    void reportsEveryBadEventAndKeepsTheGoodOnes() {
        ParsedFile parsed = parse("bad-events.xes", PROVIDER);
        assertThat(problems(parsed)).containsExactly(
                "bad-events.xes:5:12: /trace/1-300/event/1: expected a time:timestamp attribute (the event's time), found none",
                "bad-events.xes:9:60: /trace/1-300/event/2/time:timestamp: expected an xs:dateTime such as 2010-03-31T16:59:42+02:00, found '31/03/2012 16:59'",
                "bad-events.xes:13:43: /trace/1-300/event/3/org:group: expected each key once in an event, found 'org:group' again",
                "bad-events.xes:17:63: /trace/1-300/event/4/time:timestamp: expected a time with an offset such as 2010-03-31T16:59:42+02:00, "
                        + "found '2012-03-31T17:00:00' (give --zone for the times bad-events.xes writes without one)",
                "bad-events.xes:23:10: /trace: expected the trace's concept:name (the case id), found none",
                "bad-events.xes:34:43: /trace/1-400: expected the trace's attributes before its first event, found <string> after it");
        assertThat(parsed.rowsRead()).isEqualTo(7);
        assertThat(parsed.observations()).extracting(ObservationDraft::sourceId).containsExactly("1-300#5", "1-400#1");
    }

    @Test
    void typesTheValuesAndTakesTheEventsOwnIdentity() {
        ParsedFile parsed = parse("typed-attributes.xes", PROVIDER);
        assertThat(problems(parsed)).isEmpty();
        ObservationDraft event = parsed.observations().get(0);
        assertThat(event.sourceId()).isEqualTo("e-7f3a");
        assertThat(event.parsedJson()).isEqualTo("{\"attributes\":{\"caller\":{\"floor\":3,\"name\":\"Dana\"},"
                + "\"concept:name\":\"Accepted\",\"cost\":1.50,\"identity:id\":\"e-7f3a\",\"odd\":\"twelve\",\"people\":12,"
                + "\"product\":\"PROD9\",\"tags\":[\"vpn\",\"remote\"],\"time:timestamp\":\"2020-01-02T03:04:05Z\",\"vip\":true},"
                + "\"index\":1,\"nested\":{\"product\":{\"vendor\":\"Acme\"}},\"trace\":\"T-1\",\"traceAttributes\":{\"concept:name\":\"T-1\"}}");
    }

    @Test
    void refusesADocumentTypeDeclaration() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE log [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<log><trace/></log>";
        assertThat(problems(FORMAT.parse(new ImportFile("evil.xes", xml.getBytes(StandardCharsets.UTF_8)), PROVIDER)))
                .containsExactly("evil.xes:2:58: expected an XES log without a DTD, found a <!DOCTYPE> declaration");
    }

    @Test
    void refusesWhatIsNotAnXesLog() {
        assertThat(problems(FORMAT.parse(new ImportFile("feed.xml", "<rss><item/></rss>".getBytes(StandardCharsets.UTF_8)), PROVIDER)))
                .containsExactly("feed.xml:1:6: expected an XES log (a <log> root element), found <rss>");
        assertThat(problems(FORMAT.parse(new ImportFile("empty.xes", new byte[0]), PROVIDER)))
                .containsExactly("empty.xes:1:1: not well-formed XML: Premature end of file.");
        assertThat(problems(FORMAT.parse(new ImportFile("cut.xes.gz", new byte[] {0x1f, (byte) 0x8b, 8}), PROVIDER)))
                .containsExactly("cut.xes.gz: expected a gzip-compressed XES log, found a broken gzip header: the file ends inside it");
    }

    @Test
    void reportsWhereTheXmlBreaksAndKeepsTheEventsBefore() {
        String xml = "<log>\n<trace><string key=\"concept:name\" value=\"A\"/>\n"
                + "<event><date key=\"time:timestamp\" value=\"2020-01-01T00:00:00Z\"/></event>\n<event></trace></log>";
        ParsedFile parsed = FORMAT.parse(new ImportFile("broken.xes", xml.getBytes(StandardCharsets.UTF_8)), PROVIDER);
        assertThat(problems(parsed)).containsExactly(
                "broken.xes:4:10: not well-formed XML: The element type \"event\" must be terminated by the matching end-tag \"</event>\".");
        assertThat(parsed.observations()).hasSize(1);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
