package io.witness.ledger.store;

import io.witness.ledger.chain.TenantId;
import io.witness.core.event.Side;
import io.witness.ledger.chain.SourceRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
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
    /** What is digested before the payload, gathered row by row. */
    private byte[] buffer = new byte[256];
    private int head;
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
        // Everything before the payload gathered into one buffer and given to the digest at once (the same bytes as
        // given field by field, without a dozen small updates a row).
        head = 0;
        put(VERSION);
        text(tenant);
        number(row.firstPosition(), Long.BYTES);
        if (row.source() != lastSource) {
            // Rows read share their source's object; its texts are encoded again only when it changes.
            lastSource = row.source();
            lastSystem = lastSource.system().getBytes(StandardCharsets.UTF_8);
            lastInstance = lastSource.instance().getBytes(StandardCharsets.UTF_8);
        }
        text(lastSystem);
        text(lastInstance);
        text(SIDES[row.side().ordinal()]);
        caseRef(row.caseRef());
        number(row.payload().length, Integer.BYTES);
        sha.update(buffer, 0, head);
        sha.update(row.payload());
        return sha.digest();
    }

    /** The case's UTF-8 bytes, length first: written in place when ASCII, as case references are. */
    private void caseRef(String caseRef) {
        int length = caseRef.length();
        room(Integer.BYTES + length);
        int at = head + Integer.BYTES;
        for (int i = 0; i < length; i++) {
            char c = caseRef.charAt(i);
            if (c >= 0x80) {
                text(caseRef.getBytes(StandardCharsets.UTF_8));
                return;
            }
            buffer[at + i] = (byte) c;
        }
        number(length, Integer.BYTES);
        head += length;
    }

    private void text(byte[] bytes) {
        number(bytes.length, Integer.BYTES);
        put(bytes);
    }

    private void put(byte[] bytes) {
        room(bytes.length);
        System.arraycopy(bytes, 0, buffer, head, bytes.length);
        head += bytes.length;
    }

    /** {@code value}'s last {@code size} bytes, big-endian. */
    private void number(long value, int size) {
        room(size);
        for (int i = 0; i < size; i++) {
            buffer[head + i] = (byte) (value >>> (8 * (size - 1 - i)));
        }
        head += size;
    }

    private void room(int more) {
        if (buffer.length < head + more) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, head + more));
        }
    }
}
