package io.witness.ledger.store;

import io.witness.core.event.Side;
import io.witness.ledger.chain.SourceRef;
import java.util.Objects;

/**
 * One row of the derived tickets (docs/ledger.md, "Derived tickets"): a group of observations of one source,
 * side and case (or one annotation), named by the position of its first observation, with what was derived
 * from it in an encoding the ledger does not read. Immutable (the payload is not copied: do not change it).
 *
 * @param firstPosition the position of the group's first observation, 0 or more
 * @param source the source of its observations, not null
 * @param side their side, not null
 * @param caseRef the case they are filed under; empty for an annotation
 * @param payload what was derived, not null
 */
public record DerivedRow(long firstPosition, SourceRef source, Side side, String caseRef, byte[] payload) {

    public DerivedRow {
        if (firstPosition < 0) {
            throw new IllegalArgumentException("A position is 0 or more, got " + firstPosition);
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(caseRef, "caseRef");
        Objects.requireNonNull(payload, "payload");
    }
}
