package io.witness.ledger.proof;

import io.witness.ledger.hash.Hash;
import java.util.List;
import java.util.Objects;

/**
 * The audit path of RFC 9162 section 2.1.3: the hashes that, with the leaf at {@code leafIndex}, give
 * the root of the tree of {@code treeSize} leaves. Hashes are ordered from the leaf's level upwards.
 *
 * <p>Immutable and thread-safe.
 *
 * @param leafIndex 0-based, less than {@code treeSize}
 * @param treeSize the number of leaves of the tree
 * @param hashes the path, not null
 */
public record InclusionProof(long leafIndex, long treeSize, List<Hash> hashes) {

    /**
     * @throws IllegalArgumentException unless 0 &lt;= leafIndex &lt; treeSize
     */
    public InclusionProof {
        Objects.requireNonNull(hashes, "hashes");
        hashes = List.copyOf(hashes);
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException("Leaf index " + leafIndex + " is outside a tree of " + treeSize + " leaves");
        }
    }
}
