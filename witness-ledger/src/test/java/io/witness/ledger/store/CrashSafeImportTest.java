package io.witness.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.SigningKey;
import io.witness.ledger.testing.TestPostgres;
import io.witness.ledger.verify.LedgerVerifier;
import io.witness.ledger.verify.VerifyReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer process killed with SIGKILL at random moments of an import of 100,000 observations, ten times
 * ({@code -Dwitness.crash.kills=N} for more), then run to the end: the log verifies after every kill and
 * at the end holds each observation exactly once.
 *
 * <p>Each kill is aimed at a random point of its own eleventh of the import (the last eleventh is left for
 * the writer to be in when the kill comes): the test waits until the log holds a random number of
 * observations within that part, then a random 0 to 300 ms more (a batch takes about that long) unless the
 * log passes the end of the part first, so the
 * kills fall while batches are being prepared, copied and committed, across the whole import, and every
 * one of them finds a log partly written.
 */
class CrashSafeImportTest {

    private static final int COUNT = 100_000;
    private static final int KILLS = Integer.getInteger("witness.crash.kills", 10);

    @Test
    void killedImportsLeaveNothingHalfWrittenAndTheRerunCompletesTheSetExactly(@TempDir Path keys) throws Exception {
        String url = TestPostgres.newDatabaseUrl();
        SigningKey key = SigningKey.loadOrCreate(keys);
        TenantId tenant = TenantId.of("crash");
        SplittableRandom random = new SplittableRandom(5);
        List<Long> sizesAfterKills = new ArrayList<>();
        try (LedgerDatabase database = LedgerDatabase.external(url)) {
            LedgerReader reader = new LedgerReader(database);
            for (int kill = 0; kill < KILLS; kill++) {
                Process writer = start(url, tenant, keys);
                awaitLine(writer, "importing");
                long target = random.nextLong((long) COUNT * kill / (KILLS + 1), (long) COUNT * (kill + 1) / (KILLS + 1));
                while (reader.size(tenant) < target) {
                    assertThat(writer.isAlive()).as("the writer ended before the log held %d observations", target).isTrue();
                    Thread.sleep(5);
                }
                // then up to 300 ms more, cut short when the log leaves this kill's part: a fast writer could
                // otherwise finish the import inside the wait (the last part is left as room for that)
                long partEnd = (long) COUNT * (kill + 1) / (KILLS + 1);
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(random.nextInt(0, 300));
                while (System.nanoTime() < until && reader.size(tenant) < partEnd) {
                    Thread.sleep(2);
                }
                writer.destroyForcibly(); // SIGKILL on Linux
                assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(writer.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
                sizesAfterKills.add(reader.size(tenant));
                VerifyReport midway = new LedgerVerifier(database, key.verifyingKey()).verify(tenant);
                assertThat(midway.failures()).as("after kill %d", kill + 1).isEmpty();
            }
            Process last = start(url, tenant, keys);
            assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(last.exitValue()).isZero();

            assertThat(sizesAfterKills).as("each kill fell during the import, on a log partly written: %s", sizesAfterKills)
                    .allMatch(size -> size > 0 && size < COUNT)
                    .isSorted();
            VerifyReport report = new LedgerVerifier(database, key.verifyingKey()).verify(tenant);
            assertThat(report.failures()).isEmpty();
            assertThat(report.observations()).isEqualTo(COUNT);
            try (Connection c = database.ownerConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT (source_id, source_version)), min(position), max(position), "
                            + "count(*) FILTER (WHERE source_id <> 'INC' || (position_in_series % 1000) OR source_version <> (position_in_series / 1000)::text) "
                            + "FROM (SELECT *, (extract(epoch FROM received_at) - extract(epoch FROM timestamptz '2026-03-06T16:00:00Z'))::bigint "
                            + "AS position_in_series FROM observation WHERE tenant_id = 'crash') o")) {
                rs.next();
                assertThat(rs.getLong(1)).as("rows").isEqualTo(COUNT);
                assertThat(rs.getLong(2)).as("distinct source versions").isEqualTo(COUNT);
                assertThat(rs.getLong(3)).isZero();
                assertThat(rs.getLong(4)).isEqualTo(COUNT - 1);
                assertThat(rs.getLong(5)).as("rows that are not the draft their receipt time names").isZero();
            }
        }
    }

    private static Process start(String url, TenantId tenant, Path keys) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), ImportMain.class.getName(),
                url, tenant.value(), Integer.toString(COUNT), keys.toString())
                .redirectErrorStream(true)
                .start();
    }

    private static void awaitLine(Process process, String line) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String read; (read = out.readLine()) != null; ) {
            if (read.equals(line)) {
                return;
            }
        }
        throw new IllegalStateException("The writer ended before printing '" + line + "'");
    }
}
