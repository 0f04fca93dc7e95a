package io.witness.core.coverage.patch;

import static io.witness.core.coverage.CoverageFixtures.context;
import static io.witness.core.coverage.CoverageFixtures.finding;
import static io.witness.core.coverage.CoverageFixtures.ids;
import static io.witness.core.coverage.CoverageFixtures.system;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.contract.PatchSeverity;
import io.witness.core.coverage.CoverageFixtures;
import io.witness.core.coverage.asset.Criticality;
import io.witness.core.coverage.audit.ObligationCheck;
import io.witness.core.finding.EvidenceRef;
import io.witness.core.finding.Finding;
import io.witness.core.finding.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Patch lag on each device's latest report before 2026-06-02. WS-02 misses two critical patches (53 and
 * 18 days after release), LT-01 one with no release date first seen a month before and an exception kept
 * since February, WS-03 has everything, WS-04 misses a critical patch from January.
 */
class PatchLagRuleTest {

    private static final Contract CONTRACT = CoverageFixtures.withObligations("""
            - { id: patch-critical, kind: patching, section: "7.3", severity: critical, within_days: 14, evidence: patch_report }
            - { id: patch-laptops, kind: patching, section: "8", severity: high, within_days: 30, systems: [laptops], evidence: patch_report }
            """);
    private static final LocalDate AT = LocalDate.parse("2026-06-02");

    private static PatchRecord patch(String report, String device, String id, PatchSeverity severity, String released, PatchStatus status) {
        return new PatchRecord(LocalDate.parse(report), device, "Windows 11 23H2", id, "", severity,
                Optional.ofNullable(released).map(LocalDate::parse), status, Optional.empty(), Optional.empty(),
                EvidenceRef.file("patches.csv:" + report + "/" + device + "/" + id));
    }

    private static final List<PatchRecord> REPORTS = List.of(
            new PatchRecord(LocalDate.parse("2026-06-01"), "WS-02", "Windows 11 23H2", "KB5036893", "2026-04 Cumulative Update",
                    PatchSeverity.CRITICAL, Optional.of(LocalDate.parse("2026-04-09")), PatchStatus.MISSING, Optional.empty(), Optional.empty(),
                    EvidenceRef.file("patches.csv:2")),
            patch("2026-06-01", "WS-02", "KB5037771", PatchSeverity.CRITICAL, "2026-05-14", PatchStatus.FAILED),
            patch("2026-06-01", "WS-02", "KB5035853", PatchSeverity.CRITICAL, "2026-03-12", PatchStatus.INSTALLED),
            patch("2026-02-01", "LT-01", "KB-E", PatchSeverity.CRITICAL, "2026-01-13", PatchStatus.EXCEPTION),
            patch("2026-05-01", "LT-01", "KB-X", PatchSeverity.CRITICAL, null, PatchStatus.MISSING),
            patch("2026-05-01", "LT-01", "KB-E", PatchSeverity.CRITICAL, "2026-01-13", PatchStatus.EXCEPTION),
            patch("2026-06-01", "LT-01", "KB-X", PatchSeverity.CRITICAL, null, PatchStatus.MISSING),
            patch("2026-06-01", "LT-01", "KB-H", PatchSeverity.HIGH, "2026-05-10", PatchStatus.MISSING),
            new PatchRecord(LocalDate.parse("2026-06-01"), "LT-01", "Windows 11 23H2", "KB-E", "Legacy imaging driver fix", PatchSeverity.CRITICAL,
                    Optional.of(LocalDate.parse("2026-01-13")), PatchStatus.EXCEPTION, Optional.empty(), Optional.empty(), EvidenceRef.file("patches.csv:9")),
            patch("2026-06-01", "WS-03", "KB5037771", PatchSeverity.CRITICAL, "2026-05-14", PatchStatus.INSTALLED),
            patch("2026-06-02", "WS-03", "KB5039999", PatchSeverity.CRITICAL, "2026-05-01", PatchStatus.MISSING),
            patch("2026-06-01", "WS-04", "KB5034441", PatchSeverity.CRITICAL, "2026-01-20", PatchStatus.MISSING));

    private static PatchLagRule.Result audit(List<PatchRecord> records) {
        return PatchLagRule.audit(context(CONTRACT, AT, List.of(system("LT-01", Criticality.MEDIUM, "laptops"))), records);
    }

    @Test
    void anObligationWithNoPatchReportAtAllIsNotShownKeptAndSaysSo() {
        PatchLagRule.Result result = audit(List.of());

        Finding none = finding(result.outcome().findings(), "patch-report-missing/patch-critical");
        assertThat(none.title()).isEqualTo("No patch report: critical patches within 14 days (section 7.3) cannot be shown kept");
        assertThat(none.explanation()).isEqualTo("The evidence holds no patch report of any device, yet section 7.3 requires critical"
                + " patches within 14 days: nothing shows that a single device was patched. Ask the provider for its RMM's patch report.");
        assertThat(none.severity()).isEqualTo(Severity.HIGH);
        assertThat(ids(result.outcome().findings())).containsExactly("patch-report-missing/patch-critical",
                "patch-report-missing/patch-laptops");
        assertThat(result.outcome().checks()).extracting(ObligationCheck::met).containsExactly(false, false);
    }

    @Test
    void reportsThatBeginAfterTheAuditedPeriodLeaveNothingToJudge() {
        PatchLagRule.Result result = audit(List.of(patch("2026-07-01", "WS-02", "KB1", PatchSeverity.CRITICAL, "2026-06-10",
                PatchStatus.MISSING)));

        assertThat(result.outcome().findings()).isEmpty();
        assertThat(result.outcome().checks()).extracting(ObligationCheck::expected).containsExactly(0L, 0L);
    }

    @Test
    void namesTheOldestMissingPatchOfTheObligationsSeverityAndItsAgeAtTheReport() {
        Finding lag = finding(audit(REPORTS).outcome().findings(), "patch-lag/patch-critical/WS-02");

        assertThat(lag.title()).isEqualTo("WS-02: critical patch KB5036893 missing 53 days after release (section 7.3 allows 14)");
        assertThat(lag.explanation()).isEqualTo("The patch report of 2026-06-01 shows WS-02 missing 2 critical patches, 2 of them for more "
                + "than 14 days. The oldest, KB5036893 (2026-04 Cumulative Update, Windows 11 23H2), was released 2026-04-09, 53 days before "
                + "that report; section 7.3 requires critical patches within 14 days.");
        assertThat(lag.severity()).isEqualTo(Severity.HIGH);
        assertThat(lag.evidence()).extracting(EvidenceRef::id).containsExactly("patches.csv:2", "patches.csv:2026-06-01/WS-02/KB5037771");
        assertThat(lag.at()).isEqualTo(CoverageFixtures.ny("2026-06-01T00:00"));
    }

    @Test
    void countsFromTheFirstReportThatShowedAPatchWithoutAReleaseDate() {
        Finding lag = finding(audit(REPORTS).outcome().findings(), "patch-lag/patch-critical/LT-01");

        assertThat(lag.title()).isEqualTo("LT-01: critical patch KB-X missing 31 days after it was first reported (section 7.3 allows 14)");
        assertThat(lag.explanation()).isEqualTo("The patch report of 2026-06-01 shows LT-01 missing 1 critical patch, 1 of them for more than "
                + "14 days. The oldest, KB-X (Windows 11 23H2), has no release date in the report; it was first reported not installed on "
                + "2026-05-01, 31 days before that report; section 7.3 requires critical patches within 14 days.");
    }

    @Test
    void reportsAnExceptionKeptLongerThanTheSettingAllows() {
        Finding stale = finding(audit(REPORTS).outcome().findings(), "patch-exception-stale/LT-01/KB-E");

        assertThat(stale.title()).isEqualTo("LT-01: critical patch KB-E has been a known exception for 120 days");
        assertThat(stale.explanation()).isEqualTo("The patch report of 2026-06-01 still lists KB-E (Legacy imaging driver fix, Windows 11 23H2) "
                + "on LT-01 as an exception, as it has been since 2026-02-01: 120 days, more than the 90 days an exception may stay before it is "
                + "reviewed.");
        assertThat(stale.severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void takesTheExceptionDateTheReportGives() {
        PatchRecord recent = new PatchRecord(LocalDate.parse("2026-06-01"), "LT-01", "", "KB-E", "", PatchSeverity.CRITICAL, Optional.empty(),
                PatchStatus.EXCEPTION, Optional.empty(), Optional.of(LocalDate.parse("2026-05-01")), EvidenceRef.file("patches.csv:1"));

        assertThat(ids(audit(List.of(recent)).outcome().findings())).isEmpty();
    }

    @Test
    void leavesOutReportsOnOrAfterTheAuditDateAndPatchesWithinTheirWindow() {
        assertThat(ids(audit(REPORTS).outcome().findings())).containsExactly("patch-lag/patch-critical/LT-01", "patch-exception-stale/LT-01/KB-E",
                "patch-lag/patch-critical/WS-02", "patch-lag/patch-critical/WS-04");
    }

    @Test
    void countsDevicesByTheAgeOfTheirOldestMissingCriticalPatch() {
        // LT-01 31 days (KB-X; the exception does not count), WS-02 53, WS-03 none, WS-04 132.
        assertThat(audit(REPORTS).buckets()).isEqualTo(new PatchAgeBuckets(4, 1, 0, 2, 0, 0, 1));
    }

    @Test
    void countsDevicesWithinTheWindowPerObligationOnlyAmongTheSystemsItNames() {
        assertThat(audit(REPORTS).outcome().checks()).extracting(ObligationCheck::detail).containsExactly(
                "1 of 4 devices had no critical patch missing beyond 14 days on their latest report",
                "1 of 1 devices had no high patch missing beyond 30 days on their latest report");
    }
}
