package io.witness.app.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.app.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./witness import --source connectwise} on a provider's board exports taken a day apart: the later
 * export adds only the ticket that moved, and an export that changes what an earlier one said of the
 * same version is reported as history rewritten (#6).
 */
class PsaImportCommandTest {

    @TempDir
    static Path dir;
    private static String data;
    private static Path contract;

    @BeforeAll
    static void files() throws Exception {
        data = dir.resolve("data").toString();
        contract = dir.resolve("contract.yaml");
        Files.writeString(contract, """
                calendars:
                  always: { always: true }
                status_classes:
                  provider: { "New": new, "In Progress": in_progress, "Closed": closed }
                clocks:
                  resolution:
                    calendar: always
                    targets: { P1: 4h }
                """);
    }

    private static Path export(String name, String... rows) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "Ticket #,Summary Description,Status,Board,Priority,Date Entered,Last Update,SLA Status\r\n"
                + String.join("\r\n", rows) + "\r\n");
        return file;
    }

    private static CliRun importing(Path file, String... zone) {
        String[] head = {"import", "--data", data, "--tenant", "acme-psa", "--side", "provider", "--source", "connectwise",
                "--contract", contract.toString()};
        String[] args = new String[head.length + zone.length + 1];
        System.arraycopy(head, 0, args, 0, head.length);
        System.arraycopy(zone, 0, args, head.length, zone.length);
        args[args.length - 1] = file.toString();
        return CliRun.of(args);
    }

    @Test
    void aLaterExportAddsWhatMovedAndAnEditedOneIsARewrite() throws Exception {
        String closed = "90002,Mailbox full,Closed,Help Desk,Priority 3,3/2/2026 10:00 AM,3/3/2026 4:00 PM,Met";
        Path monday = export("monday.csv", "90001,Phones down,New,Help Desk,Priority 1,3/8/2026 2:30 AM,3/8/2026 9:00 AM,Waiting", closed);
        Path tuesday = export("tuesday.csv", "90001,Phones down,In Progress,Help Desk,Priority 1,3/8/2026 2:30 AM,3/9/2026 10:00 AM,Responded",
                closed);
        Path edited = export("edited.csv", "90001,Phones down,In Progress,Help Desk,Priority 1,3/8/2026 2:30 AM,3/9/2026 10:00 AM,Met");

        CliRun withoutZone = importing(monday);
        CliRun first = importing(monday, "--zone", "America/New_York");
        CliRun again = importing(monday, "--zone", "America/New_York");
        CliRun later = importing(tuesday, "--zone", "America/New_York");
        CliRun rewritten = importing(edited, "--zone", "America/New_York");

        assertThat(withoutZone.exitCode()).isEqualTo(2);
        assertThat(withoutZone.err()).isEqualTo("error: " + monday + ":2:6: Date Entered: expected --zone with the time zone the export"
                + " was written in (such as America/New_York): its times have no offset, found '3/8/2026 2:30 AM'\n"
                + "1 problem; nothing was done.\n");
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).startsWith("""
                imported 1 file as provider evidence of tenant acme-psa from connectwise/provider
                  rows read           2
                  observations added  2
                  already present     0
                  cases               2
                  events              10
                  rewrites found      0
                  unmapped values     none
                """);
        assertThat(again.out()).contains("  observations added  0\n  already present     2\n");
        assertThat(later.out()).contains("  observations added  1\n  already present     1\n  cases               2\n"
                + "  events              12\n  rewrites found      0\n");
        assertThat(rewritten.exitCode()).isZero();
        assertThat(rewritten.out()).contains("  observations added  1\n").contains("  rewrites found      1\n")
                .endsWith("rewrites (both versions are kept):\n"
                        + "  90001: ticket 90001 version 3/9/2026 10:00 AM rewritten: SLA Status: \"Responded\" -> \"Met\"\n");
        assertThat(CliRun.of("verify", "--data", data, "--tenant", "acme-psa").out()).isEqualTo("verified 4 observations, 3 checkpoints\n");
    }
}
