package io.witness.ledger.store;

import io.witness.ledger.chain.LeafEncoding;
import io.witness.ledger.chain.NaturalKey;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.hash.Hash;

/**
 * A draft with the hashes that do not depend on its place in the log, computed before the tenant's lock
 * is taken so that the lock is held for as little work as possible.
 */
record PreparedDraft(ObservationDraft draft, Hash payloadDigest, Hash parsedDigest, Hash naturalKey) {

    static PreparedDraft of(ObservationDraft draft) {
        Hash payload = LeafEncoding.payloadDigest(draft);
        return new PreparedDraft(draft, payload, LeafEncoding.parsedDigest(draft), NaturalKey.of(draft, payload));
    }
}
