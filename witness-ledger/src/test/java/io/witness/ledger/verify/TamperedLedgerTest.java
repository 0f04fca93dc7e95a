package io.witness.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.SigningKey;
import io.witness.ledger.store.Ledger;
import io.witness.ledger.store.LedgerDatabase;
import io.witness.ledger.testing.Drafts;
import io.witness.ledger.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The database's owner can still change rows (by turning the trigger off first); verify must then name
 * the row and how it fails. Each case changes one byte of one column of observation 5 (or of a
 * checkpoint, or the head) in a log of 20 observations with checkpoints at 10 and 20.
 */
class TamperedLedgerTest {

    private static final AtomicInteger TENANTS = new AtomicInteger();
    private static LedgerDatabase database;
    private static Ledger ledger;
    private static LedgerVerifier verifier;

    @BeforeAll
    static void open(@TempDir Path keys) throws IOException {
        database = TestPostgres.newLedgerDatabase();
        SigningKey key = SigningKey.loadOrCreate(keys);
        ledger = new Ledger(database, key, 6);
        verifier = new LedgerVerifier(database, key.verifyingKey());
    }

    @AfterAll
    static void close() throws IOException {
        database.close();
    }

    static Stream<Arguments> tampering() {
        String row = " WHERE tenant_id = '%1$s' AND position = 5";
        String obs = "UPDATE observation SET ";
        String cp = "UPDATE checkpoint SET ";
        return Stream.of(
                Arguments.of("raw bytes", obs + "raw = set_byte(raw, 3, get_byte(raw, 3) # 1)" + row,
                        List.of("%s#5: digest mismatch")),
                Arguments.of("payload digest", obs + "payload_sha256 = set_byte(payload_sha256, 0, get_byte(payload_sha256, 0) # 1)" + row,
                        List.of("%s#5: digest mismatch")),
                Arguments.of("parsed JSON", obs + "parsed = replace(parsed, 'in progress', 'in prugress')" + row,
                        List.of("%s#5: parsed digest mismatch")),
                Arguments.of("parsed digest", obs + "parsed_sha256 = set_byte(parsed_sha256, 31, get_byte(parsed_sha256, 31) # 128)" + row,
                        List.of("%s#5: parsed digest mismatch")),
                Arguments.of("a field of the leaf", obs + "source_version = source_version || 'x'" + row,
                        List.of("%s#5: leaf hash mismatch")),
                Arguments.of("received time", obs + "received_at = received_at + interval '1 microsecond'" + row,
                        List.of("%s#5: leaf hash mismatch")),
                Arguments.of("source system", obs + "source_system = 'servicenox'" + row, List.of("%s#5: leaf hash mismatch")),
                Arguments.of("source instance", obs + "source_instance = source_instance || '.'" + row, List.of("%s#5: leaf hash mismatch")),
                Arguments.of("side", obs + "side = 'provider'" + row, List.of("%s#5: leaf hash mismatch")),
                Arguments.of("kind", obs + "kind = 'tickeT'" + row, List.of("%s#5: leaf hash mismatch")),
                Arguments.of("source id", obs + "source_id = 'INC9'" + row, List.of("%s#5: leaf hash mismatch")),
                Arguments.of("claimed time", obs + "claimed_at = claimed_at - interval '1 hour'" + row, List.of("%s#5: leaf hash mismatch")),
                Arguments.of("case reference", obs + "case_ref = 'case-2'" + row, List.of("%s#5: leaf hash mismatch")),
                Arguments.of("superseded position", obs + "supersedes = 0" + row, List.of("%s#5: leaf hash mismatch")),
                Arguments.of("natural key", obs + "natural_key = set_byte(natural_key, 4, get_byte(natural_key, 4) # 1)" + row,
                        List.of("%s#5: natural key mismatch")),
                Arguments.of("tenant", obs + "tenant_id = 'elsewhere'" + row,
                        List.of("%s#5: missing position", "%s checkpoint 10: root mismatch", "%s checkpoint 20: root mismatch")),
                Arguments.of("leaf hash", obs + "leaf_hash = set_byte(leaf_hash, 7, get_byte(leaf_hash, 7) # 1)" + row,
                        List.of("%s#5: leaf hash mismatch")),
                Arguments.of("chain hash", obs + "chain_hash = set_byte(chain_hash, 7, get_byte(chain_hash, 7) # 1)" + row,
                        List.of("%s#5: chain mismatch")),
                Arguments.of("position", obs + "position = position # 1099511627776" + row,
                        List.of("%s#5: missing position", "%s#1099511627781: unexpected position",
                                "%s checkpoint 10: root mismatch", "%s checkpoint 20: root mismatch")),
                Arguments.of("a removed row", "DELETE FROM observation" + row,
                        List.of("%s#5: missing position", "%s checkpoint 10: root mismatch", "%s checkpoint 20: root mismatch")),
                Arguments.of("checkpoint root", cp + "root_hash = set_byte(root_hash, 0, get_byte(root_hash, 0) # 1) "
                        + "WHERE tenant_id = '%1$s' AND tree_size = 10", List.of("%s checkpoint 10: root mismatch")),
                Arguments.of("checkpoint signature", cp + "signature = set_byte(signature, 9, get_byte(signature, 9) # 1) "
                        + "WHERE tenant_id = '%1$s' AND tree_size = 20", List.of("%s checkpoint 20: bad signature")),
                Arguments.of("checkpoint time", cp + "signed_at = signed_at + interval '1 second' "
                        + "WHERE tenant_id = '%1$s' AND tree_size = 20", List.of("%s checkpoint 20: bad signature")),
                Arguments.of("checkpoint size", cp + "tree_size = 11 WHERE tenant_id = '%1$s' AND tree_size = 10",
                        List.of("%s checkpoint 11: root mismatch", "%s checkpoint 11: bad signature")),
                Arguments.of("head frontier", "UPDATE tenant_log_head SET frontier = set_byte(frontier, 0, get_byte(frontier, 0) # 1) "
                        + "WHERE tenant_id = '%1$s'", List.of("%s head: head mismatch")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tampering")
    void verifyNamesTheChangedRowAndHow(String what, String sql, List<String> expected) throws SQLException {
        TenantId tenant = loggedTenant();

        asOwnerWithoutTriggers(String.format(sql, tenant));

        VerifyReport report = verifier.verify(tenant);
        assertThat(report.failures()).extracting(f -> f.row() + ": " + f.kind().label())
                .containsExactlyElementsOf(expected.stream().map(e -> e.replace("%s", tenant.value())).toList());
        assertThat(report.isVerified()).isFalse();
    }

    @Test
    void rowsMovedToATenantWithoutAHeadAreNamedByVerifyAll() throws SQLException {
        TenantId tenant = loggedTenant();
        asOwnerWithoutTriggers("UPDATE observation SET tenant_id = 'nowhere' WHERE tenant_id = '" + tenant + "' AND position = 7");

        VerifyReport report = verifier.verifyAll();

        assertThat(report.failures()).extracting(f -> f.row() + ": " + f.kind().label())
                .contains(tenant + "#7: missing position", "nowhere#7: unexpected position");
    }

    @Test
    void anUntouchedLogVerifies() {
        TenantId tenant = loggedTenant();

        VerifyReport report = verifier.verify(tenant);

        assertThat(report.failures()).isEmpty();
        assertThat(report.summary()).isEqualTo("verified 20 observations, 2 checkpoints");
    }

    @Test
    void aMismatchSaysWhatWasStoredAndWhatWasComputed() throws SQLException {
        TenantId tenant = loggedTenant();
        asOwnerWithoutTriggers("UPDATE observation SET payload_sha256 = decode(repeat('00', 32), 'hex') "
                + "WHERE tenant_id = '" + tenant + "' AND position = 5");

        VerifyReport report = verifier.verify(tenant);

        String digest = io.witness.ledger.chain.LeafEncoding.payloadDigest(Drafts.ticketVersion(5, 4)).toHex();
        assertThat(report.failures()).extracting(Failure::toString)
                .containsExactly(tenant + "#5: digest mismatch: stored " + "00".repeat(32) + ", computed " + digest);
        assertThat(report.summary()).isEqualTo("1 failure in 20 observations, 2 checkpoints");
    }

    private static TenantId loggedTenant() {
        TenantId tenant = TenantId.of("tamper-" + TENANTS.incrementAndGet());
        ledger.append(tenant, Drafts.series(0, 10, 4));
        ledger.checkpoint(tenant, Instant.parse("2026-03-07T00:00:00Z"));
        ledger.append(tenant, Drafts.series(10, 20, 4));
        ledger.checkpoint(tenant, Instant.parse("2026-03-08T00:00:00Z"));
        return tenant;
    }

    private static void asOwnerWithoutTriggers(String sql) throws SQLException {
        try (Connection owner = database.ownerConnection(); Statement s = owner.createStatement()) {
            owner.setAutoCommit(false);
            s.execute("ALTER TABLE observation DISABLE TRIGGER USER");
            s.execute("ALTER TABLE checkpoint DISABLE TRIGGER USER");
            s.executeUpdate(sql);
            s.execute("ALTER TABLE observation ENABLE TRIGGER USER");
            s.execute("ALTER TABLE checkpoint ENABLE TRIGGER USER");
            owner.commit();
        }
    }
}
