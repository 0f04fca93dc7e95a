package io.witness.sources.operations;

import static io.witness.sources.operations.Operational.evidence;
import static io.witness.sources.operations.Operational.parse;
import static io.witness.sources.operations.Operational.problems;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.PatchSeverity;
import io.witness.core.coverage.patch.PatchRecord;
import io.witness.core.coverage.patch.PatchStatus;
import io.witness.sources.format.ParsedFile;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NinjaOne's OS patch report as patch status: its severities and statuses, its UTC times. */
class NinjaOnePatchesFormatTest {

    private static final NinjaOnePatchesFormat FORMAT = new NinjaOnePatchesFormat();
    private static final String FILE = """
            Organization,systemName,deviceId,id,name,severity,status,type,installedAt,timestamp,kbNumber
            Acme Dental,WS-PR3-07,1187,77a1,2026-04 Cumulative Update for Windows 11 Version 23H2 (KB5036893),CRITICAL,APPROVED,SECURITY_UPDATES,,2026-06-01 03:00:00,KB5036893
            Acme Dental,WS-PR3-07,1187,77a2,Servicing Stack Update,IMPORTANT,FAILED,CRITICAL_UPDATES,2026-05-20 02:10:00,2026-06-01 03:00:00,KB5037002
            Acme Dental,WS-FD-02,1203,6c10,Imaging bridge compatibility fix,CRITICAL,REJECTED,SECURITY_UPDATES,,1780282800,KB5034441
            Acme Dental,WS-FD-02,1203,6c11,2026-03 Cumulative Update,CRITICAL,INSTALLED,SECURITY_UPDATES,2026-03-19 01:02:03,2026-06-01 03:00:00,KB5035853
            """;

    @Test
    void mapsNinjaOnesSeveritiesAndStatuses() {
        List<PatchRecord> records = evidence(FORMAT, parse(FORMAT, "ninja.csv", FILE, "America/New_York"), "ninja.csv").patches();

        assertThat(records).extracting(PatchRecord::patchId).containsExactly("KB5036893", "KB5037002", "KB5034441", "KB5035853");
        assertThat(records).extracting(PatchRecord::severity).containsExactly(PatchSeverity.CRITICAL, PatchSeverity.HIGH, PatchSeverity.CRITICAL,
                PatchSeverity.CRITICAL);
        assertThat(records).extracting(PatchRecord::status).containsExactly(PatchStatus.MISSING, PatchStatus.FAILED, PatchStatus.EXCEPTION,
                PatchStatus.INSTALLED);
        assertThat(records.get(3).installed()).contains(LocalDate.parse("2026-03-19"));
        assertThat(records.get(1).installed()).isEmpty();
        assertThat(records).allMatch(r -> r.released().isEmpty());
    }

    @Test
    void takesTheCollectionTimeInUtcAsTheReportsDateWhateverTheImportsZone() {
        List<PatchRecord> records = evidence(FORMAT, parse(FORMAT, "ninja.csv", FILE, "Pacific/Kiritimati"), "ninja.csv").patches();

        // 2026-06-01 03:00 UTC, and epoch 1780282800 (2026-06-01T03:00:00Z).
        assertThat(records).extracting(PatchRecord::reportDate).containsOnly(LocalDate.parse("2026-06-01"));
        assertThat(records.get(0).device()).isEqualTo("WS-PR3-07");
    }

    @Test
    void namesTheValuesItKnows() {
        ParsedFile parsed = parse(FORMAT, "ninja.csv", """
                systemName,name,severity,status,timestamp
                WS-1,Update,URGENT,DEFERRED,2026-06-01 03:00:00
                """, null);

        assertThat(problems(parsed)).containsExactly(
                "ninja.csv:2:13: severity: expected one of CRITICAL, IMPORTANT, MODERATE, OPTIONAL; found 'URGENT'",
                "ninja.csv:2:20: status: expected one of INSTALLED, MANUAL, APPROVED, FAILED, REJECTED; found 'DEFERRED'");
    }
}
