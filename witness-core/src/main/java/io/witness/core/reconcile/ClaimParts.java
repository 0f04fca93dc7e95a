package io.witness.core.reconcile;

import io.witness.core.clock.ClockResult;
import io.witness.core.event.Side;
import io.witness.core.event.SlaClaimed;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@code claim-contradicted} finding's words and evidence: a side's last claim of an SLA field, and the witnessed
 * clock breached (when it says met) or the witnessed clocks it concerns (when it says breached), told when read.
 * Immutable.
 */
final class ClaimParts extends ClockFindingParts {

    private final Side side;
    private final SlaClaimed claim;
    /** The claim's field as part of the id. */
    private final String field;
    private final @Nullable ClockResult breached;
    private final boolean saysMet;
    private final List<ClockResult> witnessed;
    private final Wording wording;

    /**
     * A claim of {@code field} (as part of an id) that says met, of which {@code breached} is the first witnessed clock
     * breached; or one that says breached.
     */
    ClaimParts(CaseEvidence evidence, Side side, SlaClaimed claim, String field, @Nullable ClockResult breached,
            boolean saysMet, List<ClockResult> witnessed, Wording wording) {
        super(evidence, breached, null);
        this.side = side;
        this.claim = claim;
        this.field = field;
        this.breached = breached;
        this.saysMet = saysMet;
        this.witnessed = witnessed;
        this.wording = wording;
    }

    @Override
    public String id() {
        return "claim-contradicted/" + c.id() + "/" + side.wireName() + "/" + field;
    }

    @Override
    public Instant at() {
        return claim.at();
    }

    @Override
    public String title() {
        if (saysMet) {
            return c.id() + ": " + wording.system(side, c.provider()) + " says the SLA was met (" + claim.field()
                    + " = " + claim.value() + "); the witnessed " + Objects.requireNonNull(breached).clock()
                    + " clock is breached";
        }
        return c.id() + ": " + wording.system(side, c.provider()) + " says the SLA was breached ("
                + claim.field() + " = " + claim.value() + "); every witnessed clock it concerns is met";
    }

    @Override
    public String explanation() {
        if (saysMet) {
            ClockResult r = Objects.requireNonNull(breached);
            return "The " + side.wireName() + "'s own SLA field " + claim.field() + " = '" + claim.value()
                    + "' (recorded " + wording.dated(claim.at()) + ") says met. " + Clauses.promise(r) + "; the witnessed "
                    + r.clock() + " clock counts " + Durations.words(r.elapsed()) + ". The source's field is its claim,"
                    + " not the measure.";
        }
        return "The " + side.wireName() + "'s own SLA field " + claim.field() + " = '" + claim.value()
                + "' says breached, but the witnessed clocks it concerns (" + String.join(", ",
                        ClaimReading.concerned(claim, witnessed).stream().map(ClockResult::clock).distinct().toList())
                + ") are all met.";
    }
}
