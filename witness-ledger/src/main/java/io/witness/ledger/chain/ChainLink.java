package io.witness.ledger.chain;

import io.witness.ledger.hash.Hash;
import io.witness.ledger.hash.Sha256;

/**
 * The hash chain through a tenant's log: each observation's link is SHA-256(previous link ‖ its leaf
 * hash), and the link before position 0 is 32 zero bytes. A gap, a reordering or a changed leaf breaks
 * every link after it.
 */
public final class ChainLink {

    private ChainLink() {
    }

    /** The link before the first observation. */
    public static Hash genesis() {
        return Hash.ZERO;
    }

    /** SHA-256(previous ‖ leafHash). */
    public static Hash next(Hash previous, Hash leafHash) {
        return Sha256.ofParts(previous.bytes(), leafHash.bytes());
    }
}
