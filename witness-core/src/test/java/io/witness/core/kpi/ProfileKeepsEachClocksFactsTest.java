package io.witness.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.ClockState;
import io.witness.core.clock.Metric;
import io.witness.core.event.Priority;
import io.witness.core.event.Side;
import io.witness.core.reconcile.Case;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A profile keeps its clocks' facts without an object a clock (names, metrics and priorities shared between profiles,
 * the rest as numbers): each one read back is the fact of its clock result.
 */
class ProfileKeepsEachClocksFactsTest {

    private static final KpiOptions OPTIONS = Scenarios.januaryAndFebruary(TwoMonthsOfCases.NOW);

    @Test
    void eachClockReadsBackAsItsResultsFact() {
        Case kase = TwoMonthsOfCases.c();
        List<ClockResult> results = Scenarios.clocks(kase, TwoMonthsOfCases.NOW);
        for (CaseProfile profile : CaseProfiles.of(kase, results, OPTIONS)) {
            Side read = profile.timeline();
            List<ClockFact> expected = results.stream().filter(r -> r.side() == read).map(ClockFact::of).toList();
            assertThat(profile.clocks()).isEqualTo(expected);
            assertThat(profile.clockCount()).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                ClockFact fact = expected.get(i);
                assertThat(profile.clockName(i)).isEqualTo(fact.clock());
                assertThat(profile.clockMetric(i)).isEqualTo(fact.metric());
                assertThat(Optional.ofNullable(profile.clockPriorityOrNull(i))).isEqualTo(fact.priority());
                assertThat(profile.clockState(i)).isEqualTo(fact.state());
                assertThat(profile.clockStoppedAt(i)).isEqualTo(fact.stoppedAt());
                assertThat(profile.clockElapsedMillis(i)).isEqualTo(fact.elapsedMillis());
                assertThat(profile.clockHasVerdict(i)).isEqualTo(fact.hasVerdict());
                assertThat(profile.clockVerdictAt(i)).isEqualTo(fact.verdictAt());
                assertThat(profile.clockStoppedWithVerdict(i)).isEqualTo(fact.stoppedWithVerdict());
            }
        }
    }

    @Test
    void everyStateAndTheLongestBusinessTimeReadBackAsGiven() {
        long longest = (1L << 56) - 1;
        for (ClockState state : ClockState.values()) {
            List<ClockFact> facts = List.of(new ClockFact("resolution", Metric.RESOLUTION, Optional.of(new Priority("P1")),
                    state, 7, ClockFact.NONE, longest), new ClockFact("response", Metric.RESPONSE, Optional.empty(), state,
                    ClockFact.NONE, 5, 0));
            assertThat(ProfileClocks.facts(ProfileClocks.keysOfFacts(facts), ProfileClocks.timesOfFacts(facts)))
                    .isEqualTo(facts);
        }
    }

    @Test
    void profilesWithTheSameClocksShareTheirNames() {
        List<ClockFact> facts = List.of(new ClockFact("response", Metric.RESPONSE, Optional.empty(), ClockState.MET, 7,
                ClockFact.NONE, 3));
        assertThat(ProfileClocks.keysOfFacts(facts)).isSameAs(ProfileClocks.keysOfFacts(List.copyOf(facts)));
    }

    @Test
    void aBusinessTimeBeyondWhatIsKeptIsAClearError() {
        List<ClockFact> facts = List.of(new ClockFact("response", Metric.RESPONSE, Optional.empty(), ClockState.MET, 7,
                ClockFact.NONE, 1L << 56));
        assertThatThrownBy(() -> ProfileClocks.timesOfFacts(facts)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("business time");
    }
}
