package io.witness.ledger.checkpoint;

import io.witness.ledger.chain.LedgerTime;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.hash.Hash;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * A tree head: the size and Merkle root of a tenant's log at a time, and the id of the key that signs
 * it. What is signed is its text form ({@link #text()}), six lines each ending in a line feed:
 *
 * <pre>
 * witness.checkpoint.v1
 * tenant acme
 * size 1234
 * root 3q2+7w…base64…=
 * time 2026-03-06T16:00:00.000000Z
 * key 0123456789abcdef
 * </pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param tenant whose log
 * @param treeSize how many observations the tree holds
 * @param rootHash the RFC 9162 root of those observations' leaves
 * @param time when the checkpoint was made, to the microsecond
 * @param keyId the signing key's id ({@link VerifyingKey#keyId()})
 */
public record Checkpoint(TenantId tenant, long treeSize, Hash rootHash, Instant time, String keyId) {

    /** The first line of the text form. */
    public static final String HEADER = "witness.checkpoint.v1";

    /**
     * @throws IllegalArgumentException if the size is negative or the key id is not 16 lower-case hex digits
     */
    public Checkpoint {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(rootHash, "rootHash");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(keyId, "keyId");
        if (treeSize < 0) {
            throw new IllegalArgumentException("A checkpoint's size is 0 or more, got " + treeSize);
        }
        if (!keyId.matches("[0-9a-f]{16}")) {
            throw new IllegalArgumentException("A key id is 16 lower-case hexadecimal digits, got '" + keyId + "'");
        }
        time = LedgerTime.normalise(time);
    }

    /** The text form, which is what gets signed. */
    public String text() {
        return HEADER + "\n"
                + "tenant " + tenant.value() + "\n"
                + "size " + treeSize + "\n"
                + "root " + rootHash.toBase64() + "\n"
                + "time " + LedgerTime.format(time) + "\n"
                + "key " + keyId + "\n";
    }

    /** The UTF-8 bytes of the text form. */
    public byte[] signedBytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads the text form.
     *
     * @throws IllegalArgumentException naming the line that is not as {@link #text()} writes it
     */
    public static Checkpoint parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] lines = text.split("\n", -1);
        if (lines.length != 7 || !lines[6].isEmpty()) {
            throw new IllegalArgumentException("A checkpoint is 6 lines each ending in a line feed, got " + (lines.length - 1));
        }
        if (!lines[0].equals(HEADER)) {
            throw new IllegalArgumentException("Checkpoint line 1: expected '" + HEADER + "', got '" + lines[0] + "'");
        }
        try {
            Checkpoint parsed = new Checkpoint(
                    TenantId.of(value(lines, 1, "tenant")),
                    Long.parseLong(value(lines, 2, "size")),
                    Hash.fromBase64(value(lines, 3, "root")),
                    LedgerTime.parse(value(lines, 4, "time")),
                    value(lines, 5, "key"));
            if (!parsed.text().equals(text)) {
                throw new IllegalArgumentException("Checkpoint is not in its canonical form");
            }
            return parsed;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Checkpoint: " + e.getMessage(), e);
        }
    }

    private static String value(String[] lines, int index, String name) {
        String prefix = name + " ";
        if (!lines[index].startsWith(prefix)) {
            throw new IllegalArgumentException("line " + (index + 1) + ": expected '" + prefix + "…', got '" + lines[index] + "'");
        }
        return lines[index].substring(prefix.length());
    }
}
