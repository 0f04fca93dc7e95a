package io.witness.ledger.store;

import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.Position;

/**
 * What an import that keeps the derived tickets up to date tells the ledger and is told by it, inside the
 * import's one transaction ({@link Ledger#appendAll(io.witness.ledger.chain.TenantId, java.util.Iterator,
 * java.util.function.LongConsumer, DerivedTicketsFeed)}).
 */
public interface DerivedTicketsFeed {

    /**
     * A draft was given a position (on the writing thread, in log order). Drafts skipped as evidence
     * already held are not told.
     */
    void stored(ObservationDraft draft, Position at);

    /**
     * Runs once every batch is written, before the commit: checks what the import did meanwhile and gives
     * the derived rows. If it throws, the transaction is rolled back and its exception passes on.
     */
    DerivedUpdate beforeCommit();
}
