package io.witness.ledger.store;

import io.witness.ledger.chain.TenantId;
import io.witness.core.event.Side;
import io.witness.ledger.chain.SourceRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jspecify.annotations.Nullable;

/**
 * The SHA-256 of rows of one tenant's derived tickets (docs/ledger.md, "Derived tickets"): over the tenant,
 * the row's first position, source system and instance, side, case and payload, each text and the payload
 * length-prefixed, so that no two rows that differ in any of them share a digest. Keeps its
 * {@link MessageDigest} from row to row: one thread at a time.
 */
public final class DerivedRowDigest {

    private static final byte[] VERSION = "witness.derived-row.v1\n".getBytes(StandardCharsets.UTF_8);

    private final MessageDigest sha;
    private final byte[] tenant;
    private final byte[] number = new byte[Long.BYTES];
    private static final byte[][] SIDES = java.util.Arrays.stream(Side.values()).map(s -> s.wireName().getBytes(StandardCharsets.UTF_8))
            .toArray(byte[][]::new);
    private @Nullable SourceRef lastSource;
    private byte[] lastSystem = new byte[0];
    private byte[] lastInstance = new byte[0];

    /** Digests rows of {@code tenant}. */
    public DerivedRowDigest(TenantId tenant) {
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
        this.tenant = tenant.value().getBytes(StandardCharsets.UTF_8);
    }

    /** The digest of {@code row} of {@code tenant}'s derived tickets: 32 bytes. */
    public static byte[] of(TenantId tenant, DerivedRow row) {
        return new DerivedRowDigest(tenant).of(row);
    }

    /** The digest of {@code row}: 32 bytes. */
    public byte[] of(DerivedRow row) {
        sha.update(VERSION);
        bytes(tenant);
        number(row.firstPosition(), Long.BYTES);
        if (row.source() != lastSource) {
            // Rows read share their source's object; its texts are encoded again only when it changes.
            lastSource = row.source();
            lastSystem = lastSource.system().getBytes(StandardCharsets.UTF_8);
            lastInstance = lastSource.instance().getBytes(StandardCharsets.UTF_8);
        }
        bytes(lastSystem);
        bytes(lastInstance);
        bytes(SIDES[row.side().ordinal()]);
        bytes(row.caseRef().getBytes(StandardCharsets.UTF_8));
        bytes(row.payload());
        return sha.digest();
    }

    private void bytes(byte[] bytes) {
        number(bytes.length, Integer.BYTES);
        sha.update(bytes);
    }

    /** {@code value}'s last {@code size} bytes, big-endian. */
    private void number(long value, int size) {
        for (int i = 0; i < size; i++) {
            number[i] = (byte) (value >>> (8 * (size - 1 - i)));
        }
        sha.update(number, 0, size);
    }
}
