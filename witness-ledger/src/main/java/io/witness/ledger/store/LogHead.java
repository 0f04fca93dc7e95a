package io.witness.ledger.store;

import io.witness.ledger.hash.Hash;
import io.witness.ledger.proof.TreeFrontier;

/**
 * A tenant's log as its head row says: how many observations, the last chain link, and the Merkle
 * frontier from which the root is computed.
 *
 * @param size the number of observations
 * @param chainHash the chain link of the last one, or 32 zero bytes
 * @param frontier the right border of the Merkle tree of {@code size} leaves
 */
record LogHead(long size, Hash chainHash, TreeFrontier frontier) {
}
