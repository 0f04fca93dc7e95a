package io.witness.ledger.proof;

import io.witness.ledger.hash.Hash;
import io.witness.ledger.hash.Rfc9162;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The right border of a growing Merkle tree: one hash for each complete subtree that the tree of
 * {@code size} leaves splits into (one for each 1-bit of {@code size}, largest first). It is all a log
 * needs to append a leaf and to compute its root, without reading the earlier leaves.
 *
 * <p>Mutable and not thread-safe; {@link #bytes()} and {@link #restore} store it.
 */
public final class TreeFrontier {

    private final List<Hash> subtrees;
    private long size;

    private TreeFrontier(List<Hash> subtrees, long size) {
        this.subtrees = subtrees;
        this.size = size;
    }

    /** The frontier of the empty tree. */
    public static TreeFrontier empty() {
        return new TreeFrontier(new ArrayList<>(), 0);
    }

    /**
     * The frontier stored by {@link #bytes()} for a tree of {@code size} leaves.
     *
     * @throws IllegalArgumentException if the bytes do not hold one hash per 1-bit of {@code size}
     */
    public static TreeFrontier restore(long size, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        int want = Long.bitCount(size) * Hash.SIZE;
        if (size < 0 || bytes.length != want) {
            throw new IllegalArgumentException("A frontier of a tree of " + size + " leaves has " + want + " bytes, got " + bytes.length);
        }
        List<Hash> subtrees = new ArrayList<>();
        for (int offset = 0; offset < bytes.length; offset += Hash.SIZE) {
            subtrees.add(Hash.of(java.util.Arrays.copyOfRange(bytes, offset, offset + Hash.SIZE)));
        }
        return new TreeFrontier(subtrees, size);
    }

    /** The number of leaves appended so far. */
    public long size() {
        return size;
    }

    /** Appends a leaf's hash: O(1) amortised. */
    public void append(Hash leafHash) {
        Objects.requireNonNull(leafHash, "leafHash");
        Hash carry = leafHash;
        // Each trailing 1-bit of size is a complete subtree of the same height as carry: merge them.
        for (long s = size; (s & 1) == 1; s >>>= 1) {
            carry = Rfc9162.nodeHash(subtrees.remove(subtrees.size() - 1), carry);
        }
        subtrees.add(carry);
        size++;
    }

    /** The root of the tree of {@link #size()} leaves (RFC 9162 MTH). */
    public Hash root() {
        if (subtrees.isEmpty()) {
            return Rfc9162.EMPTY_ROOT;
        }
        Hash root = subtrees.get(subtrees.size() - 1);
        for (int i = subtrees.size() - 2; i >= 0; i--) {
            root = Rfc9162.nodeHash(subtrees.get(i), root);
        }
        return root;
    }

    /** The subtree hashes concatenated, largest subtree first; 32 bytes per 1-bit of the size. */
    public byte[] bytes() {
        byte[] out = new byte[subtrees.size() * Hash.SIZE];
        for (int i = 0; i < subtrees.size(); i++) {
            subtrees.get(i).copyTo(out, i * Hash.SIZE);
        }
        return out;
    }

    /** An independent copy. */
    public TreeFrontier copy() {
        return new TreeFrontier(new ArrayList<>(subtrees), size);
    }
}
