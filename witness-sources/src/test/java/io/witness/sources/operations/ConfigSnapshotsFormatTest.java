package io.witness.sources.operations;

import static io.witness.sources.operations.Operational.evidence;
import static io.witness.sources.operations.Operational.parse;
import static io.witness.sources.operations.Operational.problems;
import static io.witness.sources.operations.Operational.raw;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.coverage.drift.ConfigCategory;
import io.witness.core.coverage.drift.ConfigSnapshot;
import io.witness.sources.format.ParsedFile;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Snapshots as JSON lines: one per device and time, rules as text or objects, every problem placed. */
class ConfigSnapshotsFormatTest {

    private static final ConfigSnapshotsFormat FORMAT = new ConfigSnapshotsFormat();
    private static final String FILE = """
            {"device":"FW-PR2","taken_at":"2026-01-15T02:00:00-05:00","baseline":true,"firewall_rules":[{"name":"HTTPS in","action":"allow","protocol":"tcp","source":"any","destination":"10.20.0.10","port":"443"}],"local_admins":["admin"],"open_ports":["tcp/443"]}

            {"device":"FW-PR2","taken_at":"2026-04-18 02:00","firewall_rules":["allow tcp any -> 10.20.0.10:443 (HTTPS in)","allow tcp any -> 10.20.0.15:3389"],"local_admins":["admin"],"open_ports":["tcp/443",3389],"services":["W32Time"]}
            """;

    @Test
    void readsEachLineAsASnapshotWithItsRulesAsOneLineOfText() {
        ParsedFile parsed = parse(FORMAT, "snapshots.jsonl", FILE, "America/New_York");
        List<ConfigSnapshot> snapshots = evidence(FORMAT, parsed, "snapshots.jsonl").snapshots();

        assertThat(snapshots).extracting(ConfigSnapshot::takenAt).containsExactly(Instant.parse("2026-01-15T07:00:00Z"),
                Instant.parse("2026-04-18T06:00:00Z"));
        assertThat(snapshots.get(0).baseline()).isTrue();
        assertThat(snapshots.get(0).items().get(ConfigCategory.FIREWALL_RULE)).containsExactly("allow tcp any -> 10.20.0.10:443 (HTTPS in)");
        assertThat(snapshots.get(0).items()).doesNotContainKey(ConfigCategory.SERVICE);
        assertThat(snapshots.get(1).items().get(ConfigCategory.OPEN_PORT)).containsExactly("tcp/443", "3389");
        assertThat(parsed.observations().get(1).sourceId()).isEqualTo("FW-PR2/2026-04-18T06:00:00Z");
        assertThat(raw(parsed.observations().get(0))).startsWith("{\"device\":\"FW-PR2\"").endsWith("\"open_ports\":[\"tcp/443\"]}");
        assertThat(parsed.rowsRead()).isEqualTo(2);
    }

    @Test
    void placesEveryProblemOnItsLineAtItsField() {
        ParsedFile parsed = parse(FORMAT, "snapshots.jsonl", """
                {"device":"FW-PR2","taken_at":"2026-04-18T02:00:00Z","firewall_rules":[{"action":"allow","source":"any"}],"services":"W32Time"}
                {"device":"FW-PR2","taken_at":"18/04/2026","baseline":"yes"}
                {"device":"FW-PR2",
                ["FW-PR2"]
                """, null);

        assertThat(problems(parsed)).containsExactly(
                "snapshots.jsonl:1:54: /firewall_rules/0/destination: expected the rule's destination as text, found nothing",
                "snapshots.jsonl:1:107: /services: expected a list, found \"W32Time\"",
                "snapshots.jsonl:2:20: /taken_at: expected a date and time such as 2026-05-12T22:00:00-04:00, or 2026-05-12 22:00 in the "
                        + "--zone; found '18/04/2026'",
                "snapshots.jsonl:2:44: /baseline: expected true or false, found \"yes\"",
                "snapshots.jsonl:3:20: expected one JSON object on the line: Unexpected end-of-input within/between Object entries",
                "snapshots.jsonl:4:1: expected a JSON object, found array");
    }
}
