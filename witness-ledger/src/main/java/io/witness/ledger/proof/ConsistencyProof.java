package io.witness.ledger.proof;

import io.witness.ledger.hash.Hash;
import java.util.List;
import java.util.Objects;

/**
 * The consistency proof of RFC 9162 section 2.1.4: the hashes that show the tree of {@code size1}
 * leaves is a prefix of the tree of {@code size2} leaves.
 *
 * <p>Immutable and thread-safe.
 *
 * @param size1 the earlier size, more than 0
 * @param size2 the later size, at least {@code size1}
 * @param hashes the proof, not null
 */
public record ConsistencyProof(long size1, long size2, List<Hash> hashes) {

    /**
     * @throws IllegalArgumentException unless 0 &lt; size1 &lt;= size2
     */
    public ConsistencyProof {
        Objects.requireNonNull(hashes, "hashes");
        hashes = List.copyOf(hashes);
        if (size1 <= 0 || size1 > size2) {
            throw new IllegalArgumentException("A consistency proof needs 0 < size1 <= size2, got " + size1 + " and " + size2);
        }
    }
}
