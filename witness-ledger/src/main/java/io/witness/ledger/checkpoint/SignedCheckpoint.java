package io.witness.ledger.checkpoint;

import java.util.Base64;
import java.util.Objects;

/**
 * A checkpoint with the Ed25519 signature of its text form.
 *
 * <p>Immutable and thread-safe: the signature is copied in and out.
 *
 * @param checkpoint what was signed
 * @param signature 64 bytes of Ed25519 signature over {@link Checkpoint#signedBytes()}
 */
public record SignedCheckpoint(Checkpoint checkpoint, byte[] signature) {

    public SignedCheckpoint {
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(signature, "signature");
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The signature in standard base64. */
    public String signatureBase64() {
        return Base64.getEncoder().encodeToString(signature);
    }
}
