package io.witness.ledger.hash;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A SHA-256 value: exactly 32 bytes. Used for payload digests, Merkle leaf and node hashes, roots and
 * chain links.
 *
 * <p>Immutable and thread-safe: the bytes are copied in and out.
 */
public final class Hash implements Comparable<Hash> {

    /** The length of a SHA-256 value in bytes. */
    public static final int SIZE = 32;

    /** Thirty-two zero bytes: the link before the first entry of a hash chain. */
    public static final Hash ZERO = new Hash(new byte[SIZE]);

    private final byte[] bytes;

    private Hash(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @param bytes not null, exactly 32 bytes; copied
     * @throws IllegalArgumentException if {@code bytes} is not 32 bytes long
     */
    public static Hash of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("A SHA-256 hash has 32 bytes, got " + bytes.length);
        }
        return new Hash(bytes.clone());
    }

    /** Takes ownership of {@code bytes}, which nobody may change afterwards. */
    static Hash wrap(byte[] bytes) {
        return new Hash(bytes);
    }

    /**
     * @param hex 64 hexadecimal digits, either case
     * @throws IllegalArgumentException if {@code hex} is not 64 hexadecimal digits
     */
    public static Hash fromHex(String hex) {
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != 2 * SIZE) {
            throw new IllegalArgumentException("A SHA-256 hash is 64 hexadecimal digits, got " + hex.length() + ": '" + hex + "'");
        }
        try {
            return new Hash(HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("A SHA-256 hash is 64 hexadecimal digits, got '" + hex + "'", e);
        }
    }

    /**
     * @param base64 standard base64 of 32 bytes
     * @throws IllegalArgumentException if it is not base64 or not 32 bytes
     */
    public static Hash fromBase64(String base64) {
        Objects.requireNonNull(base64, "base64");
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not base64: '" + base64 + "'", e);
        }
        return of(bytes);
    }

    /** The bytes themselves, for hashing within this package; never handed out. */
    byte[] raw() {
        return bytes;
    }

    /** A copy of the 32 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Writes the 32 bytes into {@code target} at {@code offset}. */
    public void copyTo(byte[] target, int offset) {
        System.arraycopy(bytes, 0, target, offset, SIZE);
    }

    /** Lower-case hexadecimal, 64 digits. */
    public String toHex() {
        return HexFormat.of().formatHex(bytes);
    }

    /** Standard base64 with padding, 44 characters. */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Hash hash && Arrays.equals(bytes, hash.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public int compareTo(Hash other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    /** The hexadecimal form. */
    @Override
    public String toString() {
        return toHex();
    }
}
