package io.witness.core.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.witness.core.kpi.KpiOptions;
import io.witness.core.kpi.Scenarios;
import io.witness.core.kpi.TwoMonthsOfCases;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The patterns of the nine cases of {@code TwoMonthsOfCases} on the witnessed timeline, every number worked
 * out from the cases' lines.
 */
class PatternsOfTwoMonthsTest {

    private static final KpiOptions OPTIONS = Scenarios.januaryAndFebruary(TwoMonthsOfCases.NOW);
    private static final List<Pattern> PATTERNS = Patterns.find(Scenarios.profiles(TwoMonthsOfCases.all(), OPTIONS),
            OPTIONS, PatternOptions.defaults());

    @Test
    void statesEveryPatternInASentenceInAFixedOrder() {
        assertThat(PATTERNS).extracting(Pattern::sentence).containsExactly(
                // Email: A, C, E, G; Network: B, H; Printing: D, I; Access: F.
                "Category Email had the most cases: 4 of 9 (44.4%), then Network 2 (22.2%) and Printing 2 (22.2%).",
                // mail-01: A, C, E; fw-01: B, H; mail-02: G; D, F and I name no item.
                "Configuration item mail-01 had the most cases: 3 of 6 (50.0%), then fw-01 2 (33.3%) and mail-02 1 "
                        + "(16.7%); 3 cases had no configuration item.",
                // Weekly medians (weeks from Monday 29 December): week 1 A 30, B 167, C 60 -> 60; week 2 D 90, F 30
                // -> 60; week 5 G 90, H 20 -> 55; week 8 I 30. S = -5; with the tie of 60 and 60, Var(S) = 138/18,
                // z = -4 / 2.769 = -1.445, p = 0.149. Theil-Sen: slope -2.976 min a week, intercept 64.46 min:
                // 61.49 min at week 1, 40.65 min at week 8.
                "Response times were static over 8 weeks: no significant trend (Mann-Kendall S = -5, p = 0.149, 4 weeks "
                        + "with responses); the weekly median's line goes from 1 h 1 min to 40 min.",
                "Configuration item mail-01 came up 3 times within 90 days, from 2026-01-05 to 2026-01-28: INC1, INC3 and "
                        + "INC5.",
                "Category Email came up 4 times within 90 days, from 2026-01-05 to 2026-02-02: INC1, INC3, INC5 and INC7.",
                // Mondays 09:00: A, D, G.
                "The busiest hour of the week is Monday 09:00-10:00, with 3 of 9 cases (33.3%, against 0.6% if spread "
                        + "evenly); the busiest day is Monday, with 3 (33.3%).",
                // I opened on 27 February; E on 28 January is the 4th last day. 6 of January's and February's 59
                // days are month ends.
                "1 of 9 cases (11.1%) opened in the last 3 days of a month, which are 10.2% of the days.",
                // 42 weekdays of 10 hours in 59 days: open 420 of 1,416 hours.
                "0 of 9 cases (0.0%) opened outside business hours (calendar business, which is closed 70.3% of the "
                        + "time).",
                // Breached: B (Network), E and G (Email).
                "SLA breaches concentrate in Email: 2 of 3 breached cases (66.7%), against 4 of 9 cases (44.4%); 2 of 4 "
                        + "categories (Email and Network) hold 3 of the 3 (100.0%).");
    }

    @Test
    void keepsTheHeatmapBehindItsSentence() {
        WeeklyHeatmap heatmap = PATTERNS.stream().filter(WeeklyHeatmap.class::isInstance).map(WeeklyHeatmap.class::cast)
                .findFirst().orElseThrow();
        assertThat(heatmap.cells().get(0).get(9)).isEqualTo(3); // Monday 09:00: A, D, G
        assertThat(heatmap.cells().get(1).get(14)).isEqualTo(1); // Tuesday 14:00: B
        assertThat(heatmap.cells().get(4).get(9)).isEqualTo(1); // Friday 09:00: I
        assertThat(heatmap.total()).isEqualTo(9);
    }

    @Test
    void keepsTheWeeksBehindTheTrend() {
        ResponseTrend trend = PATTERNS.stream().filter(ResponseTrend.class::isInstance).map(ResponseTrend.class::cast)
                .findFirst().orElseThrow();
        assertThat(trend.weeks()).extracting(ResponseTrend.Week::number, ResponseTrend.Week::responses,
                ResponseTrend.Week::medianMillis).containsExactly(
                        tuple(1, 3L, 3_600_000L),
                        tuple(2, 2L, 3_600_000L),
                        tuple(5, 2L, 3_300_000L),
                        tuple(8, 1L, 1_800_000L));
        assertThat(trend.direction()).isEqualTo(ResponseTrend.Direction.STATIC);
    }
}
