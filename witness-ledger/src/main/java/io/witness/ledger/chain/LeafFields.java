package io.witness.ledger.chain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the length-prefixed fields that leaf data and natural keys are made of: each field is its
 * byte length as 4 bytes big-endian, then the bytes (text as UTF-8). An absent value is an empty field.
 */
final class LeafFields {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

    LeafFields text(String value) {
        return bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    LeafFields bytes(byte[] value) {
        int n = value.length;
        out.write(n >>> 24);
        out.write(n >>> 16);
        out.write(n >>> 8);
        out.write(n);
        out.write(value, 0, n);
        return this;
    }

    byte[] toBytes() {
        return out.toByteArray();
    }
}
