package io.witness.sources.operations;

import static io.witness.sources.operations.Operational.evidence;
import static io.witness.sources.operations.Operational.parse;
import static io.witness.sources.operations.Operational.problems;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.coverage.backup.BackupResult;
import io.witness.core.coverage.backup.BackupRun;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.ParsedFile;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Backup runs: times in the file's zone (DST gaps and overlaps by the one rule), ids, results, data sets. */
class BackupJobsFormatTest {

    private static final BackupJobsFormat FORMAT = new BackupJobsFormat();
    private static final String FILE = """
            system,job,run_id,started_at,ended_at,result,datasets,size_gb,message
            SQL01,DENTRIX-SQL,,2026-05-12 22:00,2026-05-12 22:41,success,image;sql-full,412.5,
            SQL01,DENTRIX-SQL-LOG,R-1001,2026-03-08 02:30,,failed,sql-log,,VSS writer 'SqlServerWriter' failed
            FS01,FILES,,2026-11-01 01:30:00,2026-11-01T01:45:00-05:00,warning,files,,1 file skipped (in use)
            m365,M365,,2026-05-12T23:00:00Z,,success,mailboxes,,
            """;

    @Test
    void readsLocalTimesInTheZoneAShowingTwiceAsTheFirstAndASkippedOneMovedForward() {
        ParsedFile parsed = parse(FORMAT, "backups.csv", FILE, "America/New_York");

        assertThat(parsed.problems()).isEmpty();
        List<BackupRun> runs = evidence(FORMAT, parsed, "backups.csv").backupRuns();
        assertThat(runs).extracting(BackupRun::startedAt).containsExactly(Instant.parse("2026-05-13T02:00:00Z"),
                // 02:30 on 2026-03-08 was skipped in New York: read as 03:30 EDT.
                Instant.parse("2026-03-08T07:30:00Z"),
                // 01:30 on 2026-11-01 was shown twice: its first showing, EDT.
                Instant.parse("2026-11-01T05:30:00Z"), Instant.parse("2026-05-12T23:00:00Z"));
        assertThat(runs.get(2).endedAt()).contains(Instant.parse("2026-11-01T06:45:00Z"));
    }

    @Test
    void givesEachRunAnIdAndClaimsItsEnd() {
        List<ObservationDraft> drafts = parse(FORMAT, "backups.csv", FILE, "America/New_York").observations();

        assertThat(drafts).extracting(ObservationDraft::sourceId).containsExactly("SQL01/DENTRIX-SQL/2026-05-13T02:00:00Z", "R-1001",
                "FS01/FILES/2026-11-01T05:30:00Z", "m365/M365/2026-05-12T23:00:00Z");
        assertThat(drafts.get(0).claimedAt()).contains(Instant.parse("2026-05-13T02:41:00Z"));
        assertThat(drafts.get(1).claimedAt()).contains(Instant.parse("2026-03-08T07:30:00Z"));
        assertThat(drafts.get(0).kind()).isEqualTo("backup-run");
    }

    @Test
    void readsResultsAndDataSets() {
        List<BackupRun> runs = evidence(FORMAT, parse(FORMAT, "backups.csv", FILE, "America/New_York"), "backups.csv").backupRuns();

        assertThat(runs).extracting(BackupRun::result).containsExactly(BackupResult.SUCCESS, BackupResult.FAILED, BackupResult.WARNING,
                BackupResult.SUCCESS);
        assertThat(runs.get(0).datasets()).containsExactly("image", "sql-full");
        assertThat(runs.get(1).message()).isEqualTo("VSS writer 'SqlServerWriter' failed");
    }

    @Test
    void saysOnceThatTimesWithoutAnOffsetNeedTheZoneNamingTheFile() {
        ParsedFile parsed = parse(FORMAT, "backups.csv", FILE, null);

        assertThat(problems(parsed)).containsExactly("backups.csv:2:20: started_at: backups.csv writes times without an offset "
                + "('2026-05-12 22:00'); give the zone they are in with --zone");
        assertThat(parsed.observations()).hasSize(1);
    }

    @Test
    void refusesARunThatEndsBeforeItStartsAndAnUnknownResult() {
        ParsedFile parsed = parse(FORMAT, "backups.csv", """
                system,started_at,ended_at,result
                SQL01,2026-05-12T22:00:00Z,2026-05-12T21:00:00Z,ok
                """, null);

        assertThat(problems(parsed)).containsExactly(
                "backups.csv:2:28: ended_at: expected a time not before started_at 2026-05-12T22:00:00Z; found 2026-05-12T21:00:00Z",
                "backups.csv:2:49: result: expected one of success, warning, failed, unknown; found 'ok'");
    }
}
