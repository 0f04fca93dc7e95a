package io.witness.ledger.proof;

import io.witness.ledger.hash.Hash;
import io.witness.ledger.hash.Rfc9162;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Checks inclusion and consistency proofs as RFC 9162 sections 2.1.3.2 and 2.1.4.2 describe; a port of
 * the verifier of transparency-dev/merkle ({@code proof/verify.go}). Preconditions on the numbers are
 * checked first, then the hashes are chained, then the result is compared.
 *
 * <p>The byte-array forms accept parts of any length, as they arrive from outside; the typed forms take
 * {@link Hash}es. Thread-safe.
 */
public final class ProofVerifier {

    private static final ProofResult VERIFIED = new ProofResult.Verified();

    private ProofVerifier() {
    }

    /** {@link #verifyInclusion(long, long, byte[], List, byte[])} for typed values. */
    public static ProofResult verifyInclusion(InclusionProof proof, Hash leafHash, Hash root) {
        return verifyInclusion(proof.leafIndex(), proof.treeSize(), leafHash.bytes(), raw(proof.hashes()), root.bytes());
    }

    /**
     * Whether {@code leafHash} is the leaf at {@code index} of the tree of {@code size} leaves whose root
     * is {@code root}. Requires 0 &lt;= index &lt; size.
     */
    public static ProofResult verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        Objects.requireNonNull(leafHash, "leafHash");
        Objects.requireNonNull(proof, "proof");
        Objects.requireNonNull(root, "root");
        if (index < 0 || size < 0) {
            return new ProofResult.Malformed("index and size must not be negative, got " + index + " and " + size);
        }
        if (index >= size) {
            return new ProofResult.Malformed("index is beyond size: " + index + " >= " + size);
        }
        if (leafHash.length != Hash.SIZE) {
            return new ProofResult.Malformed("leaf hash has unexpected size " + leafHash.length + ", want " + Hash.SIZE);
        }
        int inner = innerProofSize(index, size);
        int border = Long.bitCount(index >>> inner);
        if (proof.size() != inner + border) {
            return new ProofResult.Malformed("wrong proof size " + proof.size() + ", want " + (inner + border));
        }
        byte[] calculated = chainInner(leafHash, proof.subList(0, inner), index);
        calculated = chainBorderRight(calculated, proof.subList(inner, proof.size()));
        return match(calculated, root);
    }

    /** {@link #verifyConsistency(long, long, List, byte[], byte[])} for typed values. */
    public static ProofResult verifyConsistency(ConsistencyProof proof, Hash root1, Hash root2) {
        return verifyConsistency(proof.size1(), proof.size2(), raw(proof.hashes()), root1.bytes(), root2.bytes());
    }

    /**
     * Whether the tree of {@code size1} leaves with root {@code root1} is a prefix of the tree of
     * {@code size2} leaves with root {@code root2}. Requires 0 &lt; size1 &lt;= size2: a proof from the
     * empty tree proves nothing and is refused.
     */
    public static ProofResult verifyConsistency(long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2) {
        Objects.requireNonNull(proof, "proof");
        Objects.requireNonNull(root1, "root1");
        Objects.requireNonNull(root2, "root2");
        if (size1 < 0 || size2 < 0) {
            return new ProofResult.Malformed("sizes must not be negative, got " + size1 + " and " + size2);
        }
        if (size2 < size1) {
            return new ProofResult.Malformed("size2 (" + size2 + ") < size1 (" + size1 + ")");
        }
        if (size1 == 0) {
            return new ProofResult.Malformed("consistency proof from an empty tree is meaningless");
        }
        if (size1 == size2) {
            if (!proof.isEmpty()) {
                return new ProofResult.Malformed("size1 = size2 = " + size1 + ", but the proof is not empty");
            }
            return match(root1, root2);
        }
        if (proof.isEmpty()) {
            return new ProofResult.Malformed("empty proof");
        }
        int inner = innerProofSize(size1 - 1, size2);
        int border = Long.bitCount((size1 - 1) >>> inner);
        int shift = Long.numberOfTrailingZeros(size1);
        inner -= shift; // shift < inner when size1 < size2
        // The proof starts with the root of the subtree of size 2^shift, unless size1 is that subtree.
        byte[] seed = proof.get(0);
        int start = 1;
        if (size1 == 1L << shift) {
            seed = root1;
            start = 0;
        }
        if (proof.size() != start + inner + border) {
            return new ProofResult.Malformed("wrong proof size " + proof.size() + ", want " + (start + inner + border));
        }
        List<byte[]> rest = proof.subList(start, proof.size());
        long mask = (size1 - 1) >>> shift;
        byte[] hash1 = chainInnerRight(seed, rest.subList(0, inner), mask);
        hash1 = chainBorderRight(hash1, rest.subList(inner, rest.size()));
        ProofResult first = match(hash1, root1);
        if (!first.isVerified()) {
            return first;
        }
        byte[] hash2 = chainInner(seed, rest.subList(0, inner), mask);
        hash2 = chainBorderRight(hash2, rest.subList(inner, rest.size()));
        return match(hash2, root2);
    }

    /** The length of the part of the path to {@code index} below where it meets the path to {@code size - 1}. */
    static int innerProofSize(long index, long size) {
        return 64 - Long.numberOfLeadingZeros(index ^ (size - 1));
    }

    private static byte[] chainInner(byte[] seed, List<byte[]> proof, long index) {
        byte[] hash = seed;
        for (int i = 0; i < proof.size(); i++) {
            hash = ((index >>> i) & 1) == 0 ? Rfc9162.nodeHash(hash, proof.get(i)) : Rfc9162.nodeHash(proof.get(i), hash);
        }
        return hash;
    }

    // Like chainInner, but only with the hashes left of the path: the hash of the subtree as it was earlier.
    private static byte[] chainInnerRight(byte[] seed, List<byte[]> proof, long index) {
        byte[] hash = seed;
        for (int i = 0; i < proof.size(); i++) {
            if (((index >>> i) & 1) == 1) {
                hash = Rfc9162.nodeHash(proof.get(i), hash);
            }
        }
        return hash;
    }

    private static byte[] chainBorderRight(byte[] seed, List<byte[]> proof) {
        byte[] hash = seed;
        for (byte[] left : proof) {
            hash = Rfc9162.nodeHash(left, hash);
        }
        return hash;
    }

    private static ProofResult match(byte[] calculated, byte[] expected) {
        return Arrays.equals(calculated, expected) ? VERIFIED : ProofResult.RootMismatch.of(expected, calculated);
    }

    private static List<byte[]> raw(List<Hash> hashes) {
        return hashes.stream().map(Hash::bytes).toList();
    }
}
