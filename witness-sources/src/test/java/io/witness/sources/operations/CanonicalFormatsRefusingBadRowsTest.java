package io.witness.sources.operations;

import static io.witness.sources.operations.Operational.parse;
import static io.witness.sources.operations.Operational.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The restore-test, patch and baseline-check formats refuse a bad file with every problem at its line and
 * column (the other formats' bad rows are asserted beside their reading).
 */
class CanonicalFormatsRefusingBadRowsTest {

    @Test // #8
    void restoreTestsNameEachBadCell() {
        assertThat(problems(parse(new RestoreTestsFormat(), "restores.csv", """
                system,tested_at,result,datasets,restore_point,duration_minutes
                SQL01,2026-01-12 10:00,succeeded,sql-full,2026-01-11 22:00,ninety
                ,2026-13-01T10:00:00Z,failed,,,
                """, "America/New_York"))).containsExactly(
                "restores.csv:2:24: result: expected one of success, partial, failed; found 'succeeded'",
                "restores.csv:2:60: duration_minutes: expected a whole number; found 'ninety'",
                "restores.csv:3:1: system: expected a value, found nothing",
                "restores.csv:3:2: tested_at: expected a date and time such as 2026-05-12T22:00:00-04:00, or 2026-05-12 22:00 in the "
                        + "--zone; found '2026-13-01T10:00:00Z'");
    }

    @Test // #8
    void patchesNameEachBadCell() {
        assertThat(problems(parse(new PatchesFormat(), "patches.csv", """
                report_date,device,patch_id,severity,released,status,installed
                2026-06-01,WS-02,KB1,urgent,2026-04-09,missing,
                06/01/2026,WS-03,,critical,,pending,
                """, null))).containsExactly(
                "patches.csv:2:22: severity: expected one of critical, high, medium, low; found 'urgent'",
                "patches.csv:3:1: report_date: expected a date YYYY-MM-DD; found '06/01/2026'",
                "patches.csv:3:18: patch_id: expected a value, found nothing",
                "patches.csv:3:29: status: expected one of installed, missing, failed, exception; found 'pending'");
    }

    @Test // #8
    void baselineChecksNameEachBadCellAndAMissingColumn() {
        assertThat(problems(parse(new BaselineChecksFormat(), "baseline.csv", """
                control,scope,checked_on,result
                MFA-ADMIN,,2026-04-22,passed
                ,WS-01,last week,fail
                """, null))).containsExactly(
                "baseline.csv:2:23: result: expected one of pass, fail, not_applicable; found 'passed'",
                "baseline.csv:3:1: control: expected a value, found nothing",
                "baseline.csv:3:8: checked_on: expected a date YYYY-MM-DD; found 'last week'");
        assertThat(problems(parse(new BaselineChecksFormat(), "baseline.csv", "control,scope,result\nMFA,,pass\n", null)))
                .containsExactly("baseline.csv:1: expected a column named 'checked_on'; the header has: control, scope, result");
    }
}
