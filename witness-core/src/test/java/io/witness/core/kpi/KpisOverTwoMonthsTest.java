package io.witness.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.Priority;
import io.witness.core.event.Side;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The KPIs of {@link TwoMonthsOfCases}, every figure worked out by hand from the cases' lines. Business
 * hours are 08:00-18:00 on weekdays in New York; P1 counts around the clock. The witnessed timeline starts
 * a clock at either side's first record and stops it at the provider's.
 */
class KpisOverTwoMonthsTest {

    private static final KpiOptions OPTIONS = Scenarios.januaryAndFebruary(TwoMonthsOfCases.NOW);
    private static final KpiTable TABLE = Kpis.compute(Scenarios.profiles(TwoMonthsOfCases.all(), OPTIONS), OPTIONS);

    @Test
    void timeToRespondIsTheWitnessedResponseClocksStoppedInThePeriod() {
        // January: A 30 min (09:00 client -> 09:30 provider), B 2 h 47 min (P1, 14:00 -> 16:47), C 1 h,
        // D 1 h 30 min, F 30 min; E never answered (breached, still open: no time). Sorted 30, 30, 60, 90,
        // 167 min: mean 377 / 5 = 75.4 min, median 60, p90 the 5th of 5 (nearest rank ceil(4.5) = 5).
        assertThat(witness("2026-01", KpiId.MTTR_RESPONSE, "all", "response"))
                .isEqualTo(new KpiValue.Times(5, minutes(75) + 24_000, minutes(60), minutes(167)));
        // February: G 1 h 30 min, H 20 min, I 30 min: mean 140 / 3 = 46 min 40 s, median 30, p90 90.
        assertThat(witness("2026-02", KpiId.MTTR_RESPONSE, "all", "response"))
                .isEqualTo(new KpiValue.Times(3, minutes(46) + 40_000, minutes(30), minutes(90)));
        // P1 alone: B's 2 h 47 min against its 30-minute target.
        assertThat(witness("2026-01", KpiId.MTTR_RESPONSE, "P1", "response"))
                .isEqualTo(new KpiValue.Times(1, minutes(167), minutes(167), minutes(167)));
    }

    @Test
    void timeToResolveCountsBusinessTimeAcrossReopenings() {
        // A 2 h; B 4 h 30 min (P1, around the clock); C 15 h: Wednesday 10:00-18:00 and Thursday 08:00-10:00
        // (10 h), reopened 12:00-15:00 (3 h), reopened Friday 09:00-11:00 (2 h); D 4 h. F was cancelled.
        // Sorted 120, 240, 270, 900 min: mean 1530 / 4 = 382.5 min, median (240 + 270) / 2 = 255, p90 the 4th.
        assertThat(witness("2026-01", KpiId.MTTR_RESOLUTION, "all", "resolution"))
                .isEqualTo(new KpiValue.Times(4, minutes(382) + 30_000, minutes(255), minutes(900)));
        // February: G 3 h, H 1 h (E breached, still open; I still running).
        assertThat(witness("2026-02", KpiId.MTTR_RESOLUTION, "all", "resolution"))
                .isEqualTo(new KpiValue.Times(2, minutes(120), minutes(120), minutes(180)));
    }

    @Test
    void attainmentIsMetOverMetAndBreachedByTheVerdictsPeriod() {
        // Response, January: met A, C, D, F; breached B (stopped) and E (still open: breached on Thursday
        // 29 January 10:00, 4 business hours after Wednesday 16:00).
        assertThat(witness("2026-01", KpiId.SLA_ATTAINMENT, "all", "response")).isEqualTo(new KpiValue.Rate(4, 6));
        // Resolution, January: met A, C, D; breached B; F cancelled (left out).
        assertThat(witness("2026-01", KpiId.SLA_ATTAINMENT, "all", "resolution")).isEqualTo(new KpiValue.Rate(3, 4));
        // Resolution, February: met G and H; E breached on Monday 2 February 10:00 (24 business hours
        // after Wednesday 28 January 16:00: 2 + 10 + 10 + 2); I still running (left out).
        assertThat(witness("2026-02", KpiId.SLA_ATTAINMENT, "all", "resolution")).isEqualTo(new KpiValue.Rate(2, 3));
    }

    @Test
    void clocksCountUnderTheirOwnPriorityAndCasesUnderTheLastRecordedOne() {
        // D opened P3 and was raised to P2: its clocks keep P3 (the contract's default policy), the case is P2.
        assertThat(witness("2026-01", KpiId.MTTR_RESPONSE, "P3", "response"))
                .isEqualTo(new KpiValue.Times(2, minutes(75), minutes(75), minutes(90)));
        assertThat(witness("2026-01", KpiId.VOLUME, "P2", "")).isEqualTo(new KpiValue.Count(2));
        assertThat(witness("2026-01", KpiId.VOLUME, "P3", "")).isEqualTo(new KpiValue.Count(2));
    }

    @Test
    void firstTimeFixLeavesOutReopenedReassignedAndEscalatedCases() {
        // January's resolved cases: A and D fixed first time (D's second assignment is to the same group);
        // B escalated, C reopened. February: H yes, G reassigned to another tier-1 group.
        assertThat(witness("2026-01", KpiId.FIRST_TIME_FIX, "all", "")).isEqualTo(new KpiValue.Rate(2, 4));
        assertThat(witness("2026-02", KpiId.FIRST_TIME_FIX, "all", "")).isEqualTo(new KpiValue.Rate(1, 2));
    }

    @Test
    void aCaseReopenedTwiceIsOneReopenedCase() {
        // C: the client reopened it twice; the provider's own records of the same reopenings add nothing.
        assertThat(witness("2026-01", KpiId.REOPEN_RATE, "all", "")).isEqualTo(new KpiValue.Rate(1, 4));
    }

    @Test
    void repeatsAreEarlierCasesOfTheSameItemOrCategoryWithinTheWindow() {
        // January, by item: A mail-01 (first), B fw-01 (first), C mail-01 (A 2 days before), E mail-01 (C 21
        // days before): 2 of 4. February: G mail-02 (first), H fw-01 (B 28 days before): 1 of 2.
        assertThat(witness("2026-01", KpiId.REPEAT_CI_30D, "all", "")).isEqualTo(new KpiValue.Rate(2, 4));
        assertThat(witness("2026-02", KpiId.REPEAT_CI_30D, "all", "")).isEqualTo(new KpiValue.Rate(1, 2));
        // By category, January: C and E (Email) of 6. February: G Email (E 4.7 days before), H Network (B 28
        // days before), I Printing (D 46 days before: within 60 days, not 30).
        assertThat(witness("2026-01", KpiId.REPEAT_CATEGORY_30D, "all", "")).isEqualTo(new KpiValue.Rate(2, 6));
        assertThat(witness("2026-02", KpiId.REPEAT_CATEGORY_30D, "all", "")).isEqualTo(new KpiValue.Rate(2, 3));
        assertThat(witness("2026-02", KpiId.REPEAT_CATEGORY_60D, "all", "")).isEqualTo(new KpiValue.Rate(3, 3));
    }

    @Test
    void proactiveShareCountsMonitoringWhenEitherSideSaysSo() {
        // B: the client says a user, the provider's monitoring found it; G: only the provider says monitoring.
        assertThat(witness("2026-01", KpiId.PROACTIVE_SHARE, "all", "")).isEqualTo(new KpiValue.Rate(1, 6));
        assertThat(witness("2026-02", KpiId.PROACTIVE_SHARE, "all", "")).isEqualTo(new KpiValue.Rate(1, 3));
    }

    @Test
    void escalationTimeIsBusinessTimeFromTheOpeningToTheTier() {
        // B opened Tuesday 14:00; tier 2 at 15:00, tier 3 at 17:00, inside business hours.
        assertThat(witness("2026-01", KpiId.ESCALATION_TIME_L2, "all", ""))
                .isEqualTo(new KpiValue.Times(1, minutes(60), minutes(60), minutes(60)));
        assertThat(witness("2026-01", KpiId.ESCALATION_TIME_L3, "all", ""))
                .isEqualTo(new KpiValue.Times(1, minutes(180), minutes(180), minutes(180)));
        assertThat(witness("2026-02", KpiId.ESCALATION_TIME_L2, "all", "")).isEqualTo(KpiValue.Times.none());
    }

    @Test
    void tierEfficiencyIsTheShareResolvedWithoutLeavingTierOne() {
        assertThat(witness("2026-01", KpiId.TIER1_RESOLUTION, "all", "")).isEqualTo(new KpiValue.Rate(3, 4));
        assertThat(witness("2026-01", KpiId.RESOLVED_BY_TIER, "all", "L1")).isEqualTo(new KpiValue.Count(3));
        assertThat(witness("2026-01", KpiId.RESOLVED_BY_TIER, "all", "L3")).isEqualTo(new KpiValue.Count(1));
    }

    @Test
    void volumeIsCountedByTheMonthOfOpeningAndByCategory() {
        assertThat(witness("2026-01", KpiId.VOLUME, "all", "")).isEqualTo(new KpiValue.Count(6));
        assertThat(witness("2026-02", KpiId.VOLUME, "all", "")).isEqualTo(new KpiValue.Count(3));
        assertThat(witness("2026-01", KpiId.VOLUME_BY_CATEGORY, "all", "Email")).isEqualTo(new KpiValue.Count(3));
        assertThat(witness("2026-01", KpiId.VOLUME_BY_CATEGORY, "all", "Network")).isEqualTo(new KpiValue.Count(1));
        assertThat(witness("2026-01", KpiId.VOLUME_BY_CATEGORY, "all", "Access")).isEqualTo(new KpiValue.Count(1));
        assertThat(witness("2026-02", KpiId.VOLUME_BY_CATEGORY, "all", "Email")).isEqualTo(new KpiValue.Count(1));
    }

    @Test
    void backlogIsTheCasesOpenAtEachPeriodsEndByAge() {
        // End of January (1 February 00:00 New York): E, opened 28 January 16:00, 80 hours old.
        assertThat(witness("2026-01", KpiId.BACKLOG, "all", "")).isEqualTo(new KpiValue.Count(1));
        assertThat(witness("2026-01", KpiId.BACKLOG, "all", "3-7d")).isEqualTo(new KpiValue.Count(1));
        assertThat(witness("2026-01", KpiId.BACKLOG_AGE, "all", ""))
                .isEqualTo(new KpiValue.Times(1, hours(80), hours(80), hours(80)));
        // End of February: E 752 hours old (31 days 8 hours), I 39 hours (opened Friday 27 February 09:00).
        assertThat(witness("2026-02", KpiId.BACKLOG, "all", "30d+")).isEqualTo(new KpiValue.Count(1));
        assertThat(witness("2026-02", KpiId.BACKLOG, "all", "1-3d")).isEqualTo(new KpiValue.Count(1));
        assertThat(witness("2026-02", KpiId.BACKLOG_AGE, "all", ""))
                .isEqualTo(new KpiValue.Times(2, hours(395) + minutes(30), hours(395) + minutes(30), hours(752)));
    }

    @Test
    void eachSideIsMeasuredOnItsOwnRecords() {
        // A on the client's record: opened 09:00, the client logged the reply at 09:31.
        assertThat(cell(Side.CLIENT, "2026-01", KpiId.MTTR_RESPONSE, "P2", "response"))
                .isEqualTo(new KpiValue.Times(1, minutes(31), minutes(31), minutes(31)));
        // The provider never recorded E: five cases in January on its record.
        assertThat(cell(Side.PROVIDER, "2026-01", KpiId.VOLUME, "all", "")).isEqualTo(new KpiValue.Count(5));
        // The client recorded C's reopenings, but not the resolution in between: one spell, no reopening.
        assertThat(cell(Side.CLIENT, "2026-01", KpiId.REOPEN_RATE, "all", "")).isEqualTo(new KpiValue.Rate(0, 3));
    }

    @Test
    void eachCellSaysHowItMovedFromThePeriodBefore() {
        assertThat(change("2026-02", KpiId.MTTR_RESPONSE, "response")).isEqualTo("-50.0% (better)");
        assertThat(change("2026-02", KpiId.SLA_ATTAINMENT, "response")).isEqualTo("+0.0 pp (same)");
        assertThat(change("2026-02", KpiId.SLA_ATTAINMENT, "resolution")).isEqualTo("-8.3 pp (worse)");
        assertThat(change("2026-02", KpiId.BACKLOG, "")).isEqualTo("+1 (worse)");
        assertThat(change("2026-02", KpiId.VOLUME, "")).isEqualTo("-3 (down)");
        assertThat(row(Side.WITNESS, "2026-01", KpiId.VOLUME, "all", "").change()).isEmpty();
    }

    private static String change(String period, KpiId kpi, String dimension) {
        return row(Side.WITNESS, period, kpi, "all", dimension).change().orElseThrow().toString();
    }

    private static KpiValue witness(String period, KpiId kpi, String priority, String dimension) {
        return cell(Side.WITNESS, period, kpi, priority, dimension);
    }

    private static KpiValue cell(Side timeline, String period, KpiId kpi, String priority, String dimension) {
        return row(timeline, period, kpi, priority, dimension).value();
    }

    private static KpiRow row(Side timeline, String period, KpiId kpi, String priority, String dimension) {
        Optional<Priority> p = priority.equals("all") ? Optional.empty() : Optional.of(new Priority(priority));
        return TABLE.find(Story.NORTHWIND, timeline, ReportingPeriod.parse(period), kpi, p, dimension).orElseThrow(
                () -> new AssertionError("no cell " + timeline + " " + period + " " + kpi + " " + priority + " " + dimension));
    }

    private static long minutes(long minutes) {
        return minutes * 60_000;
    }

    private static long hours(long hours) {
        return hours * 3_600_000;
    }
}
