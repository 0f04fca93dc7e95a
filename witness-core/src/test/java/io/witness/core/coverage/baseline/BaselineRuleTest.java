package io.witness.core.coverage.baseline;

import static io.witness.core.coverage.CoverageFixtures.context;
import static io.witness.core.coverage.CoverageFixtures.finding;
import static io.witness.core.coverage.CoverageFixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.coverage.CoverageFixtures;
import io.witness.core.coverage.audit.ObligationCheck;
import io.witness.core.finding.EvidenceRef;
import io.witness.core.finding.Finding;
import io.witness.core.finding.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Controls failing on their latest check, and controls not reviewed each quarter. */
class BaselineRuleTest {

    private static final Contract CONTRACT = CoverageFixtures.withObligations("""
            - { id: security-baseline, kind: security_baseline_review, section: "8.2", cadence: quarterly, baseline: CIS Controls v8 IG1, evidence: security_baseline_check }
            """);
    private static final LocalDate AT = LocalDate.parse("2026-06-02");

    private static BaselineCheck check(String control, String name, String scope, String on, BaselineResult result, String detail) {
        return new BaselineCheck(control, name, scope, LocalDate.parse(on), result, detail, EvidenceRef.file("baseline.csv:" + control + "@" + on));
    }

    private static final List<BaselineCheck> CHECKS = List.of(
            check("MFA-ADMIN", "MFA on admin accounts", "", "2026-01-20", BaselineResult.PASS, ""),
            check("MFA-ADMIN", "MFA on admin accounts", "", "2026-04-02", BaselineResult.FAIL, "1 of 9 admin accounts without MFA"),
            check("MFA-ADMIN", "MFA on admin accounts", "", "2026-05-28", BaselineResult.FAIL, "2 of 9 admin accounts without MFA"),
            check("BREAK-GLASS", "Break-glass accounts listed", "", "2026-01-20", BaselineResult.PASS, ""),
            check("EDR", "EDR present", "WS-FD-02", "2026-05-28", BaselineResult.FAIL, "SentinelOne agent not reporting since 2026-05-19"),
            check("DISK-ENC", "Disk encryption", "", "2026-05-28", BaselineResult.NOT_APPLICABLE, ""),
            check("PHISH", "Phishing training held", "", "2026-04-02", BaselineResult.PASS, ""),
            check("PHISH", "Phishing training held", "", "2026-06-02", BaselineResult.FAIL, "dated on the audit date: not yet counted"));

    private static BaselineRule.Result audit(List<BaselineCheck> checks) {
        return BaselineRule.audit(context(CONTRACT, AT, List.of()), checks);
    }

    @Test
    void reportsAFailingControlWithTheDateItStartedFailing() {
        Finding mfa = finding(audit(CHECKS).outcome().findings(), "baseline-control-failing/MFA-ADMIN");

        assertThat(mfa.title()).isEqualTo("MFA-ADMIN 'MFA on admin accounts': failing since 2026-04-02 (last checked 2026-05-28)");
        assertThat(mfa.explanation()).isEqualTo("The security baseline check of 2026-05-28 found control MFA-ADMIN 'MFA on admin accounts' "
                + "failing: 2 of 9 admin accounts without MFA. It has failed every check since 2026-04-02 (2 checks). Section 8.2 requires a "
                + "review against CIS Controls v8 IG1 every quarter.");
        assertThat(mfa.severity()).isEqualTo(Severity.HIGH);
        assertThat(mfa.evidence()).extracting(EvidenceRef::id).containsExactly("baseline.csv:MFA-ADMIN@2026-04-02", "baseline.csv:MFA-ADMIN@2026-05-28");
    }

    @Test
    void namesTheScopeOfAControlCheckedOnOneDevice() {
        Finding edr = finding(audit(CHECKS).outcome().findings(), "baseline-control-failing/EDR/WS-FD-02");

        assertThat(edr.explanation()).isEqualTo("The security baseline check of 2026-05-28 found control EDR 'EDR present' on WS-FD-02 failing: "
                + "SentinelOne agent not reporting since 2026-05-19. It is the first failed check. Section 8.2 requires a review against CIS "
                + "Controls v8 IG1 every quarter.");
    }

    @Test
    void reportsAControlNotReviewedWithinACadenceOfItsLastCheck() {
        Finding overdue = finding(audit(CHECKS).outcome().findings(), "baseline-review-overdue/security-baseline/BREAK-GLASS");

        assertThat(overdue.title()).isEqualTo("BREAK-GLASS 'Break-glass accounts listed': not reviewed since 2026-01-20 (section 8.2, every quarter)");
        assertThat(overdue.explanation()).isEqualTo("Control BREAK-GLASS 'Break-glass accounts listed' was last checked on 2026-01-20; section 8.2 "
                + "requires a review against CIS Controls v8 IG1 every quarter, so the next was due by 2026-04-20, 43 days before 2026-06-02.");
        assertThat(ids(audit(CHECKS).outcome().findings())).containsExactly("baseline-control-failing/EDR/WS-FD-02",
                "baseline-control-failing/MFA-ADMIN", "baseline-review-overdue/security-baseline/BREAK-GLASS");
    }

    @Test
    void scoresPassingControlsAmongThoseJudgedOnTheirLatestCheck() {
        BaselineRule.Result result = audit(CHECKS);

        assertThat(List.of(result.passed(), result.failed(), result.notApplicable())).containsExactly(2L, 2L, 1L);
        assertThat(result.outcome().checks()).extracting(ObligationCheck::detail).containsExactly("4 of 5 controls reviewed within a quarter");
    }

    @Test
    void reportsAMissingReviewOnceTheFirstIsDue() {
        BaselineRule.Result none = audit(List.of());

        Finding missing = finding(none.outcome().findings(), "baseline-review-missing/security-baseline");
        assertThat(missing.title()).isEqualTo("No security baseline review recorded (section 8.2, every quarter)");
        assertThat(missing.explanation()).isEqualTo("The evidence holds no security baseline check before 2026-06-02; section 8.2 requires a "
                + "review against CIS Controls v8 IG1 every quarter, the first due by 2026-04-01.");
        assertThat(none.outcome().checks().get(0).met()).isFalse();
        assertThat(BaselineRule.audit(context(CONTRACT, LocalDate.parse("2026-03-31"), List.of()), List.of()).outcome().findings()).isEmpty();
    }
}
