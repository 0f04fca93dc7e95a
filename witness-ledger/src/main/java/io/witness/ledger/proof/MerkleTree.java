package io.witness.ledger.proof;

import io.witness.ledger.hash.Hash;
import io.witness.ledger.hash.Rfc9162;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Merkle tree over a list of leaf hashes, kept in memory with every complete subtree's hash, so that
 * roots and proofs for any size up to the whole cost O(log² n) hashes. Built in O(n); holds about
 * 2 n hashes.
 *
 * <p>The algorithms are RFC 9162's: MTH (2.1.1), PATH (2.1.3.1) and SUBPROOF (2.1.4.1).
 *
 * <p>Immutable and thread-safe once built.
 */
public final class MerkleTree {

    // levels.get(j) holds the hashes of the complete subtrees of 2^j leaves, left to right.
    private final List<Hash[]> levels;
    private final int size;

    private MerkleTree(List<Hash[]> levels, int size) {
        this.levels = levels;
        this.size = size;
    }

    /**
     * @param leafHashes the leaves' hashes in log order, not null
     */
    public static MerkleTree of(List<Hash> leafHashes) {
        Objects.requireNonNull(leafHashes, "leafHashes");
        List<Hash[]> levels = new ArrayList<>();
        Hash[] level = leafHashes.toArray(new Hash[0]);
        levels.add(level);
        while (level.length > 1) {
            Hash[] up = new Hash[level.length / 2];
            for (int i = 0; i < up.length; i++) {
                up[i] = Rfc9162.nodeHash(level[2 * i], level[2 * i + 1]);
            }
            levels.add(up);
            level = up;
        }
        return new MerkleTree(levels, leafHashes.size());
    }

    /** The number of leaves. */
    public int size() {
        return size;
    }

    /** The hash of leaf {@code index}. */
    public Hash leaf(int index) {
        Objects.checkIndex(index, size);
        return levels.get(0)[index];
    }

    /** The root of the whole tree. */
    public Hash root() {
        return root(size);
    }

    /**
     * The root of the tree of the first {@code treeSize} leaves.
     *
     * @throws IllegalArgumentException unless 0 &lt;= treeSize &lt;= size()
     */
    public Hash root(long treeSize) {
        checkSize(treeSize);
        return treeSize == 0 ? Rfc9162.EMPTY_ROOT : hash(0, (int) treeSize);
    }

    /**
     * The inclusion proof of leaf {@code index} in the tree of the first {@code treeSize} leaves.
     *
     * @throws IllegalArgumentException unless 0 &lt;= index &lt; treeSize &lt;= size()
     */
    public InclusionProof inclusionProof(long index, long treeSize) {
        checkSize(treeSize);
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("Leaf index " + index + " is outside a tree of " + treeSize + " leaves");
        }
        List<Hash> path = new ArrayList<>();
        path((int) index, 0, (int) treeSize, path);
        return new InclusionProof(index, treeSize, path);
    }

    /**
     * The proof that the tree of {@code size1} leaves is a prefix of the tree of {@code size2}.
     *
     * @throws IllegalArgumentException unless 0 &lt; size1 &lt;= size2 &lt;= size()
     */
    public ConsistencyProof consistencyProof(long size1, long size2) {
        checkSize(size2);
        if (size1 <= 0 || size1 > size2) {
            throw new IllegalArgumentException("A consistency proof needs 0 < size1 <= size2, got " + size1 + " and " + size2);
        }
        List<Hash> proof = new ArrayList<>();
        if (size1 < size2) {
            subproof((int) size1, 0, (int) size2, true, proof);
        }
        return new ConsistencyProof(size1, size2, proof);
    }

    // PATH(m, D[lo:hi]), appended bottom-up.
    private void path(int m, int lo, int hi, List<Hash> out) {
        int n = hi - lo;
        if (n == 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(m, lo, lo + k, out);
            out.add(hash(lo + k, hi));
        } else {
            path(m - k, lo + k, hi, out);
            out.add(hash(lo, lo + k));
        }
    }

    // SUBPROOF(m, D[lo:hi], b), appended bottom-up.
    private void subproof(int m, int lo, int hi, boolean wholeOldTree, List<Hash> out) {
        int n = hi - lo;
        if (m == n) {
            if (!wholeOldTree) {
                out.add(hash(lo, hi));
            }
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, lo, lo + k, wholeOldTree, out);
            out.add(hash(lo + k, hi));
        } else {
            subproof(m - k, lo + k, hi, false, out);
            out.add(hash(lo, lo + k));
        }
    }

    // MTH(D[lo:hi]) for 0 < hi - lo; lo is aligned to the largest power of two not above hi - lo.
    private Hash hash(int lo, int hi) {
        int n = hi - lo;
        if (Integer.bitCount(n) == 1) {
            int level = Integer.numberOfTrailingZeros(n);
            return levels.get(level)[lo >>> level];
        }
        int k = largestPowerOfTwoBelow(n);
        return Rfc9162.nodeHash(hash(lo, lo + k), hash(lo + k, hi));
    }

    /** The largest power of two strictly below {@code n}, for n &gt;= 2. */
    static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private void checkSize(long treeSize) {
        if (treeSize < 0 || treeSize > size) {
            throw new IllegalArgumentException("Tree size " + treeSize + " is outside 0.." + size);
        }
    }
}
