package io.witness.ledger.store;

import java.util.Arrays;

/**
 * A multiset digest of the derived tickets' rows: the sum of their SHA-256s as 256-bit unsigned numbers,
 * modulo 2^256 (docs/ledger.md, "Derived tickets"). Unlike an XOR, a row counted twice does not cancel
 * out. Rows can be added and taken away in any order. Mutable; one thread at a time.
 */
public final class DigestSum {

    /** Bytes in a sum and in each digest added to it. */
    public static final int BYTES = 32;

    private final byte[] sum;

    /** The sum of no rows: zero. */
    public DigestSum() {
        this.sum = new byte[BYTES];
    }

    /**
     * A sum as stored ({@link #bytes()}).
     *
     * @throws IllegalArgumentException if it is not {@value #BYTES} bytes
     */
    public static DigestSum of(byte[] stored) {
        DigestSum made = new DigestSum();
        System.arraycopy(checked(stored), 0, made.sum, 0, BYTES);
        return made;
    }

    /** Adds a digest of {@value #BYTES} bytes. */
    public DigestSum add(byte[] digest) {
        checked(digest);
        int carry = 0;
        for (int i = BYTES - 1; i >= 0; i--) {
            int s = (sum[i] & 0xff) + (digest[i] & 0xff) + carry;
            sum[i] = (byte) s;
            carry = s >>> 8;
        }
        return this;
    }

    /** Takes away a digest of {@value #BYTES} bytes that was added before. */
    public DigestSum subtract(byte[] digest) {
        checked(digest);
        int borrow = 0;
        for (int i = BYTES - 1; i >= 0; i--) {
            int d = (sum[i] & 0xff) - (digest[i] & 0xff) - borrow;
            sum[i] = (byte) d;
            borrow = d < 0 ? 1 : 0;
        }
        return this;
    }

    /** Adds another sum. */
    public DigestSum add(DigestSum other) {
        return add(other.sum);
    }

    /** The sum, big-endian, {@value #BYTES} bytes (a copy). */
    public byte[] bytes() {
        return sum.clone();
    }

    /** Whether this sum is {@code stored}. */
    public boolean is(byte[] stored) {
        return Arrays.equals(sum, stored);
    }

    private static byte[] checked(byte[] digest) {
        if (digest.length != BYTES) {
            throw new IllegalArgumentException("A row digest is " + BYTES + " bytes, got " + digest.length);
        }
        return digest;
    }
}
