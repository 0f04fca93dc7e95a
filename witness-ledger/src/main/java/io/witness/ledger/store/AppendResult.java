package io.witness.ledger.store;

import io.witness.ledger.chain.Position;
import java.util.Optional;

/**
 * What an append did: how many observations were added and how many were skipped because the ledger
 * already held the same evidence, and the positions of the first and last added (none if none was).
 *
 * <p>Immutable and thread-safe.
 *
 * @param added new observations
 * @param skipped drafts that were already in the log (or twice in the input)
 * @param firstPosition the first new observation's position
 * @param lastPosition the last new observation's position
 */
public record AppendResult(long added, long skipped, Optional<Position> firstPosition, Optional<Position> lastPosition) {

    /** Nothing added, nothing skipped. */
    public static AppendResult none() {
        return new AppendResult(0, 0, Optional.empty(), Optional.empty());
    }

    /** This result followed by {@code later}. */
    public AppendResult plus(AppendResult later) {
        return new AppendResult(added + later.added, skipped + later.skipped,
                firstPosition.or(later::firstPosition), later.lastPosition.or(() -> lastPosition));
    }
}
