package io.witness.ledger.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.ledger.chain.TenantId;
import io.witness.ledger.hash.Rfc9162;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

    @Test
    void isCreatedOnFirstUseWithOwnerOnlyPermissionsAndKeptAfterwards(@TempDir Path dir) throws Exception {
        Path keys = dir.resolve("keys");

        SigningKey created = SigningKey.loadOrCreate(keys);
        SigningKey loaded = SigningKey.loadOrCreate(keys);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(SigningKey.PRIVATE_FILE)))).isEqualTo("rw-------");
        assertThat(loaded.verifyingKey()).isEqualTo(created.verifyingKey());
        assertThat(SigningKey.loadPublic(keys)).isEqualTo(created.verifyingKey());
        assertThat(created.verifyingKey().keyId()).matches("[0-9a-f]{16}");
    }

    @Test
    void aSignatureHoldsForItsCheckpointOnly(@TempDir Path dir) throws Exception {
        SigningKey key = SigningKey.loadOrCreate(dir);
        Checkpoint checkpoint = new Checkpoint(TenantId.of("acme"), 3, Rfc9162.EMPTY_ROOT, Instant.EPOCH, key.verifyingKey().keyId());

        SignedCheckpoint signed = key.sign(checkpoint);
        SignedCheckpoint moved = new SignedCheckpoint(new Checkpoint(TenantId.of("acme"), 4, Rfc9162.EMPTY_ROOT, Instant.EPOCH,
                key.verifyingKey().keyId()), signed.signature());

        assertThat(signed.signature()).hasSize(64);
        assertThat(key.verifyingKey().verifies(signed)).isTrue();
        assertThat(key.verifyingKey().verifies(moved)).isFalse();
    }

    @Test
    void anotherKeyDoesNotVerifyAndCannotSignForThisOne(@TempDir Path dir) throws Exception {
        SigningKey one = SigningKey.loadOrCreate(dir.resolve("one"));
        SigningKey two = SigningKey.loadOrCreate(dir.resolve("two"));
        Checkpoint checkpoint = new Checkpoint(TenantId.of("acme"), 3, Rfc9162.EMPTY_ROOT, Instant.EPOCH, one.verifyingKey().keyId());

        assertThat(two.verifyingKey().verifies(one.sign(checkpoint))).isFalse();
        assertThatThrownBy(() -> two.sign(checkpoint))
                .hasMessage("Checkpoint names key " + one.verifyingKey().keyId() + ", this is " + two.verifyingKey().keyId());
    }

    @Test
    void thePublicKeyReadsBackFromItsPem(@TempDir Path dir) throws Exception {
        VerifyingKey key = SigningKey.loadOrCreate(dir).verifyingKey();

        assertThat(VerifyingKey.fromPem(key.pem())).isEqualTo(key);
        assertThatThrownBy(() -> VerifyingKey.fromPem("hello"))
                .hasMessage("A public key starts with -----BEGIN PUBLIC KEY----- and ends with -----END PUBLIC KEY-----");
    }
}
