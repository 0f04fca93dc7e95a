package io.witness.ledger.chain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the length-prefixed fields that leaf data and natural keys are made of: each field is its
 * byte length as 4 bytes big-endian, then the bytes (text as UTF-8). An absent value is an empty field.
 * One writer, one thread (a plain array: this runs for every field of every observation).
 */
final class LeafFields {

    private byte[] out = new byte[256];
    private int count;

    LeafFields text(String value) {
        return bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    LeafFields bytes(byte[] value) {
        int n = value.length;
        ensure(4 + n);
        out[count] = (byte) (n >>> 24);
        out[count + 1] = (byte) (n >>> 16);
        out[count + 2] = (byte) (n >>> 8);
        out[count + 3] = (byte) n;
        System.arraycopy(value, 0, out, count + 4, n);
        count += 4 + n;
        return this;
    }

    /** Appends bytes already length-prefixed (fields written by another {@code LeafFields}). */
    LeafFields fields(byte[] written) {
        ensure(written.length);
        System.arraycopy(written, 0, out, count, written.length);
        count += written.length;
        return this;
    }

    byte[] toBytes() {
        return Arrays.copyOf(out, count);
    }

    private void ensure(int more) {
        if (count + more > out.length) {
            out = Arrays.copyOf(out, Math.max(2 * out.length, count + more));
        }
    }
}
