package io.witness.sources.operations;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A record's version when its source gives none: {@code sha256:} and the first 16 hex digits of its raw row's SHA-256. */
final class RowDigest {

    private RowDigest() {
    }

    static String of(byte[] raw) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
