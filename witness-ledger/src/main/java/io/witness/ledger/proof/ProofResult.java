package io.witness.ledger.proof;

import java.util.HexFormat;
import java.util.Objects;

/**
 * The outcome of checking a Merkle proof: it holds, it is malformed (its numbers or lengths cannot be
 * right, found before any hashing), or it computes to another root than the one expected.
 */
public sealed interface ProofResult {

    /** Whether the proof holds. */
    default boolean isVerified() {
        return this instanceof Verified;
    }

    /** A sentence saying why the proof failed, or {@code "verified"}. */
    String describe();

    /** The proof holds. */
    record Verified() implements ProofResult {
        @Override
        public String describe() {
            return "verified";
        }
    }

    /**
     * The proof's numbers or lengths are wrong, e.g. "wrong proof size 3, want 4".
     *
     * @param reason the sentence, not null
     */
    record Malformed(String reason) implements ProofResult {
        public Malformed {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String describe() {
            return reason;
        }
    }

    /**
     * The proof is well formed but leads to another root.
     *
     * @param expectedHex the root the proof was checked against, hexadecimal
     * @param calculatedHex the root the proof computes to, hexadecimal
     */
    record RootMismatch(String expectedHex, String calculatedHex) implements ProofResult {
        public RootMismatch {
            Objects.requireNonNull(expectedHex, "expectedHex");
            Objects.requireNonNull(calculatedHex, "calculatedHex");
        }

        static RootMismatch of(byte[] expected, byte[] calculated) {
            return new RootMismatch(HexFormat.of().formatHex(expected), HexFormat.of().formatHex(calculated));
        }

        @Override
        public String describe() {
            return "calculated root " + calculatedHex + " does not match expected root " + expectedHex;
        }
    }
}
