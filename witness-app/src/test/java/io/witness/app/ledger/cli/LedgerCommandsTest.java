package io.witness.app.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.app.CliRun;
import io.witness.ledger.store.LedgerDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger's commands, run as ./witness would against one data folder with the embedded PostgreSQL. */
class LedgerCommandsTest {

    @TempDir
    static Path dir;
    private static String data;
    private static String keyId;

    @BeforeAll
    static void loadEvents() throws Exception {
        data = dir.resolve("data").toString();
        Path events = dir.resolve("events.jsonl");
        Files.writeString(events, """
                # two cases, both sides
                {"case":"INC1","side":"client","type":"opened","at":"2026-03-02T22:05:00-05:00"}
                {"case":"INC1","side":"provider","type":"opened","at":"2026-03-02T22:31:00-05:00"}
                {"case":"INC2","side":"client","type":"opened","at":"2026-03-03T09:00:00-05:00"}
                {"case":"INC1","side":"provider","type":"resolved","at":"2026-03-03T01:00:00-05:00"}
                """);
        CliRun load = CliRun.of("ledger-load", "--data", data, "--tenant", "acme", events.toString());
        assertThat(load.err()).isEmpty();
        assertThat(load.out()).isEqualTo(events + ": 4 added, 0 already in the ledger of tenant acme\n");
        CliRun again = CliRun.of("ledger-load", "--data", data, "--tenant", "acme", events.toString());
        assertThat(again.out()).isEqualTo(events + ": 0 added, 4 already in the ledger of tenant acme\n");
        keyId = CliRun.of("key", "--data", data).err().strip().substring("key id ".length());
    }

    @Test
    void keyPrintsThePublicKeyAndKeepsThePrivateOneOwnerOnly() throws Exception {
        CliRun run = CliRun.of("key", "--data", data);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(Files.getPosixFilePermissions(Path.of(data, "keys", "ledger-ed25519.key")))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(Path.of(data, "keys"))).hasSize(3);
    }

    @Test
    void verifySaysHowManyObservationsAndCheckpointsHold() {
        CliRun run = CliRun.of("verify", "--data", data, "--tenant", "acme");

        assertThat(run.out()).isEqualTo("verified 4 observations, 1 checkpoint\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void proofWritesAPackThatVerifyPackAcceptsOffline() throws Exception {
        Path pack = dir.resolve("inc1.zip");
        Path key = dir.resolve("key.pem");
        CliRun.of("key", "--data", data, "--out", key.toString());

        CliRun proof = CliRun.of("proof", "--data", data, "--tenant", "acme", "--case", "INC1", "--out", pack.toString());
        CliRun check = CliRun.of("verify-pack", pack.toString(), "--key", key.toString());

        assertThat(proof.out()).isEqualTo("wrote " + pack + ": 3 observations of case INC1, proved against the checkpoint of "
                + "4 observations signed by key " + keyId + "\n");
        assertThat(check.out()).startsWith("verified 3 observations of tenant acme, case INC1, in the tree of 4 observations signed ")
                .endsWith(" by key " + keyId + " (trusted)\n");
        assertThat(check.exitCode()).isZero();
    }

    @Test // #5
    void proofSinceAnEarlierPackProvesTheLogExtendsItAndVerifyPackChecksThatOffline() throws Exception {
        Path first = Files.writeString(dir.resolve("q1.jsonl"), "{\"case\":\"C1\",\"side\":\"client\"}\n{\"case\":\"C2\",\"side\":\"client\"}\n");
        Path second = Files.writeString(dir.resolve("q2.jsonl"), "{\"case\":\"C1\",\"side\":\"provider\"}\n");
        Path lastQuarter = dir.resolve("q1.zip");
        Path now = dir.resolve("q2.zip");
        CliRun.of("ledger-load", "--data", data, "--tenant", "beta", first.toString());
        CliRun.of("proof", "--data", data, "--tenant", "beta", "--case", "C1", "--out", lastQuarter.toString());
        CliRun.of("ledger-load", "--data", data, "--tenant", "beta", second.toString());

        CliRun proof = CliRun.of("proof", "--data", data, "--tenant", "beta", "--case", "C1", "--out", now.toString(),
                "--since", lastQuarter.toString());
        CliRun check = CliRun.of("verify-pack", now.toString(), "--since", lastQuarter.toString());
        CliRun wrong = CliRun.of("verify-pack", lastQuarter.toString(), "--since", now.toString());

        assertThat(proof.out()).isEqualTo("wrote " + now + ": 2 observations of case C1, proved against the checkpoint of 3 observations "
                + "signed by key " + keyId + ", which extends the earlier checkpoint of 2\n");
        assertThat(check.out()).startsWith("verified 2 observations of tenant beta, case C1, in the tree of 3 observations signed ")
                .contains("; that tree extends the earlier checkpoint's tree of 2 observations signed ");
        assertThat(check.exitCode()).isZero();
        assertThat(wrong.out()).startsWith("earlier checkpoint: the pack does not extend the one given (size 3, signed ")
                .contains("it extends none: ask for one with witness proof --since\n1 problem in pack of tenant beta");
        assertThat(wrong.exitCode()).isEqualTo(3);
    }

    @Test // #5
    void proofSinceAFileWithoutACheckpointSaysWhatItExpects() throws Exception {
        Path notACheckpoint = Files.writeString(dir.resolve("notes.txt"), "last quarter\n");

        CliRun run = CliRun.of("proof", "--data", data, "--tenant", "acme", "--case", "INC1", "--out", dir.resolve("x.zip").toString(),
                "--since", notACheckpoint.toString());

        assertThat(run.err()).isEqualTo("error: --since: " + notACheckpoint
                + ": expected an evidence pack, or a checkpoint's six lines followed by a line 'signature BASE64'\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test // #5
    void proofOfACasesTwoTicketsTakesBothIdsInLogOrder() throws Exception {
        Path pack = dir.resolve("both.zip");

        CliRun proof = CliRun.of("proof", "--data", data, "--tenant", "acme", "--case", "INC2", "--case", "INC1", "--out", pack.toString());
        CliRun check = CliRun.of("verify-pack", pack.toString());

        assertThat(proof.out()).startsWith("wrote " + pack + ": 4 observations of cases INC2, INC1, proved against the checkpoint of ");
        assertThat(check.out()).startsWith("verified 4 observations of tenant acme, cases INC2, INC1, in the tree of ");
        assertThat(check.exitCode()).isZero();
    }

    @Test
    void proofOfAnUnknownCaseWritesNothing() {
        CliRun run = CliRun.of("proof", "--data", data, "--tenant", "acme", "--case", "INC9", "--out", dir.resolve("none.zip").toString());

        assertThat(run.err()).isEqualTo("error: no observations of case INC9 in the log of tenant acme; nothing written\n");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(dir.resolve("none.zip")).doesNotExist();
    }

    @Test
    void verifyOfAnUnknownTenantSaysSo() {
        CliRun run = CliRun.of("verify", "--data", data, "--tenant", "globex");

        assertThat(run.err()).isEqualTo("error: --tenant: the ledger has no tenant 'globex'\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void badTenantIdIsRefusedWithItsForm() {
        CliRun run = CliRun.of("verify", "--data", data, "--tenant", "Acme Corp");

        assertThat(run.err()).isEqualTo("error: --tenant: A tenant id is 1 to 64 of a-z, 0-9, '.', '_', '-' starting with a letter "
                + "or digit, got 'Acme Corp'\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void verifyPackRefusesAFileThatIsNoPack() throws Exception {
        Path notAPack = dir.resolve("not-a-pack.zip");
        Files.writeString(notAPack, "hello");

        CliRun run = CliRun.of("verify-pack", notAPack.toString());

        assertThat(run.err()).isEqualTo("error: " + notAPack + " is not an evidence pack: " + notAPack + " is not a zip file or holds nothing\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void verifyNamesARowChangedBehindItsBackAndExitsWith3() throws Exception {
        Path copy = dir.resolve("tampered");
        CliRun.of("ledger-load", "--data", copy.toString(), "--tenant", "acme", "--side", "client",
                Files.writeString(dir.resolve("one.jsonl"), "{\"case\":\"INC1\"}\n{\"case\":\"INC2\"}\n").toString());
        try (LedgerDatabase db = LedgerDatabase.embedded(copy); Connection c = db.ownerConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE observation DISABLE TRIGGER USER");
            s.executeUpdate("UPDATE observation SET raw = set_byte(raw, 0, 91) WHERE position = 1");
            s.execute("ALTER TABLE observation ENABLE TRIGGER USER");
        }

        CliRun run = CliRun.of("verify", "--data", copy.toString());

        assertThat(run.out()).startsWith("acme#1: digest mismatch: stored ").endsWith("\n1 failure in 2 observations, 1 checkpoint\n");
        assertThat(run.exitCode()).isEqualTo(3);
    }
}
