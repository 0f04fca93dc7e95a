package io.witness.core.clock;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.event.Author;
import io.witness.core.event.CaseId;
import io.witness.core.event.CommentAdded;
import io.witness.core.event.EventMeta;
import io.witness.core.event.PriorityChanged;
import io.witness.core.event.Priority;
import io.witness.core.event.PublicReply;
import io.witness.core.event.Reopened;
import io.witness.core.event.Resolved;
import io.witness.core.event.Side;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.StatusClass;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws every clock result obeys, whatever the events: drawn at random on the shared test contract. */
class ClockEngineProperties {

    private static final Contract CONTRACT = contract();
    private static final ClockEngine ENGINE = new ClockEngine(CONTRACT.clocks(), CONTRACT.statusClassifier());
    private static final CaseId CASE = new CaseId("P");
    private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");

    record Story(List<TicketEvent> events, Instant now) {
    }

    @Provide
    Arbitrary<Story> stories() {
        Arbitrary<Long> seeds = Arbitraries.longs();
        Arbitrary<Integer> lengths = Arbitraries.integers().between(0, 14);
        return Combinators.combine(seeds, lengths).as(ClockEngineProperties::story);
    }

    /** Opened with a priority, then random steps minutes to days apart, on one side. */
    private static Story story(long seed, int length) {
        Random random = new Random(seed);
        Side side = random.nextBoolean() ? Side.CLIENT : Side.PROVIDER;
        Instant at = FIRST.plus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
        List<TicketEvent> events = new ArrayList<>();
        events.add(new TicketOpened(meta(side, at), Optional.of(priority(random)), Optional.empty(), Optional.empty()));
        for (int i = 0; i < length; i++) {
            at = at.plus(Duration.ofMinutes(1 + random.nextInt(random.nextBoolean() ? 180 : 3 * 24 * 60)));
            EventMeta meta = meta(side, at);
            events.add(switch (random.nextInt(8)) {
                case 0 -> new StatusChanged(meta, "s", Optional.of(StatusClass.values()[random.nextInt(StatusClass.values().length)]));
                case 1 -> new PublicReply(meta);
                case 2 -> new CommentAdded(meta, Author.REQUESTER, true);
                case 3 -> new PriorityChanged(meta, priority(random));
                case 4 -> new Resolved(meta);
                case 5 -> new Reopened(meta);
                case 6 -> new StatusChanged(meta, "Waiting Client Response", Optional.empty());
                default -> new StatusChanged(meta, "In Progress", Optional.empty());
            });
        }
        return new Story(events, at.plus(Duration.ofMinutes(random.nextInt(10 * 24 * 60))));
    }

    @Property(tries = 400)
    void segmentsRunContiguouslyFromStartToStopOrNow(@ForAll("stories") Story story) {
        for (ClockResult r : results(story)) {
            if (r.state() == ClockState.NOT_STARTED) {
                continue;
            }
            assertThat(r.segments()).isNotEmpty();
            assertThat(r.segments().get(0).from()).isEqualTo(r.startedAt().orElseThrow());
            for (int i = 1; i < r.segments().size(); i++) {
                assertThat(r.segments().get(i).from()).isEqualTo(r.segments().get(i - 1).to());
            }
            assertThat(r.segments().get(r.segments().size() - 1).to()).isEqualTo(r.stoppedAt().orElse(story.now()));
        }
    }

    @Property(tries = 400)
    void elapsedAndPausedAddUpToTheBusinessTimeOfTheClocksLife(@ForAll("stories") Story story) {
        for (ClockResult r : started(story)) {
            Term term = term(r);
            Instant end = r.stoppedAt().orElse(story.now());
            assertThat(r.elapsed().plus(r.paused())).isEqualTo(term.calendar().between(r.startedAt().orElseThrow(), end));
            assertThat(r.elapsed()).isEqualTo(r.segments().stream().filter(Segment::running)
                    .map(Segment::business).reduce(Duration.ZERO, Duration::plus));
        }
    }

    @Property(tries = 400)
    void verdictFollowsElapsedAgainstTarget(@ForAll("stories") Story story) {
        for (ClockResult r : started(story)) {
            Duration target = r.target().orElseThrow();
            assertThat(r.margin()).contains(target.minus(r.elapsed()));
            switch (r.state()) {
                case MET -> assertThat(r.elapsed()).isLessThanOrEqualTo(target);
                case BREACHED -> {
                    assertThat(r.elapsed()).isGreaterThan(target);
                    assertThat(r.breachedAt()).isPresent();
                    assertThat(r.due()).isEqualTo(r.breachedAt());
                }
                case RUNNING, PAUSED -> {
                    assertThat(r.elapsed()).isLessThanOrEqualTo(target);
                    assertThat(r.stoppedAt()).isEmpty();
                }
                default -> {
                }
            }
            r.breachedAt().ifPresent(at -> assertThat(runningTimeUntil(r, at)).isEqualTo(target));
        }
    }

    @Property(tries = 300)
    void neverCountsMoreThanWallTime(@ForAll("stories") Story story) {
        for (ClockResult r : started(story)) {
            Duration wall = Duration.between(r.startedAt().orElseThrow(), r.stoppedAt().orElse(story.now()));
            assertThat(r.elapsed().plus(r.paused())).isLessThanOrEqualTo(wall);
        }
    }

    @Property(tries = 200)
    void replaysEventsInTimeOrderWhateverOrderTheyCome(@ForAll("stories") Story story, @ForAll long seed) {
        List<TicketEvent> shuffled = new ArrayList<>(story.events());
        Collections.shuffle(shuffled, new Random(seed));
        Side side = story.events().get(0).side();
        assertThat(ENGINE.compute(CASE, shuffled, side, story.now())).isEqualTo(results(story));
    }

    @Property(tries = 200)
    void countsNoLessLater(@ForAll("stories") Story story) {
        Side side = story.events().get(0).side();
        Instant earlier = story.events().get(story.events().size() - 1).at();
        List<ClockResult> before = ENGINE.compute(CASE, story.events(), side, earlier);
        List<ClockResult> after = results(story);
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).elapsed()).isGreaterThanOrEqualTo(before.get(i).elapsed());
        }
    }

    private static Duration runningTimeUntil(ClockResult r, Instant until) {
        Term term = term(r);
        Duration sum = Duration.ZERO;
        for (Segment s : r.segments()) {
            if (s.running() && s.from().isBefore(until)) {
                Instant to = s.to().isBefore(until) ? s.to() : until;
                sum = sum.plus(term.calendar().between(s.from(), to));
            }
        }
        return sum;
    }

    private static Term term(ClockResult r) {
        ClockDefinition definition = CONTRACT.clocks().stream().filter(d -> d.name().equals(r.clock())).findFirst().orElseThrow();
        return definition.termFor(r.priority()).orElseThrow();
    }

    private static List<ClockResult> results(Story story) {
        return ENGINE.compute(CASE, story.events(), story.events().get(0).side(), story.now());
    }

    private static List<ClockResult> started(Story story) {
        return results(story).stream().filter(r -> r.state() != ClockState.NOT_STARTED).toList();
    }

    private static EventMeta meta(Side side, Instant at) {
        return new EventMeta(CASE, side, at, Optional.empty(), Optional.empty());
    }

    private static Priority priority(Random random) {
        return new Priority("P" + (1 + random.nextInt(4)));
    }

    private static Contract contract() {
        try {
            return ContractYaml.parse(Files.readString(Path.of("src/test/resources/clock/contract.yaml")), "contract.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
