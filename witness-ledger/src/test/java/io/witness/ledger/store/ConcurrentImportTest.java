package io.witness.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.SigningKey;
import io.witness.ledger.testing.Drafts;
import io.witness.ledger.testing.TestPostgres;
import io.witness.ledger.verify.LedgerVerifier;
import io.witness.ledger.verify.VerifyReport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two imports into one tenant at once, overlapping by half: one chain, every observation once. */
class ConcurrentImportTest {

    @Test
    void twoWritersOfOneTenantKeepOneConsistentChain(@TempDir Path keys) throws Exception {
        SigningKey key = SigningKey.loadOrCreate(keys);
        TenantId tenant = TenantId.of("concurrent");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (LedgerDatabase database = TestPostgres.newLedgerDatabase()) {
            Ledger first = new Ledger(database, key, 500);
            Ledger second = new Ledger(database, key, 700);

            CompletableFuture<AppendResult> a = CompletableFuture.supplyAsync(() -> first.append(tenant, Drafts.series(0, 20_000, 300)), pool);
            CompletableFuture<AppendResult> b = CompletableFuture.supplyAsync(() -> second.append(tenant, Drafts.series(10_000, 30_000, 300)), pool);
            AppendResult resultA = a.get();
            AppendResult resultB = b.get();
            first.checkpoint(tenant, Instant.parse("2026-04-01T00:00:00Z"));

            assertThat(resultA.added() + resultB.added()).isEqualTo(30_000);
            assertThat(resultA.skipped() + resultB.skipped()).isEqualTo(10_000);
            assertThat(new LedgerReader(database).size(tenant)).isEqualTo(30_000);
            VerifyReport report = new LedgerVerifier(database, key.verifyingKey()).verify(tenant);
            assertThat(report.failures()).isEmpty();
            assertThat(report.summary()).isEqualTo("verified 30000 observations, 1 checkpoint");
        } finally {
            pool.shutdownNow();
        }
    }
}
