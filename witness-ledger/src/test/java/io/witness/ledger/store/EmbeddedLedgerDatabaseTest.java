package io.witness.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.SigningKey;
import io.witness.ledger.testing.Drafts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server in a data folder: kept between runs, one process at a time, and a clear refusal where it cannot run. */
class EmbeddedLedgerDatabaseTest {

    @Test
    void theLogOutlivesTheServerInItsDataFolder(@TempDir Path data) throws Exception {
        SigningKey key = SigningKey.loadOrCreate(data.resolve("keys"));
        TenantId tenant = TenantId.of("kept");
        try (LedgerDatabase first = LedgerDatabase.embedded(data)) {
            new Ledger(first, key).append(tenant, Drafts.series(0, 5, 2));
        }

        try (LedgerDatabase again = LedgerDatabase.embedded(data)) {
            assertThat(new LedgerReader(again).size(tenant)).isEqualTo(5);
            assertThat(again.description()).isEqualTo("embedded PostgreSQL in " + data.resolve("postgres"));
        }
    }

    @Test
    void aDataFolderInUseIsRefused(@TempDir Path data) throws Exception {
        try (LedgerDatabase first = LedgerDatabase.embedded(data)) {
            assertThatThrownBy(() -> LedgerDatabase.embedded(data)).isInstanceOf(StoreUnavailable.class)
                    .hasMessage("The data folder " + data.toAbsolutePath() + " is in use by another witness process; "
                            + "wait for it to finish or give another --data folder.");
        }
    }

    @Test
    void asRootWithoutUserNamespacesItSaysWhatToDo(@TempDir Path dir) throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root needs user namespaces");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path unshare = bin.resolve("unshare");
        Files.writeString(unshare, "#!/bin/sh\nexit 1\n");
        Files.setPosixFilePermissions(unshare, PosixFilePermissions.fromString("rwxr-xr-x"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), EmbeddedStartMain.class.getName(),
                dir.resolve("data").toString()).redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));

        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(out).isEqualTo("Embedded PostgreSQL cannot run as root here: PostgreSQL refuses root, and this host refuses user "
                + "namespaces (unshare -U). Run witness as a normal user, or give --db jdbc:postgresql://… to use a PostgreSQL server.\n");
    }
}
