package io.witness.core.credit;

import io.witness.core.clock.ClockResult;
import io.witness.core.contract.PartyId;
import java.util.Objects;

/**
 * One witnessed clock of one case, as credits count it: the provider whose work it measures and its
 * result. Immutable.
 *
 * @param provider the case's provider, not null
 * @param result the witnessed clock (a one-sided case's single record), not null
 */
public record MeasuredClock(PartyId provider, ClockResult result) {

    public MeasuredClock {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(result, "result");
    }
}
