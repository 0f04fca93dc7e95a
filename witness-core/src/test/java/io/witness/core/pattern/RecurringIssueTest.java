package io.witness.core.pattern;

import static io.witness.core.event.Side.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.Side;
import io.witness.core.event.TicketDetails;
import io.witness.core.kpi.KpiOptions;
import io.witness.core.kpi.Scenarios;
import io.witness.core.kpi.Story;
import io.witness.core.reconcile.Case;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "The same problem seven times in three months": titles that differ only in a floor number. */
class RecurringIssueTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private static final KpiOptions OPTIONS = Scenarios.options("2026-01..2026-03", NOW);

    @Test
    void findsTheSameProblemSevenTimesInThreeMonths() {
        List<Case> cases = printerJams("01-05", "01-20", "02-03", "02-17", "03-02", "03-16", "03-30");
        assertThat(recurring(cases, PatternOptions.defaults())).containsExactly(
                "The title 'printer on floor # jammed' came up 7 times within 90 days, from 2026-01-05 to 2026-03-30: "
                        + "T1, T2, T3, T4, T5, T6 and T7.");
    }

    @Test
    void keepsTheDensestWindowOnly() {
        // Within 30 days: 1 and 5 January are two; 1, 10 and 20 March are three, and only those are named.
        List<Case> cases = printerJams("01-01", "01-05", "03-01", "03-10", "03-20");
        PatternOptions options = new PatternOptions(Side.WITNESS, Duration.ofDays(30), 3, 5, 3, 4, 0.05, 3);
        assertThat(recurring(cases, options)).containsExactly(
                "The title 'printer on floor # jammed' came up 3 times within 30 days, from 2026-03-01 to 2026-03-20: "
                        + "T3, T4 and T5.");
    }

    @Test
    void twoCasesAreNotYetARecurringProblem() {
        assertThat(recurring(printerJams("01-05", "01-20"), PatternOptions.defaults())).isEmpty();
    }

    private static List<Case> printerJams(String... days) {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < days.length; i++) {
            TicketDetails details = new TicketDetails(Optional.of("Printer on floor " + (i + 2) + " jammed"),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of());
            cases.add(Story.of("T" + (i + 1)).opened(CLIENT, days[i] + " 10:00", "P3")
                    .details(CLIENT, days[i] + " 10:00", details).kase());
        }
        return cases;
    }

    private static List<String> recurring(List<Case> cases, PatternOptions options) {
        return Patterns.find(Scenarios.profiles(cases, OPTIONS), OPTIONS, options).stream()
                .filter(RecurringIssue.class::isInstance).map(Pattern::sentence).toList();
    }
}
