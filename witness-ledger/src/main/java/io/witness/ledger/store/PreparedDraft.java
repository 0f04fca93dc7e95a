package io.witness.ledger.store;

import io.witness.ledger.chain.LeafEncoding;
import io.witness.ledger.chain.NaturalKey;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.hash.Hash;
import io.witness.ledger.hash.Sha256;
import java.nio.charset.StandardCharsets;

/**
 * A draft with everything that does not depend on its place in the log: its natural key, the fields of
 * its leaf data after the position, and the first columns of its COPY row. Computed before the tenant's
 * lock is taken (and while the previous batch is being written), so that under the lock only the leaf
 * hash and chain link remain.
 */
record PreparedDraft(ObservationDraft draft, Hash naturalKey, byte[] leafFields, byte[] copyPrefix) {

    static PreparedDraft of(TenantId tenant, ObservationDraft draft) {
        byte[] parsed = draft.parsedJson().getBytes(StandardCharsets.UTF_8);
        Hash payloadDigest = LeafEncoding.payloadDigest(draft);
        // LeafEncoding.parsedDigest, from the bytes the row needs anyway.
        Hash parsedDigest = Sha256.of(parsed);
        Hash key = NaturalKey.of(draft, payloadDigest);
        return new PreparedDraft(draft, key, LeafEncoding.fieldsAfterPosition(draft, payloadDigest, parsedDigest),
                CopyRows.prefix(tenant, draft, draft.raw(), parsed, payloadDigest, parsedDigest, key));
    }
}
