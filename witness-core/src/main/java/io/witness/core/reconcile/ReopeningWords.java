package io.witness.core.reconcile;

import io.witness.core.event.Side;
import io.witness.core.finding.Finding;
import java.time.Instant;
import java.util.List;

/**
 * An {@code incomplete-fix} finding's id, words and instant: the case, the side whose record shows it reopened, and when; told
 * when read.
 */
final class ReopeningWords implements Finding.Told {

    private final Case c;
    private final Side side;
    private final List<Instant> times;
    private final Wording wording;

    ReopeningWords(Case c, Side side, List<Instant> times, Wording wording) {
        this.c = c;
        this.side = side;
        this.times = times;
        this.wording = wording;
    }

    private String count() {
        return times.size() == 1 ? "once" : times.size() == 2 ? "twice" : times.size() + " times";
    }

    @Override
    public String id() {
        return "incomplete-fix/" + c.id();
    }

    /** The last reopening. */
    @Override
    public Instant at() {
        return times.get(times.size() - 1);
    }

    @Override
    public String title() {
        return c.id() + ": resolved and reopened " + count();
    }

    @Override
    public String explanation() {
        return "The " + side.wireName() + "'s record shows the case reopened " + count() + " ("
                + String.join(", ", times.stream().map(wording::dated).toList())
                + ") after it was resolved: the fix did not hold.";
    }
}
