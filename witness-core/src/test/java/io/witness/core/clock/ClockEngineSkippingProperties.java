package io.witness.core.clock;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * An open clock that has settled skips the events none of its conditions reads ({@link EventsNoClockReads}),
 * and a clock with no open run those at which it can neither start nor reopen;
 * the law: every result, segments and causes included, is the one of replaying every event through every
 * clock, on each timeline of random cases told by both sides, under the shared contract and under one
 * with every kind of condition.
 */
class ClockEngineSkippingProperties {

    @Property(tries = 500)
    void skippingEventsNoClockReadsChangesNoResult(@ForAll long seed) {
        Random random = new Random(seed);
        List<TicketEvent> events = TwoSidedStories.story(random);
        Instant now = TwoSidedStories.nowAfter(events, random);
        for (Contract contract : TwoSidedStories.CONTRACTS) {
            ClockEngine skipping = new ClockEngine(contract.clocks(), contract.statusClassifier(), true);
            ClockEngine replayingAll = new ClockEngine(contract.clocks(), contract.statusClassifier(), false);
            for (Side side : ClockEngine.timelinesOf(events)) {
                assertThat(skipping.compute(TwoSidedStories.CASE, events, side, now))
                        .as("%s on %s", events, side)
                        .isEqualTo(replayingAll.compute(TwoSidedStories.CASE, events, side, now));
            }
        }
    }
}
