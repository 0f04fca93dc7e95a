package io.witness.ledger.store;

import io.witness.ledger.chain.TenantId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The SHA-256 of one row of the derived tickets (docs/ledger.md, "Derived tickets"): over its tenant, first
 * position, source system and instance, side, case and payload, each text length-prefixed, so that no
 * two rows that differ in any of them share a digest. Stateless.
 */
public final class DerivedRowDigest {

    private static final byte[] VERSION = "witness.derived-row.v1\n".getBytes(StandardCharsets.UTF_8);

    private DerivedRowDigest() {
    }

    /** The digest of {@code row} of {@code tenant}'s derived tickets: 32 bytes. */
    public static byte[] of(TenantId tenant, DerivedRow row) {
        MessageDigest sha = sha256();
        sha.update(VERSION);
        text(sha, tenant.value());
        sha.update(ByteBuffer.allocate(Long.BYTES).putLong(row.firstPosition()).array());
        text(sha, row.source().system());
        text(sha, row.source().instance());
        text(sha, row.side().wireName());
        text(sha, row.caseRef());
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(row.payload().length).array());
        return sha.digest(row.payload());
    }

    private static void text(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }
}
