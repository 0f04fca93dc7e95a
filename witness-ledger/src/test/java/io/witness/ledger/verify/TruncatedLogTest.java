package io.witness.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.core.event.CaseId;
import io.witness.ledger.chain.Position;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.SignedCheckpoint;
import io.witness.ledger.checkpoint.SigningKey;
import io.witness.ledger.hash.Hash;
import io.witness.ledger.pack.PackAssembler;
import io.witness.ledger.proof.TreeFrontier;
import io.witness.ledger.store.Ledger;
import io.witness.ledger.store.LedgerDatabase;
import io.witness.ledger.store.LedgerReader;
import io.witness.ledger.testing.Drafts;
import io.witness.ledger.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limit of verify, shown: the owner removes the newest observations with their checkpoint and rewinds
 * the head to match, and the shorter log verifies. Someone who was given the removed checkpoint catches it:
 * the ledger can no longer prove that it extends that checkpoint. #5
 */
class TruncatedLogTest {

    private static final TenantId TENANT = TenantId.of("truncated");

    @Test
    void aLogTruncatedWithItsHeadVerifiesButNoLongerExtendsTheCheckpointGivenOut(@TempDir Path keys) throws Exception {
        SigningKey key = SigningKey.loadOrCreate(keys);
        try (LedgerDatabase database = TestPostgres.newLedgerDatabase()) {
            Ledger ledger = new Ledger(database, key);
            ledger.append(TENANT, Drafts.series(0, 6, 3));
            SignedCheckpoint firstGivenOut = ledger.checkpoint(TENANT, Instant.parse("2026-03-31T00:00:00Z"));
            ledger.append(TENANT, Drafts.series(6, 12, 3));
            SignedCheckpoint secondGivenOut = ledger.checkpoint(TENANT, Instant.parse("2026-06-30T00:00:00Z"));

            truncateTo(database, 8);

            assertThat(new LedgerVerifier(database, key.verifyingKey()).verify(TENANT).summary())
                    .isEqualTo("verified 8 observations, 1 checkpoint");
            SignedCheckpoint now = ledger.checkpoint(TENANT, Instant.parse("2026-09-30T00:00:00Z"));
            PackAssembler assembler = new PackAssembler(ledger.reader(), key.verifyingKey());
            assertThat(assembler.extending(firstGivenOut).forCase(TENANT, new CaseId("case-0"), now).extension()).isPresent();
            assertThatThrownBy(() -> assembler.extending(secondGivenOut).forCase(TENANT, new CaseId("case-0"), now))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("The log of tenant truncated holds 8 observations, fewer than the 12 of the earlier checkpoint");
        }
    }

    // As the owner: observations 8 to 11 and the checkpoint of 12 removed, the head recomputed for 8.
    private static void truncateTo(LedgerDatabase database, int size) throws Exception {
        LedgerReader reader = new LedgerReader(database);
        TreeFrontier frontier = TreeFrontier.empty();
        reader.leafHashes(TENANT, size).forEach(frontier::append);
        Hash lastLink = reader.observations(TENANT, Position.of(size - 1), 1).get(0).chainHash();
        try (Connection owner = database.ownerConnection(); Statement s = owner.createStatement()) {
            owner.setAutoCommit(false);
            s.execute("ALTER TABLE observation DISABLE TRIGGER USER");
            s.execute("ALTER TABLE checkpoint DISABLE TRIGGER USER");
            s.executeUpdate("DELETE FROM observation WHERE tenant_id = '" + TENANT + "' AND position >= " + size);
            s.executeUpdate("DELETE FROM checkpoint WHERE tenant_id = '" + TENANT + "' AND tree_size > " + size);
            try (PreparedStatement head = owner.prepareStatement("UPDATE tenant_log_head SET size = ?, chain_hash = ?, frontier = ? "
                    + "WHERE tenant_id = ?")) {
                head.setLong(1, size);
                head.setBytes(2, lastLink.bytes());
                head.setBytes(3, frontier.bytes());
                head.setString(4, TENANT.value());
                assertThat(head.executeUpdate()).isEqualTo(1);
            }
            s.execute("ALTER TABLE observation ENABLE TRIGGER USER");
            s.execute("ALTER TABLE checkpoint ENABLE TRIGGER USER");
            owner.commit();
        }
    }
}
