package io.witness.core.pattern;

import static io.witness.core.event.Side.CLIENT;
import static io.witness.core.event.Side.PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.Origin;
import io.witness.core.kpi.KpiOptions;
import io.witness.core.kpi.Scenarios;
import io.witness.core.kpi.Story;
import io.witness.core.kpi.TwoMonthsOfCases;
import io.witness.core.reconcile.Case;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the patterns say of two quiet cases: one category, no item, no breach, one week of responses. */
class PatternsWithoutEnoughToSayTest {

    private static final KpiOptions OPTIONS = Scenarios.januaryAndFebruary(TwoMonthsOfCases.NOW);

    @Test
    void saysSoPlainly() {
        List<Case> cases = List.of(
                Story.of("Q1").opened(CLIENT, "01-10 11:00", "P3").details(CLIENT, "01-10 11:00", "Email", null, Origin.USER)
                        .opened(PROVIDER, "01-10 11:00", "P3").reply(PROVIDER, "01-12 08:30").resolved(PROVIDER, "01-12 09:00")
                        .kase(),
                Story.of("Q2").opened(CLIENT, "01-31 23:30", "P3").details(CLIENT, "01-31 23:30", "Email", null, null)
                        .kase());
        assertThat(Patterns.find(Scenarios.profiles(cases, OPTIONS), OPTIONS, PatternOptions.defaults()))
                .extracting(Pattern::sentence).containsExactly(
                        "Category Email had all 2 cases.",
                        "Response times: too few weeks with responses (1) to test a trend; at least 4 are needed.",
                        "The busiest hour of the week is Saturday 11:00-12:00, with 1 of 2 cases (50.0%, against 0.6% if "
                                + "spread evenly); the busiest day is Saturday, with 2 (100.0%).",
                        "1 of 2 cases (50.0%) opened in the last 3 days of a month, which are 10.2% of the days.",
                        "2 of 2 cases (100.0%) opened outside business hours (calendar business, which is closed 70.3% "
                                + "of the time).",
                        // Q2 was never answered: its response clock (P3, 4 business hours from Saturday 23:30) breached
                        // on Monday 2 February at 12:00.
                        "Every case is in Email: 1 of 2 cases (50.0%) breached a clock.");
    }
}
