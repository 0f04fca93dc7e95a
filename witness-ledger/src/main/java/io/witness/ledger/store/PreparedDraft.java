package io.witness.ledger.store;

import io.witness.ledger.chain.LeafEncoding;
import io.witness.ledger.chain.NaturalKey;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.hash.Hash;

/**
 * A draft with everything that does not depend on its place in the log: its digests, natural key and the
 * first columns of its COPY row. Computed before the tenant's lock is taken (and while the previous
 * batch is being written), so that the lock is held for as little work as possible.
 */
record PreparedDraft(ObservationDraft draft, Hash payloadDigest, Hash parsedDigest, Hash naturalKey, byte[] copyPrefix) {

    static PreparedDraft of(TenantId tenant, ObservationDraft draft) {
        Hash payload = LeafEncoding.payloadDigest(draft);
        Hash parsed = LeafEncoding.parsedDigest(draft);
        Hash key = NaturalKey.of(draft, payload);
        return new PreparedDraft(draft, payload, parsed, key, CopyRows.prefix(tenant, draft, payload, parsed, key));
    }
}
