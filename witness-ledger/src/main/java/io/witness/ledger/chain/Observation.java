package io.witness.ledger.chain;

import java.util.Objects;
import io.witness.ledger.hash.Hash;

/**
 * An observation in its tenant's log: the draft as appended, its position, and the hashes the ledger
 * computed for it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tenant whose log
 * @param position its place and leaf index
 * @param draft what was observed
 * @param payloadDigest SHA-256 of the raw bytes
 * @param leafHash the Merkle leaf hash of its {@link LeafEncoding}
 * @param chainHash its link in the hash chain ({@link ChainLink})
 */
public record Observation(TenantId tenant, Position position, ObservationDraft draft, Hash payloadDigest, Hash leafHash, Hash chainHash) {

    public Observation {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(payloadDigest, "payloadDigest");
        Objects.requireNonNull(leafHash, "leafHash");
        Objects.requireNonNull(chainHash, "chainHash");
    }

    /** {@code tenant#position}, how reports name an observation. */
    public String name() {
        return tenant + "#" + position;
    }
}
