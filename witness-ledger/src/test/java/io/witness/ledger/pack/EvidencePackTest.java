package io.witness.ledger.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.core.event.CaseId;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.SignedCheckpoint;
import io.witness.ledger.checkpoint.SigningKey;
import io.witness.ledger.store.Ledger;
import io.witness.ledger.store.LedgerDatabase;
import io.witness.ledger.testing.Drafts;
import io.witness.ledger.testing.TestPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidencePackTest {

    private static final TenantId TENANT = TenantId.of("acme");
    private static LedgerDatabase database;
    private static SigningKey key;
    private static Path pack;

    @BeforeAll
    static void writePack(@TempDir Path dir) throws IOException {
        database = TestPostgres.newLedgerDatabase();
        key = SigningKey.loadOrCreate(dir.resolve("keys"));
        Ledger ledger = new Ledger(database, key);
        ledger.append(TENANT, Drafts.series(0, 37, 5));
        SignedCheckpoint checkpoint = ledger.checkpoint(TENANT, Instant.parse("2026-03-07T00:00:00Z"));
        ledger.append(TENANT, Drafts.series(37, 45, 5)); // not covered by the checkpoint
        pack = dir.resolve("case-2.zip");
        PackWriter.write(new PackAssembler(ledger.reader(), key.verifyingKey()).forCase(TENANT, new CaseId("case-2"), checkpoint), pack);
    }

    @AfterAll
    static void close() throws IOException {
        database.close();
    }

    @Test
    void aPackVerifiesOfflineWithTheTrustedKey() throws Exception {
        EvidencePack read = PackReader.read(pack);

        PackReport report = PackVerifier.verify(read, Optional.of(key.verifyingKey()));

        assertThat(read.entries()).extracting(e -> e.observation().position().value()).containsExactly(2L, 7L, 12L, 17L, 22L, 27L, 32L);
        assertThat(report.problems()).isEmpty();
        assertThat(report.summary()).isEqualTo("verified 7 observations of tenant acme, case case-2, in the tree of 37 observations "
                + "signed 2026-03-07T00:00:00.000000Z by key " + key.verifyingKey().keyId() + " (trusted)");
    }

    @Test
    void aPackOfAPeriodHoldsWhatWasReceivedInIt(@TempDir Path dir) throws Exception {
        Ledger ledger = new Ledger(database, key);
        SignedCheckpoint checkpoint = ledger.reader().latestCheckpoint(TENANT).orElseThrow();
        Path period = dir.resolve("period.zip");

        PackWriter.write(new PackAssembler(ledger.reader(), key.verifyingKey())
                .forPeriod(TENANT, Drafts.RECEIVED.plusSeconds(2), Drafts.RECEIVED.plusSeconds(5), checkpoint), period);

        EvidencePack read = PackReader.read(period);
        assertThat(read.entries()).extracting(e -> e.observation().position().value()).containsExactly(2L, 3L, 4L);
        assertThat(PackVerifier.verify(read, Optional.of(key.verifyingKey())).isVerified()).isTrue();
    }

    @Test
    void aChangedRawByteIsFound(@TempDir Path dir) throws Exception {
        Path changed = rewrite(pack, dir, "observations/7.raw", bytes -> {
            bytes[0] ^= 1;
            return bytes;
        });

        PackReport report = PackVerifier.verify(PackReader.read(changed), Optional.of(key.verifyingKey()));

        assertThat(report.problems()).hasSize(3);
        assertThat(report.problems().get(0)).startsWith("observation 7: digest mismatch: the pack says ");
        assertThat(report.problems().get(1)).startsWith("observation 7: leaf hash mismatch: the pack says ");
        assertThat(report.problems().get(2)).startsWith("observation 7: inclusion proof fails: calculated root ");
    }

    @Test
    void aChangedParsedFormBreaksTheLeaf(@TempDir Path dir) throws Exception {
        Path changed = rewrite(pack, dir, "observations/12.json", bytes -> new String(bytes).replace("in progress", "resolved").getBytes());

        assertThat(PackVerifier.verify(PackReader.read(changed), Optional.empty()).problems())
                .extracting(p -> p.substring(0, p.indexOf(':', 16))).containsExactly("observation 12: leaf hash mismatch",
                        "observation 12: inclusion proof fails");
    }

    @Test
    void aChangedCheckpointFailsItsSignature(@TempDir Path dir) throws Exception {
        Path changed = rewrite(pack, dir, "checkpoint.txt", bytes -> new String(bytes).replace("size 37", "size 38").getBytes());

        PackReport report = PackVerifier.verify(PackReader.read(changed), Optional.empty());

        assertThat(report.problems()).first().isEqualTo("checkpoint: bad signature: does not verify with key " + key.verifyingKey().keyId());
    }

    @Test
    void anotherKeyIsNotTrusted(@TempDir Path dir) throws Exception {
        SigningKey other = SigningKey.loadOrCreate(dir);

        PackReport report = PackVerifier.verify(PackReader.read(pack), Optional.of(other.verifyingKey()));

        assertThat(report.problems()).containsExactly("public key: the pack's key " + key.verifyingKey().keyId()
                + " is not the trusted key " + other.verifyingKey().keyId());
    }

    @Test
    void aFileThatIsNoPackIsRefusedWithWhatIsMissing(@TempDir Path dir) throws Exception {
        Path noManifest = rewrite(pack, dir, "pack.json", bytes -> "{\"format\":\"witness.evidence-pack.v1\"}".getBytes());

        assertThatThrownBy(() -> PackReader.read(noManifest)).isInstanceOf(PackFormatException.class)
                .hasMessage("pack.json.tenant: expected a string");
    }

    private static Path rewrite(Path zip, Path dir, String name, UnaryOperator<byte[]> change) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                entries.put(e.getName(), z.readAllBytes());
            }
        }
        entries.put(name, change.apply(entries.get(name)));
        Path out = dir.resolve("changed.zip");
        try (OutputStream o = Files.newOutputStream(out); ZipOutputStream z = new ZipOutputStream(o)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out;
    }
}
