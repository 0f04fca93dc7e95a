package io.witness.core.clock;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One engine computing on several threads at once (each thread replays in its own workspace; the first
 * thread's is found without the thread-local lookup) gives each case the results one thread gives it.
 */
class ClockEngineOnThreadsTest {

    private static final int CASES = 300;

    @Test // #3
    void givesTheSameResultsOnThreadsAsOnOne() throws Exception {
        Contract contract = TwoSidedStories.CONTRACTS.get(0);
        ClockEngine alone = new ClockEngine(contract.clocks(), contract.statusClassifier());
        List<String> expected = computeAll(alone);

        ClockEngine shared = new ClockEngine(contract.clocks(), contract.statusClassifier());
        // The test's thread computes first, so its workspace is the remembered one; two more threads then
        // compute the same cases alongside it.
        computeAll(shared);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> running = new ArrayList<>();
            Callable<List<String>> task = () -> computeAll(shared);
            running.add(threads.submit(task));
            running.add(threads.submit(task));
            List<String> here = computeAll(shared);
            assertThat(here).containsExactlyElementsOf(expected);
            for (Future<List<String>> other : running) {
                assertThat(other.get()).containsExactlyElementsOf(expected);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<String> computeAll(ClockEngine engine) {
        List<String> lines = new ArrayList<>();
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            List<TicketEvent> events = TwoSidedStories.story(random);
            Instant now = TwoSidedStories.nowAfter(events, random);
            for (Side side : ClockEngine.timelinesOf(events)) {
                for (ClockResult result : engine.compute(TwoSidedStories.CASE, events, side, now)) {
                    lines.add(seed + " " + side + " " + result + " " + result.segments());
                }
            }
        }
        return lines;
    }
}
