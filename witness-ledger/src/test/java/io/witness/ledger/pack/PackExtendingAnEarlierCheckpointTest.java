package io.witness.ledger.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.core.event.CaseId;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.Checkpoint;
import io.witness.ledger.checkpoint.SignedCheckpoint;
import io.witness.ledger.checkpoint.SigningKey;
import io.witness.ledger.hash.Hash;
import io.witness.ledger.proof.ConsistencyProof;
import io.witness.ledger.store.Ledger;
import io.witness.ledger.store.LedgerDatabase;
import io.witness.ledger.testing.Drafts;
import io.witness.ledger.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack asked for with an earlier checkpoint (last quarter's) also proves that the log as it is now
 * extends it: RFC 9162 consistency proof from the earlier tree to the pack's, checked offline. #5
 */
class PackExtendingAnEarlierCheckpointTest {

    private static final TenantId TENANT = TenantId.of("acme");
    private static LedgerDatabase database;
    private static SigningKey key;
    private static Ledger ledger;
    private static SignedCheckpoint lastQuarter;
    private static SignedCheckpoint now;

    @BeforeAll
    static void logTwoQuarters(@TempDir Path dir) throws IOException {
        database = TestPostgres.newLedgerDatabase();
        key = SigningKey.loadOrCreate(dir.resolve("keys"));
        ledger = new Ledger(database, key);
        ledger.append(TENANT, Drafts.series(0, 21, 5));
        lastQuarter = ledger.checkpoint(TENANT, Instant.parse("2026-03-31T00:00:00Z"));
        ledger.append(TENANT, Drafts.series(21, 58, 5));
        now = ledger.checkpoint(TENANT, Instant.parse("2026-06-30T00:00:00Z"));
    }

    @AfterAll
    static void close() throws IOException {
        database.close();
    }

    @Test
    void aPackExtendingLastQuartersCheckpointVerifiesOffline(@TempDir Path dir) throws Exception {
        Path pack = dir.resolve("pack.zip");

        PackWriter.write(assembler().extending(lastQuarter).forCase(TENANT, new CaseId("case-2"), now), pack);
        EvidencePack read = PackReader.read(pack);
        PackReport report = PackVerifier.verify(read, Optional.of(key.verifyingKey()), Optional.of(lastQuarter));

        assertThat(report.problems()).isEmpty();
        assertThat(read.extension()).hasValueSatisfying(e -> {
            assertThat(e.earlier().checkpoint()).isEqualTo(lastQuarter.checkpoint());
            assertThat(e.proof().size1()).isEqualTo(21);
            assertThat(e.proof().size2()).isEqualTo(58);
        });
        assertThat(report.summary()).endsWith(" (trusted); that tree extends the earlier checkpoint's tree of 21 observations signed "
                + "2026-03-31T00:00:00.000000Z");
    }

    @Test
    void aCheckpointOfTheSameSizeIsExtendedByAnEmptyProof(@TempDir Path dir) throws Exception {
        Path pack = dir.resolve("same.zip");

        PackWriter.write(assembler().extending(now).forCase(TENANT, new CaseId("case-2"), now), pack);
        EvidencePack read = PackReader.read(pack);

        assertThat(read.extension().orElseThrow().proof().hashes()).isEmpty();
        assertThat(PackVerifier.verify(read, Optional.of(key.verifyingKey()), Optional.of(now)).problems()).isEmpty();
    }

    @Test
    void everyChangedHashOfTheConsistencyProofIsFound() {
        EvidencePack pack = assembler().extending(lastQuarter).forCase(TENANT, new CaseId("case-2"), now);
        List<Hash> hashes = pack.extension().orElseThrow().proof().hashes();

        for (int i = 0; i < hashes.size(); i++) {
            List<Hash> changed = new ArrayList<>(hashes);
            byte[] bytes = changed.get(i).bytes();
            bytes[i % Hash.SIZE] ^= 1;
            changed.set(i, Hash.of(bytes));
            EvidencePack forged = withExtension(pack, new EvidencePack.Extension(lastQuarter, new ConsistencyProof(21, 58, changed)));

            assertThat(PackVerifier.verify(forged, Optional.of(key.verifyingKey())).problems()).as("hash %d", i)
                    .singleElement().asString().startsWith("earlier checkpoint: consistency proof fails: ");
        }
    }

    @Test
    void anEarlierCheckpointWhoseRootTheLogNoLongerGivesIsRefused() {
        Checkpoint old = lastQuarter.checkpoint();
        SignedCheckpoint rewritten = key.sign(new Checkpoint(TENANT, old.treeSize(), now.checkpoint().rootHash(), old.time(), old.keyId()));

        assertThatThrownBy(() -> assembler().extending(rewritten).forCase(TENANT, new CaseId("case-2"), now))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The log of tenant acme does not extend the earlier checkpoint of size 21 signed 2026-03-31T00:00:00.000000Z: "
                        + "its first 21 observations give the root " + lastQuarter.checkpoint().rootHash().toBase64());
    }

    @Test
    void anEarlierCheckpointNotSignedByTheLedgerIsRefused(@TempDir Path dir) throws IOException {
        SigningKey other = SigningKey.loadOrCreate(dir);
        Checkpoint old = lastQuarter.checkpoint();
        SignedCheckpoint foreign = other.sign(new Checkpoint(TENANT, old.treeSize(), old.rootHash(), old.time(), other.verifyingKey().keyId()));

        assertThatThrownBy(() -> assembler().extending(foreign).forCase(TENANT, new CaseId("case-2"), now))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The earlier checkpoint (tenant acme, size 21, key " + other.verifyingKey().keyId()
                        + ") is not signed by this ledger's key " + key.verifyingKey().keyId());
    }

    @Test
    void aLogShorterThanACheckpointItSignedIsRefusedAsNotIntact() {
        assertThatThrownBy(() -> assembler().extending(now).forCase(TENANT, new CaseId("case-2"), lastQuarter))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The log of tenant acme holds 21 observations, fewer than the 58 of the earlier checkpoint signed "
                        + "2026-06-30T00:00:00.000000Z with this ledger's key: observations were removed, or the checkpoint is of "
                        + "another ledger with the same key");
    }

    @Test
    void aPackExtendingAnotherCheckpointThanTheOneHeldFails() {
        EvidencePack pack = assembler().extending(lastQuarter).forCase(TENANT, new CaseId("case-2"), now);

        PackReport report = PackVerifier.verify(pack, Optional.of(key.verifyingKey()), Optional.of(now));

        assertThat(report.problems()).containsExactly("earlier checkpoint: the pack does not extend the one given (size 58, signed "
                + "2026-06-30T00:00:00.000000Z), but the one of size 21 signed 2026-03-31T00:00:00.000000Z");
    }

    @Test
    void aPackWithoutAnEarlierCheckpointFailsWhenOneIsHeld() {
        EvidencePack pack = assembler().forCase(TENANT, new CaseId("case-2"), now);

        assertThat(PackVerifier.verify(pack, Optional.empty(), Optional.of(lastQuarter)).problems())
                .containsExactly("earlier checkpoint: the pack does not extend the one given (size 21, signed 2026-03-31T00:00:00.000000Z); "
                        + "it extends none: ask for one with witness proof --since");
    }

    @Test
    void theEarlierCheckpointIsReadFromAPackOrFromItsTextAndSignatureLine(@TempDir Path dir) throws Exception {
        Path pack = dir.resolve("last-quarter.zip");
        PackWriter.write(assembler().forCase(TENANT, new CaseId("case-1"), lastQuarter), pack);
        Path text = dir.resolve("checkpoint.txt");
        Files.writeString(text, lastQuarter.checkpoint().text() + "signature " + lastQuarter.signatureBase64(), StandardCharsets.UTF_8);

        assertThat(PackReader.readCheckpoint(pack).checkpoint()).isEqualTo(lastQuarter.checkpoint());
        assertThat(PackReader.readCheckpoint(text).checkpoint()).isEqualTo(lastQuarter.checkpoint());
        assertThat(PackReader.readCheckpoint(text).signature()).isEqualTo(lastQuarter.signature());
        Files.writeString(text, lastQuarter.checkpoint().text(), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PackReader.readCheckpoint(text)).isInstanceOf(PackFormatException.class)
                .hasMessage(text + ": expected an evidence pack, or a checkpoint's six lines followed by a line 'signature BASE64'");
    }

    private static PackAssembler assembler() {
        return new PackAssembler(ledger.reader(), key.verifyingKey());
    }

    private static EvidencePack withExtension(EvidencePack pack, EvidencePack.Extension extension) {
        return new EvidencePack(pack.tenant(), pack.subject(), pack.checkpoint(), pack.publicKey(), pack.entries(), Optional.of(extension));
    }
}
