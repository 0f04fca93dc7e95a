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
 * A writer process killed with SIGKILL at random moments of an import of 100,000 observations, seven
 * times, then run to the end: the log verifies and holds each observation exactly once.
 */
class CrashSafeImportTest {

    private static final int COUNT = 100_000;
    private static final int KILLS = 7;

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
                Thread.sleep(random.nextInt(50, 900));
                writer.destroyForcibly(); // SIGKILL on Linux
                assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
                sizesAfterKills.add(reader.size(tenant));
                VerifyReport midway = new LedgerVerifier(database, key.verifyingKey()).verify(tenant);
                assertThat(midway.failures()).as("after kill %d", kill + 1).isEmpty();
            }
            Process last = start(url, tenant, keys);
            assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(last.exitValue()).isZero();

            assertThat(sizesAfterKills).as("the kills fell during the import").anyMatch(size -> size < COUNT);
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
