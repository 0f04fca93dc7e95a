package io.witness.ledger.checkpoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

/**
 * The ledger's Ed25519 signing key, kept in a folder (normally {@code <data>/keys}) as two PEM files:
 * {@value #PRIVATE_FILE} (PKCS#8, mode 600) and {@value #PUBLIC_FILE} (SubjectPublicKeyInfo). The folder
 * is made with mode 700. The key is created on first use and never replaced.
 *
 * <p>Immutable and thread-safe.
 */
public final class SigningKey {

    /** The private key's file name. */
    public static final String PRIVATE_FILE = "ledger-ed25519.key";
    /** The public key's file name. */
    public static final String PUBLIC_FILE = "ledger-ed25519.pub";

    private final PrivateKey privateKey;
    private final VerifyingKey publicKey;

    private SigningKey(PrivateKey privateKey, VerifyingKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /**
     * The key in {@code folder}, created there (with owner-only permissions) if there is none.
     *
     * @throws IOException if the folder or files cannot be read or written
     * @throws IllegalStateException if the files are there but do not hold a matching Ed25519 key pair
     */
    public static SigningKey loadOrCreate(Path folder) throws IOException {
        Objects.requireNonNull(folder, "folder");
        Path privateFile = folder.resolve(PRIVATE_FILE);
        if (!Files.exists(privateFile)) {
            create(folder);
        }
        return load(folder);
    }

    /**
     * Only the public key in {@code folder}.
     *
     * @throws java.nio.file.NoSuchFileException if there is none
     */
    public static VerifyingKey loadPublic(Path folder) throws IOException {
        return VerifyingKey.fromPem(Files.readString(folder.resolve(PUBLIC_FILE), StandardCharsets.US_ASCII));
    }

    /** The public half. */
    public VerifyingKey verifyingKey() {
        return publicKey;
    }

    /** Signs {@code checkpoint}, which must name this key. */
    public SignedCheckpoint sign(Checkpoint checkpoint) {
        if (!checkpoint.keyId().equals(publicKey.keyId())) {
            throw new IllegalArgumentException("Checkpoint names key " + checkpoint.keyId() + ", this is " + publicKey.keyId());
        }
        return new SignedCheckpoint(checkpoint, sign(new byte[0], checkpoint.signedBytes()));
    }

    /**
     * Signs a statement about the derived tickets (docs/ledger.md, "Derived tickets"), prefixed with a
     * domain of its own so that it can never pass for a checkpoint signature; checked by
     * {@link VerifyingKey#verifiesDerivedTickets}.
     */
    public byte[] signDerivedTickets(byte[] statement) {
        Objects.requireNonNull(statement, "statement");
        return sign(VerifyingKey.DERIVED_TICKETS_DOMAIN, statement);
    }

    private byte[] sign(byte[] domain, byte[] message) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(domain);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot sign with Ed25519", e);
        }
    }

    private static void create(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot make Ed25519 keys", e);
        }
        String privatePem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        // The public file first: a crash between the two leaves no private key without its public half.
        writeOwnerOnly(folder, PUBLIC_FILE, new VerifyingKey(pair.getPublic()).pem());
        writeOwnerOnly(folder, PRIVATE_FILE, privatePem);
    }

    private static void writeOwnerOnly(Path folder, String name, String text) throws IOException {
        Path temp = Files.createTempFile(folder, name, ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temp, text, StandardCharsets.US_ASCII);
        try {
            Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.delete(temp);
            throw e;
        }
    }

    private static SigningKey load(Path folder) throws IOException {
        String privatePem = Files.readString(folder.resolve(PRIVATE_FILE), StandardCharsets.US_ASCII).strip();
        VerifyingKey publicKey = loadPublic(folder);
        try {
            String body = privatePem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "");
            PrivateKey privateKey = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(body)));
            SigningKey key = new SigningKey(privateKey, publicKey);
            checkPair(key);
            return key;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The signing key in " + folder.resolve(PRIVATE_FILE) + " is not an Ed25519 private key: "
                    + e.getMessage(), e);
        }
    }

    private static void checkPair(SigningKey key) {
        Checkpoint probe = new Checkpoint(io.witness.ledger.chain.TenantId.of("probe"), 0,
                io.witness.ledger.hash.Rfc9162.EMPTY_ROOT, java.time.Instant.EPOCH, key.publicKey.keyId());
        if (!key.publicKey.verifies(key.sign(probe))) {
            throw new IllegalStateException("The key files " + PRIVATE_FILE + " and " + PUBLIC_FILE + " are not one key pair");
        }
    }

}
