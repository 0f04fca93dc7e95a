package io.witness.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.clock.ClockEngine;
import io.witness.core.clock.ClockResult;
import io.witness.core.contract.Contract;
import io.witness.core.event.Priority;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkloadTest {

    private static final Workload WORKLOAD = Workload.generate(2_000, 42);

    @Test
    void sameSeedGivesTheSameCases() {
        assertThat(Workload.generate(300, 7).cases()).isEqualTo(Workload.generate(300, 7).cases());
        assertThat(Workload.generate(300, 8).cases()).isNotEqualTo(Workload.generate(300, 7).cases());
    }

    @Test
    void averagesAboutTenEventsACase() {
        double average = (double) WORKLOAD.eventCount() / WORKLOAD.cases().size();

        assertThat(average).isBetween(8.0, 12.0);
    }

    @Test
    void listsEachCaseInTimeOrder() {
        for (List<TicketEvent> events : WORKLOAD.cases()) {
            assertThat(events).isSortedAccordingTo(Comparator.comparing(TicketEvent::at));
            assertThat(events.get(0)).isInstanceOf(TicketOpened.class);
        }
    }

    @Test
    void opensCasesAtAllFourPriorities() {
        Set<Priority> priorities = new HashSet<>();
        for (List<TicketEvent> events : WORKLOAD.cases()) {
            events.stream().filter(TicketOpened.class::isInstance).map(TicketOpened.class::cast)
                    .forEach(opened -> priorities.add(opened.priority().orElseThrow()));
        }

        assertThat(priorities).containsExactlyInAnyOrderElementsOf(CaseGenerator.PRIORITIES);
    }

    @Test
    void putsCasesOnEitherSideAndOnBoth() {
        Set<List<Side>> timelines = new HashSet<>();
        for (List<TicketEvent> events : WORKLOAD.cases()) {
            timelines.add(ClockEngine.timelinesOf(events));
        }

        assertThat(timelines).containsExactlyInAnyOrder(
                List.of(Side.CLIENT), List.of(Side.PROVIDER), List.of(Side.CLIENT, Side.PROVIDER, Side.WITNESS));
    }

    @Test
    void engineGivesResultsForEveryTimelineOnAllThreeCalendars() {
        Contract contract = BenchContract.parse();
        ClockEngine engine = new ClockEngine(contract.clocks(), contract.statusClassifier());
        Workload workload = Workload.generate(300, 42);
        Set<String> calendars = new HashSet<>();
        List<String> withoutResults = new ArrayList<>();

        for (List<TicketEvent> events : workload.cases()) {
            for (Side side : ClockEngine.timelinesOf(events)) {
                List<ClockResult> results = engine.compute(events.get(0).caseId(), events, side, workload.now());
                if (results.isEmpty()) {
                    withoutResults.add(events.get(0).caseId() + " " + side.wireName());
                }
                results.forEach(result -> calendars.add(result.calendar()));
            }
        }

        assertThat(withoutResults).isEmpty();
        assertThat(calendars).containsExactlyInAnyOrder("always", "ny", "berlin");
    }

    @Test
    void countsEachCaseOncePerTimeline() {
        Workload workload = Workload.generate(50, 3);
        long expected = 0;
        for (List<TicketEvent> events : workload.cases()) {
            expected += events.size() * (long) ClockEngine.timelinesOf(events).size();
        }

        assertThat(workload.timelineEvents()).isEqualTo(expected).isGreaterThan(workload.eventCount());
    }
}
