package io.witness.ledger.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * SHA-256 of byte strings. Every JDK has SHA-256, so its absence is a broken runtime, not a case to handle.
 *
 * <p>Thread-safe: each thread uses its own digest.
 */
public final class Sha256 {

    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Sha256::newDigest);

    private Sha256() {
    }

    /** SHA-256 of {@code data}. */
    public static Hash of(byte[] data) {
        Objects.requireNonNull(data, "data");
        MessageDigest digest = DIGEST.get();
        return Hash.wrap(digest.digest(data));
    }

    /** SHA-256 of the concatenation of {@code parts}. */
    public static Hash ofParts(byte[]... parts) {
        MessageDigest digest = DIGEST.get();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return Hash.wrap(digest.digest());
    }

    /** A fresh digest, for callers that feed it in pieces. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256", e);
        }
    }

    /** Finishes {@code digest} (which is reset) as a hash. */
    public static Hash finish(MessageDigest digest) {
        return Hash.wrap(digest.digest());
    }
}
