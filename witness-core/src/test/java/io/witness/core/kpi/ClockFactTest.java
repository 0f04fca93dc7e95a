package io.witness.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.ClockState;
import io.witness.core.clock.Metric;
import io.witness.core.reconcile.Case;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClockFactTest {

    @Test
    void keepsEveryFigureOfTheClockAsMilliseconds() {
        int checked = 0;
        for (Case kase : TwoMonthsOfCases.all()) {
            for (ClockResult result : Scenarios.clocks(kase, TwoMonthsOfCases.NOW)) {
                ClockFact fact = ClockFact.of(result);
                assertThat(fact.stoppedAt()).isEqualTo(result.stoppedAt().map(Instant::toEpochMilli).orElse(ClockFact.NONE));
                assertThat(fact.breachedAt()).isEqualTo(result.breachedAt().map(Instant::toEpochMilli).orElse(ClockFact.NONE));
                assertThat(fact.elapsedMillis()).isEqualTo(result.elapsed().toMillis());
                assertThat(fact.priority()).isEqualTo(result.priority());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(48);
    }

    @Test
    void aBreachedClockStillOpenHasItsVerdictWhenItBreached() {
        ClockFact open = new ClockFact("response", Metric.RESPONSE, Optional.empty(), ClockState.BREACHED, ClockFact.NONE, 5, 9);
        assertThat(open.verdictAt()).isEqualTo(5);
        assertThat(open.stoppedWithVerdict()).isFalse();
        ClockFact stopped = new ClockFact("response", Metric.RESPONSE, Optional.empty(), ClockState.BREACHED, 8, 5, 9);
        assertThat(stopped.verdictAt()).isEqualTo(8);
        ClockFact running = new ClockFact("response", Metric.RESPONSE, Optional.empty(), ClockState.RUNNING, ClockFact.NONE,
                ClockFact.NONE, 3);
        assertThat(running.verdictAt()).isEqualTo(ClockFact.NONE);
    }

    @Test
    void refusesNegativeElapsedTime() {
        assertThatThrownBy(() -> new ClockFact("response", Metric.RESPONSE, Optional.empty(), ClockState.MET, 1, ClockFact.NONE,
                -1)).isInstanceOf(IllegalArgumentException.class).hasMessage("Elapsed business time cannot be negative, got -1 ms");
    }
}
