package io.witness.core.credit;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.ClockState;
import io.witness.core.contract.PartyId;
import io.witness.core.event.Priority;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One witnessed clock of one case, as credits count it: the provider whose work it measures and its
 * result, with what the credit clauses read of the result (when it ended, its name, state and priority) read
 * once when made. Made where the clock was computed (while its result is in cache), credits read only these
 * facts and the result itself only for a breach's case. Immutable.
 */
public final class MeasuredClock {

    private final PartyId provider;
    private final ClockResult result;
    private final long endMillis;
    private final String clock;
    private final ClockState state;
    private final @Nullable Priority priority;

    /**
     * @param provider the case's provider, not null
     * @param result the witnessed clock (a one-sided case's single record), not null
     */
    public MeasuredClock(PartyId provider, ClockResult result) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.result = Objects.requireNonNull(result, "result");
        this.endMillis = endMillis(result);
        this.clock = result.clock();
        this.state = result.state();
        Optional<Priority> p = result.priority();
        this.priority = p.isPresent() ? p.get() : null;
    }

    /** The case's provider. */
    public PartyId provider() {
        return provider;
    }

    /** The witnessed clock. */
    public ClockResult result() {
        return result;
    }

    /** {@link ClockResult#endedAt()} in epoch milliseconds; Long.MIN_VALUE when it has not ended. */
    long endMillis() {
        return endMillis;
    }

    /** The clock's name. */
    String clock() {
        return clock;
    }

    ClockState state() {
        return state;
    }

    /** The priority whose target applied, or null. */
    @Nullable Priority priority() {
        return priority;
    }

    /** {@link ClockResult#endedAt()} in epoch milliseconds; Long.MIN_VALUE when it has not ended. */
    static long endMillis(ClockResult result) {
        if (result.state() == ClockState.MET) {
            return result.stoppedAtMillis();
        }
        if (result.state() == ClockState.BREACHED) {
            return result.stoppedAtMillis() != Long.MIN_VALUE ? result.stoppedAtMillis() : result.breachedAtMillis();
        }
        return Long.MIN_VALUE;
    }
}
