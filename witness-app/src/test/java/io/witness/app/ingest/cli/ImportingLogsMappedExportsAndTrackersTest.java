package io.witness.app.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.app.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./witness import --source xes | csv | tracker}, run as the launcher would, into one data folder (#6). */
class ImportingLogsMappedExportsAndTrackersTest {

    @TempDir
    static Path dir;
    private static String data;

    @BeforeAll
    static void folder() {
        data = dir.resolve("data").toString();
    }

    @Test
    void importsAnXesLogAndARerunAddsNothing() throws Exception {
        Path log = dir.resolve("incidents.xes");
        Files.writeString(log, """
                <?xml version="1.0" encoding="UTF-8" ?>
                <log xes.version="1.0" xmlns="http://www.xes-standard.org/">
                  <trace>
                    <string key="concept:name" value="1-100"/>
                    <event><string key="concept:name" value="Queued"/><string key="lifecycle:transition" value="Awaiting Assignment"/>
                      <string key="org:group" value="G97"/><date key="time:timestamp" value="2012-03-23T09:00:00+01:00"/></event>
                    <event><string key="concept:name" value="Completed"/><string key="lifecycle:transition" value="Resolved"/>
                      <string key="org:group" value="G97"/><date key="time:timestamp" value="2012-03-23T10:00:00+01:00"/></event>
                  </trace>
                </log>
                """);

        CliRun first = CliRun.of("import", "--data", data, "--tenant", "volvo", "--side", "provider", "--source", "xes", log.toString());
        CliRun again = CliRun.of("import", "--data", data, "--tenant", "volvo", "--side", "provider", "--source", "xes", log.toString());

        assertThat(first.err()).isEmpty();
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).startsWith("imported 1 file as provider evidence of tenant volvo from xes/")
                .contains("  rows read           2\n  observations added  2\n", "  cases               1\n  events              3\n",
                        "status 'Queued/Awaiting Assignment': 1", "status 'Completed/Resolved': 1");
        assertThat(again.out()).contains("  observations added  0\n  already present     2\n");
    }

    @Test
    void importsAnExportThroughItsMappingFile() throws Exception {
        Path export = dir.resolve("export.csv");
        Files.writeString(export, "Ref;Logged;State\r\nR-1;02.03.2026 09:00;New\r\nR-1;02.03.2026 10:30;Resolved\r\n");
        Path mapping = dir.resolve("export.yaml");
        Files.writeString(mapping, """
                rows: snapshots
                separator: ";"
                time: { pattern: dd.MM.yyyy HH:mm, zone: Europe/Paris }
                columns: { case: Ref, time: Logged, status: State }
                """);

        CliRun run = CliRun.of("import", "--data", data, "--tenant", "acme", "--side", "client", "--source", "csv",
                "--mapping", mapping.toString(), export.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("  rows read           2\n  observations added  2\n", "  cases               1\n  events              3\n",
                "  unmapped values     none\n");
    }

    @Test
    void refusesAnExportWhoseMappingNamesAColumnItLacks() throws Exception {
        Path export = dir.resolve("other.csv");
        Files.writeString(export, "Ref,Logged\nR-1,2026-03-02T09:00:00Z\n");
        Path mapping = dir.resolve("other.yaml");
        Files.writeString(mapping, "rows: snapshots\ncolumns: { case: Number, time: Logged }\n");

        CliRun run = CliRun.of("import", "--data", data, "--tenant", "acme-refused", "--side", "client", "--source", "csv",
                "--mapping", mapping.toString(), export.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("other.yaml:2:18: /columns/case: expected a column 'Number' in the header of " + export
                + ", found none; it has: Ref, Logged");
    }

    @Test
    void importsTheClientsTrackerInItsZone() throws Exception {
        Path tracker = dir.resolve("tracker.csv");
        Files.writeString(tracker, "Issue,Date,Reported at,Response,Resolved,Met/Missed\n"
                + "Email down,13/03/2026,09:15,09:40,13/03/2026 12:05,Met\n");

        CliRun noZone = CliRun.of("import", "--data", data, "--tenant", "harbor", "--side", "client", "--source", "tracker", tracker.toString());
        CliRun run = CliRun.of("import", "--data", data, "--tenant", "harbor", "--side", "client", "--source", "tracker",
                "--zone", "America/New_York", tracker.toString());

        assertThat(noZone.exitCode()).isEqualTo(2);
        assertThat(noZone.err()).contains("expected --zone for the tracker's times");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("  rows read           1\n  observations added  1\n", "  cases               1\n  events              5\n");
    }
}
