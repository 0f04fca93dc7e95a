package io.witness.core.reconcile;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.Segment;
import io.witness.core.event.Side;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** An {@code sla-breach} finding's words and evidence: the witnessed clock breached, told when read. Immutable. */
final class BreachParts extends ClockFindingParts {

    private final ClockResult result;
    private final Wording wording;

    BreachParts(CaseEvidence evidence, ClockResult result, Wording wording) {
        super(evidence, result, null);
        this.result = result;
        this.wording = wording;
    }

    @Override
    public String id() {
        return CaseFindings.id("sla-breach", c, result);
    }

    @Override
    public Instant at() {
        return Instant.ofEpochMilli(result.breachedAtMillis());
    }

    @Override
    public String title() {
        boolean open = result.stoppedAtMillis() == Long.MIN_VALUE;
        String section = result.section();
        return c.id() + ": " + result.clock() + (open ? " still open after " : " took ")
                + Durations.words(result.elapsed()) + " against " + Durations.words(result.target().orElseThrow())
                + (section.isEmpty() ? "" : " (section " + section + ")");
    }

    @Override
    public String explanation() {
        boolean open = result.stoppedAtMillis() == Long.MIN_VALUE;
        return Clauses.promise(result) + "; actual " + Durations.words(result.elapsed())
                + (open ? " and still counting" : "") + ". " + life();
    }

    private String life() {
        List<Segment> segments = result.segments();
        StringBuilder text = new StringBuilder("On the ").append(result.side() == Side.WITNESS ? "witnessed timeline"
                : result.side().wireName() + "'s record").append(" the clock started ");
        text.append(wording.dated(result.startedAt().orElseThrow())).append(" (")
                .append(segments.isEmpty() ? "" : segments.get(0).reason()).append(')');
        Duration paused = result.paused();
        if (!paused.isZero()) {
            text.append(", paused ").append(Durations.words(paused));
        }
        result.stoppedAt().ifPresent(at -> text.append(", stopped ").append(wording.dated(at)).append(" (")
                .append(result.reason()).append(')'));
        result.breachedAt().ifPresent(at -> text.append("; it breached at ").append(wording.dated(at)));
        return text.append('.').toString();
    }
}
