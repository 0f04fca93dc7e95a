package io.witness.ledger.chain;

import io.witness.ledger.hash.Hash;
import io.witness.ledger.hash.Sha256;

/**
 * What makes two observations the same evidence, so that importing it again adds nothing: the same
 * source (system and instance), side, kind, source id, source version and raw bytes. A new version of
 * an object, or the same version with other bytes (history rewritten at the source), is new evidence.
 * Stored as SHA-256 of those length-prefixed fields, behind tag {@code witness.natural-key.v1}; unique
 * per tenant.
 */
public final class NaturalKey {

    private NaturalKey() {
    }

    /** The key of {@code draft} whose raw bytes have digest {@code payloadDigest}. */
    public static Hash of(ObservationDraft draft, Hash payloadDigest) {
        return Sha256.of(new LeafFields()
                .text("witness.natural-key.v1")
                .text(draft.source().system())
                .text(draft.source().instance())
                .text(draft.side().wireName())
                .text(draft.kind())
                .text(draft.sourceId())
                .text(draft.sourceVersion())
                .bytes(payloadDigest.bytes())
                .toBytes());
    }
}
