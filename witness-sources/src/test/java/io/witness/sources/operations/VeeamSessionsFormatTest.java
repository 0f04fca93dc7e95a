package io.witness.sources.operations;

import static io.witness.sources.operations.Operational.evidence;
import static io.witness.sources.operations.Operational.parse;
import static io.witness.sources.operations.Operational.problems;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.coverage.backup.BackupResult;
import io.witness.core.coverage.backup.BackupRun;
import io.witness.sources.format.ParsedFile;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Veeam's job session report, per processed object, as backup runs. */
class VeeamSessionsFormatTest {

    private static final VeeamSessionsFormat FORMAT = new VeeamSessionsFormat();
    private static final String FILE = """
            "Job Name","Job Type","Session Id","Name","Status","Start Time","End Time","Size","Read","Transferred","Duration","Details"
            "SAP-PRD daily","Backup","8f0c2d7e-1a2b-4c3d-9e8f-001122334455","sap-db01","Success","5/12/2026 10:00:04 PM","5/12/2026 11:41:37 PM","1.2 TB","212.4 GB","61.8 GB","1:41:33",""
            "SAP-PRD daily","Backup","8f0c2d7e-1a2b-4c3d-9e8f-001122334455","sap-app01","Warning","5/12/2026 10:00:04 PM","5/12/2026 10:31:12 PM","180 GB","12.1 GB","3.9 GB","0:31:08","Changed block tracking is disabled"
            "SAP-PRD log","SQL Log Backup","1c2d3e4f-0000-4000-8000-aabbccddeeff","sap-db01","Failed","2026-05-13 00:15:00","2026-05-13 00:15:41","","","","0:00:41","Unable to truncate transaction logs"
            "WMS copy","Backup Copy","","wms-db01","Pending","2026-05-13 02:00:00","","","","","",""
            """;

    @Test
    void readsEachProcessedObjectAsARunOfItsJob() {
        ParsedFile parsed = parse(FORMAT, "veeam.csv", FILE, "Europe/Amsterdam");
        List<BackupRun> runs = evidence(FORMAT, parsed, "veeam.csv").backupRuns();

        assertThat(runs).extracting(BackupRun::system).containsExactly("sap-db01", "sap-app01", "sap-db01", "wms-db01");
        assertThat(runs).extracting(BackupRun::result).containsExactly(BackupResult.SUCCESS, BackupResult.WARNING, BackupResult.FAILED,
                BackupResult.UNKNOWN);
        assertThat(runs).extracting(r -> r.datasets().get(0)).containsExactly("image", "image", "sql-log", "offsite-copy");
        // PowerShell's en-US time, in Amsterdam summer time (UTC+2).
        assertThat(runs.get(0).startedAt()).isEqualTo(Instant.parse("2026-05-12T20:00:04Z"));
        assertThat(runs.get(2).message()).isEqualTo("Unable to truncate transaction logs");
        assertThat(parsed.observations().get(0).sourceId()).isEqualTo("8f0c2d7e-1a2b-4c3d-9e8f-001122334455/sap-db01");
        assertThat(parsed.observations().get(3).sourceId()).isEqualTo("WMS copy/wms-db01/2026-05-13T00:00:00Z");
    }

    @Test
    void namesTheStatusesItKnows() {
        ParsedFile parsed = parse(FORMAT, "veeam.csv", """
                Job Name,Name,Status,Start Time
                SAP-PRD daily,sap-db01,Stopped,2026-05-12T22:00:00+02:00
                """, null);

        assertThat(problems(parsed)).containsExactly(
                "veeam.csv:2:24: Status: expected one of Success, Warning, Failed, Pending, InProgress, None; found 'Stopped'");
    }

    @Test
    void tellsWhatAJobTypeCaptures() {
        assertThat(List.of("Backup", "Agent Backup", "SQL Log Backup", "Oracle Log Backup", "Backup Copy", "File Backup", "Replica", "Tape"))
                .extracting(VeeamSessionsFormat::dataset)
                .containsExactly("image", "image", "sql-log", "oracle-log", "offsite-copy", "files", "replica", "tape");
    }
}
