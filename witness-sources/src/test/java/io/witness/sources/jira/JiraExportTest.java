package io.witness.sources.jira;

import static io.witness.sources.export.Fixtures.client;
import static io.witness.sources.export.Fixtures.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.ledger.chain.CanonicalJson;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ParsedFile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JiraExportTest {

    private final JiraFormat format = new JiraFormat();
    private final ImportContext amsterdam = client("jira-sm", Optional.of(ZoneId.of("Europe/Amsterdam")));

    @Test
    void keepsEachIssueRowAsTheFileHoldsItUnderItsIdAndUpdatedTime() {
        ParsedFile parsed = format.parse(file(getClass(), "issues.csv"), amsterdam);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rowsRead()).isEqualTo(3);
        ObservationDraft first = parsed.observations().get(0);
        assertThat(first.kind()).isEqualTo("issue");
        assertThat(first.sourceId()).isEqualTo("10042");
        assertThat(first.sourceVersion()).isEqualTo("2024-01-18T15:00:00Z");
        assertThat(first.caseRef().orElseThrow().value()).isEqualTo("ITSD-42");
        assertThat(new String(first.raw(), StandardCharsets.UTF_8)).startsWith("Laptop cannot reach VPN,ITSD-42,10042,")
                .contains("\"The VPN client says \"\"tunnel failed\"\".\r\nSince this morning, from home.\"")
                .endsWith(",AT-20240115-0042,Network Team");
    }

    @Test
    void readsRepeatedColumnsCommentsAndSlaFields() {
        var fields = CanonicalJson.parse(format.parse(file(getClass(), "issues.csv"), amsterdam).observations().get(0)
                .parsedJson());

        assertThat(fields.at("/comments/1/created").asString()).isEqualTo("2024-01-15T09:15:00Z");
        assertThat(fields.at("/comments/1/author").asString()).isEqualTo("712020:aaaa");
        assertThat(fields.at("/comments/1/body").asString()).isEqualTo("Still failing; same error");
        assertThat(fields.at("/sla/Time to resolution").asString()).isEqualTo("-2h 10m");
        assertThat(fields.at("/group").asString()).isEqualTo("Network Team");
        assertThat(fields.at("/@extra/Component~1s").toString()).isEqualTo("[\"VPN\",\"Laptop\"]");
    }

    @Test
    void readsATimeTheClocksSkippedForwardAndARepeatedOneAtItsEarlierOffset() {
        ObservationDraft night = format.parse(file(getClass(), "issues.csv"), amsterdam).observations().get(2);
        var fields = CanonicalJson.parse(night.parsedJson());

        // 31 March 2024 02:30 does not exist in Amsterdam: it is 03:30 CEST
        assertThat(fields.get("created").asString()).isEqualTo("2024-03-31T01:30:00Z");
        // 27 October 2024 02:30 happens twice: the first, still CEST (+02:00)
        assertThat(fields.get("updated").asString()).isEqualTo("2024-10-27T00:30:00Z");
    }

    @Test
    void keepsEachChangelogEntryAsItsObjectsText() {
        ParsedFile parsed = format.parse(file(getClass(), "ITSD-42.changelog.json"), amsterdam);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.observations()).hasSize(8);
        ObservationDraft second = parsed.observations().get(1);
        assertThat(second.kind()).isEqualTo("changelog-entry");
        assertThat(second.sourceId()).isEqualTo("ITSD-42/100502");
        assertThat(second.sourceVersion()).isEqualTo("100502");
        assertThat(second.claimedAt()).contains(Instant.parse("2024-01-15T08:43:00Z"));
        assertThat(new String(second.raw(), StandardCharsets.UTF_8)).isEqualTo("""
                {"id": "100502", "author": {"accountId": "557058:bbbb", "displayName": "Sam Agent", "active": true},
                     "created": "2024-01-15T09:43:00.000+0100",
                     "items": [{"field": "status", "fieldtype": "jira", "fieldId": "status", "from": "3", "fromString": \
                "In Progress", "to": "10002", "toString": "Waiting for customer"}]}""");
    }

    @Test
    void readsBundlesOneALineWithCommentsAndSlaRecords() {
        ParsedFile parsed = format.parse(file(getClass(), "itsd-bundles.jsonl"), amsterdam);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rowsRead()).isEqualTo(2);
        assertThat(parsed.observations()).extracting(ObservationDraft::kind)
                .containsExactly("comment", "comment", "comment", "sla-metric", "sla-metric");
        assertThat(parsed.observations()).extracting(ObservationDraft::sourceId)
                .containsExactly("ITSD-42/20001", "ITSD-42/20002", "ITSD-42/20003", "ITSD-42/1", "ITSD-42/2");
        assertThat(CanonicalJson.parse(parsed.observations().get(2).parsedJson()).get("@public").asBoolean()).isFalse();
        assertThat(parsed.observations().get(3).sourceVersion()).startsWith("sha256:");
    }
}
