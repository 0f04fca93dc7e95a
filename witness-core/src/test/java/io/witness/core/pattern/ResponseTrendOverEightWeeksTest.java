package io.witness.core.pattern;

import static io.witness.core.event.Side.CLIENT;
import static io.witness.core.event.Side.PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.kpi.KpiOptions;
import io.witness.core.kpi.Scenarios;
import io.witness.core.kpi.Story;
import io.witness.core.kpi.TwoMonthsOfCases;
import io.witness.core.reconcile.Case;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One P2 case a Monday for eight weeks, answered a steady 10 minutes faster (or slower) each week. */
class ResponseTrendOverEightWeeksTest {

    private static final KpiOptions OPTIONS = Scenarios.januaryAndFebruary(TwoMonthsOfCases.NOW);

    @Test
    void fallingResponseTimesAreAnImprovement() {
        // 80, 70, ..., 10 min: S = -28, and only 2 of 8! orders are that extreme: p = 2 / 40320 < 0.001.
        // The Theil-Sen line is exact: 80 min at week 1, 10 min at week 8, a fall of 87.5%.
        assertThat(trends(new int[] {80, 70, 60, 50, 40, 30, 20, 10})).containsExactly(
                "Response times improved: the weekly median fell 87.5% over 8 weeks, from 1 h 20 min to 10 min "
                        + "(Mann-Kendall S = -28, p < 0.001, 8 weeks with responses).",
                "P2 response times improved: the weekly median fell 87.5% over 8 weeks, from 1 h 20 min to 10 min "
                        + "(Mann-Kendall S = -28, p < 0.001, 8 weeks with responses).");
    }

    @Test
    void risingResponseTimesAreADecline() {
        // 10 min to 45 min, 5 min a week: a rise of 350%.
        assertThat(trends(new int[] {10, 15, 20, 25, 30, 35, 40, 45}).get(0)).isEqualTo(
                "Response times declined: the weekly median rose 350.0% over 8 weeks, from 10 min to 45 min "
                        + "(Mann-Kendall S = 28, p < 0.001, 8 weeks with responses).");
    }

    @Test
    void aZigzagIsStatic() {
        // 30, 40, 30, 40, 30, 40, 30, 40: S = 4 with ties (four 30s, four 40s): Var(S) = (8*7*21 - 2*4*3*13) / 18
        // = 48; z = 3 / 6.928 = 0.433, p = 0.665. Slopes between equal values are 0 and between others
        // +-10 / odd distances: their median is 0, the intercept the median of 30 and 40, 35.
        assertThat(trends(new int[] {30, 40, 30, 40, 30, 40, 30, 40}).get(0)).isEqualTo(
                "Response times were static over 8 weeks: no significant trend (Mann-Kendall S = 4, p = 0.665, 8 weeks "
                        + "with responses); the weekly median's line goes from 35 min to 35 min.");
    }

    @Test
    void threeWeeksAreTooFewToTest() {
        assertThat(trends(new int[] {30, 20, 10})).containsExactly(
                "Response times: too few weeks with responses (3) to test a trend; at least 4 are needed.");
    }

    private static List<String> trends(int[] minutes) {
        List<Case> cases = new ArrayList<>();
        LocalDate monday = LocalDate.of(2026, 1, 5);
        for (int week = 0; week < minutes.length; week++) {
            String day = monday.plusWeeks(week).toString().substring(5);
            String answered = String.format("%s %02d:%02d", day, 9 + minutes[week] / 60, minutes[week] % 60);
            cases.add(Story.of("W" + week).opened(CLIENT, day + " 09:00", "P2").opened(PROVIDER, day + " 09:00", "P2")
                    .reply(PROVIDER, answered).kase());
        }
        return Patterns.find(Scenarios.profiles(cases, OPTIONS), OPTIONS, PatternOptions.defaults()).stream()
                .filter(ResponseTrend.class::isInstance).map(Pattern::sentence).toList();
    }
}
