package io.witness.ledger.hash;

import java.security.MessageDigest;
import java.util.Objects;

/**
 * The Merkle tree hashing of RFC 9162, section 2.1.1 (the same as RFC 6962): a leaf is
 * SHA-256(0x00 ‖ data), an interior node is SHA-256(0x01 ‖ left ‖ right), and the empty tree's root is
 * SHA-256 of nothing. The prefixes keep a leaf from ever being read as a node.
 *
 * <p>Thread-safe.
 */
public final class Rfc9162 {

    /** The byte before a leaf's data. */
    public static final byte LEAF_PREFIX = 0x00;
    /** The byte before a node's two children. */
    public static final byte NODE_PREFIX = 0x01;

    /** The root of the tree with no leaves: SHA-256 of the empty string. */
    public static final Hash EMPTY_ROOT = Sha256.of(new byte[0]);

    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Sha256::newDigest);

    private Rfc9162() {
    }

    /** SHA-256(0x00 ‖ data). */
    public static Hash leafHash(byte[] data) {
        Objects.requireNonNull(data, "data");
        MessageDigest digest = DIGEST.get();
        digest.update(LEAF_PREFIX);
        digest.update(data);
        return Sha256.finish(digest);
    }

    /** SHA-256(0x01 ‖ left ‖ right). */
    public static Hash nodeHash(Hash left, Hash right) {
        return Hash.wrap(nodeHash(left.raw(), right.raw()));
    }

    /**
     * SHA-256(0x01 ‖ left ‖ right) over byte strings of any length, for verifying proofs whose parts
     * came from outside and may be malformed.
     */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest digest = DIGEST.get();
        digest.update(NODE_PREFIX);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }
}
