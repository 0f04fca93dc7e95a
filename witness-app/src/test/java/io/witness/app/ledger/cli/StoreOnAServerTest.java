package io.witness.app.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.app.CliRun;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --db}: the commands use a PostgreSQL server they did not start (here one this test starts). */
class StoreOnAServerTest {

    private static EmbeddedPostgres server;

    @BeforeAll
    static void startServer() throws Exception {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Test
    void loadAndVerifyGoToTheServerWhileTheKeyStaysInTheDataFolder(@TempDir Path dir) throws Exception {
        String url = server.getJdbcUrl("postgres", "postgres");
        Path events = Files.writeString(dir.resolve("e.jsonl"), "{\"case\":\"A\",\"side\":\"client\"}\n");

        CliRun load = CliRun.of("ledger-load", "--db", url, "--data", dir.resolve("data").toString(), "--tenant", "remote", events.toString());
        CliRun verify = CliRun.of("verify", "--db", url, "--data", dir.resolve("data").toString(), "--tenant", "remote");

        assertThat(load.out()).isEqualTo(events + ": 1 added, 0 already in the ledger of tenant remote\n");
        assertThat(verify.out()).isEqualTo("verified 1 observation, 1 checkpoint\n");
        assertThat(dir.resolve("data").resolve("keys").resolve("ledger-ed25519.key")).exists();
        assertThat(dir.resolve("data").resolve("postgres")).doesNotExist();
    }

    @Test
    void aDbThatIsNoPostgresqlUrlIsRefused(@TempDir Path dir) {
        CliRun run = CliRun.of("verify", "--db", "postgres://localhost/witness", "--data", dir.toString());

        assertThat(run.err()).isEqualTo("error: --db takes a PostgreSQL JDBC URL, jdbc:postgresql://host:port/database?user=…, "
                + "got 'postgres://localhost/witness'\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void anUnreachableServerIsNamedWithoutItsPassword(@TempDir Path dir) {
        CliRun run = CliRun.of("verify", "--db", "jdbc:postgresql://127.0.0.1:1/witness?user=w&password=secret", "--data", dir.toString());

        assertThat(run.err()).startsWith("error: Cannot bring the ledger's schema up to date on PostgreSQL at "
                + "jdbc:postgresql://127.0.0.1:1/witness?user=w&password=***: ").doesNotContain("secret");
        assertThat(run.exitCode()).isEqualTo(2);
    }
}
