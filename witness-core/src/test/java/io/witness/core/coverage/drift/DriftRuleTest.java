package io.witness.core.coverage.drift;

import static io.witness.core.coverage.CoverageFixtures.context;
import static io.witness.core.coverage.CoverageFixtures.finding;
import static io.witness.core.coverage.CoverageFixtures.ids;
import static io.witness.core.coverage.CoverageFixtures.ny;
import static io.witness.core.coverage.CoverageFixtures.system;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.coverage.CoverageFixtures;
import io.witness.core.coverage.asset.Criticality;
import io.witness.core.finding.EvidenceRef;
import io.witness.core.finding.Finding;
import io.witness.core.finding.Severity;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * FW-PR2's baseline of 2026-01-15; on 2026-04-18 an RDP rule and port appear and the EDR service is gone
 * (change CHG0031 was open then); by 2026-05-30 the port is closed again and a local admin has appeared.
 */
class DriftRuleTest {

    private static final Contract CONTRACT = CoverageFixtures.withObligations("""
            - { id: qbr, kind: qbr, section: "5.2", evidence: meeting_minutes }
            """);
    private static final LocalDate AT = LocalDate.parse("2026-06-02");

    private static ConfigSnapshot snapshot(String device, String local, boolean baseline, Set<String> rules, Set<String> admins,
            Set<String> ports, Set<String> services) {
        Map<ConfigCategory, Set<String>> items = new EnumMap<>(ConfigCategory.class);
        items.put(ConfigCategory.FIREWALL_RULE, rules);
        items.put(ConfigCategory.LOCAL_ADMIN, admins);
        items.put(ConfigCategory.OPEN_PORT, ports);
        if (services != null) {
            items.put(ConfigCategory.SERVICE, services);
        }
        return new ConfigSnapshot(device, ny(local), baseline, items, EvidenceRef.file("snapshots.jsonl:" + device + "@" + local));
    }

    private static final String RDP = "allow tcp any -> 10.20.0.15:3389";
    private static final List<ConfigSnapshot> SNAPSHOTS = List.of(
            snapshot("FW-PR2", "2026-01-15T02:00", true, Set.of("allow tcp any -> 10.20.0.10:443"), Set.of("Administrator", "nw-admin"),
                    Set.of("tcp/443"), Set.of("SentinelAgent", "W32Time")),
            snapshot("FW-PR2", "2026-04-11T02:00", false, Set.of("allow tcp any -> 10.20.0.10:443"), Set.of("Administrator", "nw-admin"),
                    Set.of("tcp/443"), Set.of("SentinelAgent", "W32Time")),
            snapshot("FW-PR2", "2026-04-18T02:00", false, Set.of("allow tcp any -> 10.20.0.10:443", RDP), Set.of("Administrator", "nw-admin"),
                    Set.of("tcp/443", "tcp/3389"), Set.of("W32Time")),
            snapshot("FW-PR2", "2026-05-30T02:00", false, Set.of("allow tcp any -> 10.20.0.10:443", RDP),
                    Set.of("Administrator", "nw-admin", "temp-vendor"), Set.of("tcp/443"), null),
            snapshot("WS-01", "2026-05-01T02:00", false, Set.of(), Set.of("Administrator", "shared-admin"), Set.of(), Set.of()),
            snapshot("WS-02", "2026-05-01T02:00", true, Set.of(), Set.of("Administrator"), Set.of(), Set.of()));
    private static final ChangeRecord CHANGE = new ChangeRecord("CHG0031", List.of("fw-pr2.acme.local"), ny("2026-04-16T18:00"),
            ny("2026-04-18T01:00"), "Vendor remote access for imaging upgrade", EvidenceRef.file("changes.csv:2"));

    private static DriftRule.Result audit(List<ChangeRecord> changes) {
        return DriftRule.audit(context(CONTRACT, AT, List.of(system("FW-PR2", Criticality.HIGH, null))), SNAPSHOTS, changes);
    }

    @Test
    void datesEachChangeByTheFirstSnapshotThatShowsItAndNamesTheChangeThatCoversIt() {
        Finding rule = finding(audit(List.of(CHANGE)).outcome().findings(),
                "config-drift/FW-PR2/firewall-rule/added/allow-tcp-any-10.20.0.15-3389");

        assertThat(rule.title()).isEqualTo("FW-PR2: firewall rule added 2026-04-18 under change CHG0031: allow tcp any -> 10.20.0.15:3389");
        assertThat(rule.explanation()).isEqualTo("The baseline of FW-PR2 taken 2026-01-15 does not have firewall rule "
                + "'allow tcp any -> 10.20.0.15:3389'. It first appears in the snapshot of 2026-04-18 (the one before, 2026-04-11, does not have "
                + "it) and is still there on 2026-05-30. Change CHG0031 ('Vendor remote access for imaging upgrade'), window 2026-04-16 to "
                + "2026-04-18, covers it.");
        assertThat(rule.severity()).isEqualTo(Severity.INFO);
        assertThat(rule.at()).isEqualTo(ny("2026-04-18T02:00"));
        assertThat(rule.evidence()).extracting(EvidenceRef::id).containsExactly("snapshots.jsonl:FW-PR2@2026-01-15T02:00",
                "snapshots.jsonl:FW-PR2@2026-04-11T02:00", "snapshots.jsonl:FW-PR2@2026-04-18T02:00", "changes.csv:2");
    }

    @Test
    void saysWhenAChangeWasUndoneAndWhenSomethingWasRemoved() {
        List<Finding> findings = audit(List.of(CHANGE)).outcome().findings();

        assertThat(finding(findings, "config-drift/FW-PR2/open-port/added/tcp-3389").explanation()).contains(
                "It first appears in the snapshot of 2026-04-18 (the one before, 2026-04-11, does not have it) and is gone on 2026-05-30.");
        Finding service = finding(findings, "config-drift/FW-PR2/service/removed/SentinelAgent");
        assertThat(service.title()).isEqualTo("FW-PR2: service removed 2026-04-18 under change CHG0031: SentinelAgent");
        assertThat(service.explanation()).startsWith("The baseline of FW-PR2 taken 2026-01-15 has service 'SentinelAgent'. It is gone from "
                + "the snapshot of 2026-04-18 (the one before, 2026-04-11, still has it) and is still gone on 2026-04-18.");
    }

    @Test
    void reportsAChangeNoChangeRecordCoversAsAGap() {
        Finding admin = finding(audit(List.of(CHANGE)).outcome().findings(), "config-drift/FW-PR2/local-admin-account/added/temp-vendor");

        assertThat(admin.title()).isEqualTo("FW-PR2: local admin account added 2026-05-30 without a change record: temp-vendor");
        assertThat(admin.explanation()).isEqualTo("The baseline of FW-PR2 taken 2026-01-15 does not have local admin account 'temp-vendor'. "
                + "It first appears in the snapshot of 2026-05-30 (the one before, 2026-04-18, does not have it) and is still there on 2026-05-30. "
                + "No change record names FW-PR2 between 2026-04-18 and 2026-05-30.");
        assertThat(admin.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void countsChangesAndThoseUncovered() {
        DriftRule.Result covered = audit(List.of(CHANGE));
        DriftRule.Result bare = audit(List.of());

        assertThat(ids(covered.outcome().findings())).containsExactly("config-drift/FW-PR2/firewall-rule/added/allow-tcp-any-10.20.0.15-3389",
                "config-drift/FW-PR2/open-port/added/tcp-3389", "config-drift/FW-PR2/service/removed/SentinelAgent",
                "config-drift/FW-PR2/local-admin-account/added/temp-vendor");
        assertThat(List.of(covered.devicesCompared(), covered.changes(), covered.uncovered())).containsExactly(1L, 4L, 1L);
        assertThat(bare.uncovered()).isEqualTo(4);
        assertThat(bare.outcome().findings()).extracting(Finding::severity)
                .containsExactly(Severity.HIGH, Severity.HIGH, Severity.HIGH, Severity.HIGH);
    }
}
