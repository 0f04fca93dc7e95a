package io.witness.ledger.checkpoint;

import io.witness.ledger.hash.Sha256;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The public half of the ledger's Ed25519 key: checks checkpoint signatures. Written and read as PEM
 * ({@code -----BEGIN PUBLIC KEY-----}, the X.509 SubjectPublicKeyInfo DER in base64), the form OpenSSL
 * reads. Its id is the first 8 bytes of SHA-256 of that DER, in hexadecimal.
 *
 * <p>Immutable and thread-safe.
 */
public final class VerifyingKey {

    private static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String END = "-----END PUBLIC KEY-----";

    private final PublicKey key;
    private final String keyId;

    VerifyingKey(PublicKey key) {
        this.key = key;
        this.keyId = HexFormat.of().formatHex(Sha256.of(key.getEncoded()).bytes(), 0, 8);
    }

    /**
     * Reads a PEM public key.
     *
     * @throws IllegalArgumentException if it is not a PEM Ed25519 public key
     */
    public static VerifyingKey fromPem(String pem) {
        Objects.requireNonNull(pem, "pem");
        String body = pem.strip();
        if (!body.startsWith(BEGIN) || !body.endsWith(END)) {
            throw new IllegalArgumentException("A public key starts with " + BEGIN + " and ends with " + END);
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(body.substring(BEGIN.length(), body.length() - END.length()));
            return new VerifyingKey(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    /** The PEM text, ending in a line feed. */
    public String pem() {
        return BEGIN + "\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded()) + "\n" + END + "\n";
    }

    /** 16 lower-case hexadecimal digits naming this key. */
    public String keyId() {
        return keyId;
    }

    /** Whether {@code signed} carries this key's id and a valid signature of its text form by this key. */
    public boolean verifies(SignedCheckpoint signed) {
        Objects.requireNonNull(signed, "signed");
        return signed.checkpoint().keyId().equals(keyId) && verifies(new byte[0], signed.checkpoint().signedBytes(), signed.signature());
    }

    /**
     * Prefixed to what {@link SigningKey#signDerivedTickets} signs, so that such a signature can never pass for
     * a checkpoint's (whose text starts with its own header) nor a checkpoint's for one of these.
     */
    static final byte[] DERIVED_TICKETS_DOMAIN = "witness derived-tickets seal v1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /**
     * Whether {@code signature} is this key's signature of {@code statement} made by
     * {@link SigningKey#signDerivedTickets}; false for a malformed signature.
     */
    public boolean verifiesDerivedTickets(byte[] statement, byte[] signature) {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(signature, "signature");
        return verifies(DERIVED_TICKETS_DOMAIN, statement, signature);
    }

    private boolean verifies(byte[] domain, byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(domain);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (java.security.SignatureException e) {
            return false; // a malformed signature is a bad signature
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot verify Ed25519", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerifyingKey k && k.keyId.equals(keyId) && java.util.Arrays.equals(k.key.getEncoded(), key.getEncoded());
    }

    @Override
    public int hashCode() {
        return keyId.hashCode();
    }

    @Override
    public String toString() {
        return "Ed25519 key " + keyId;
    }
}
