package io.witness.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.core.event.CaseId;
import io.witness.ledger.chain.ChainLink;
import io.witness.ledger.chain.LeafEncoding;
import io.witness.ledger.chain.Observation;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.Position;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.SignedCheckpoint;
import io.witness.ledger.checkpoint.SigningKey;
import io.witness.ledger.hash.Hash;
import io.witness.ledger.proof.MerkleTree;
import io.witness.ledger.testing.Drafts;
import io.witness.ledger.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerAppendTest {

    private static LedgerDatabase database;
    private static Ledger ledger;

    @BeforeAll
    static void open(@TempDir Path keys) throws IOException {
        database = TestPostgres.newLedgerDatabase();
        ledger = new Ledger(database, SigningKey.loadOrCreate(keys), 7);
    }

    @AfterAll
    static void close() throws IOException {
        database.close();
    }

    @Test
    void appendsInOrderWithPositionsLeavesAndChain() {
        TenantId tenant = TenantId.of("append-order");
        AppendResult result = ledger.append(tenant, Drafts.series(0, 20, 5));

        assertThat(result).isEqualTo(new AppendResult(20, 0, Optional.of(Position.of(0)), Optional.of(Position.of(19))));
        List<Observation> stored = ledger.reader().observations(tenant, Position.of(0), 100);
        assertThat(stored).hasSize(20);
        Hash chain = ChainLink.genesis();
        for (int i = 0; i < 20; i++) {
            Observation o = stored.get(i);
            ObservationDraft draft = Drafts.ticketVersion(i, 5);
            assertThat(o.position()).isEqualTo(Position.of(i));
            assertThat(o.draft().raw()).isEqualTo(draft.raw());
            assertThat(o.draft()).usingRecursiveComparison().ignoringFields("raw").isEqualTo(draft);
            Hash leaf = LeafEncoding.leafHash(tenant, o.position(), draft, LeafEncoding.payloadDigest(draft), LeafEncoding.parsedDigest(draft));
            chain = ChainLink.next(chain, leaf);
            assertThat(o.leafHash()).isEqualTo(leaf);
            assertThat(o.chainHash()).isEqualTo(chain);
        }
    }

    @Test
    void reimportingTheSameEvidenceAddsNothing() {
        TenantId tenant = TenantId.of("append-idempotent");
        ledger.append(tenant, Drafts.series(0, 10, 4));

        AppendResult again = ledger.append(tenant, Drafts.series(0, 15, 4));

        assertThat(again).isEqualTo(new AppendResult(5, 10, Optional.of(Position.of(10)), Optional.of(Position.of(14))));
        assertThat(ledger.reader().size(tenant)).isEqualTo(15);
    }

    @Test
    void repeatsWithinOneImportAreAddedOnce() {
        TenantId tenant = TenantId.of("append-repeats");
        List<ObservationDraft> drafts = List.of(Drafts.ticketVersion(0, 3), Drafts.ticketVersion(1, 3), Drafts.ticketVersion(0, 3));

        assertThat(ledger.append(tenant, drafts).added()).isEqualTo(2);
        assertThat(ledger.reader().size(tenant)).isEqualTo(2);
    }

    @Test
    void historyRewrittenAtTheSourceKeepsBothVersions() {
        TenantId tenant = TenantId.of("append-rewritten");
        ObservationDraft original = Drafts.ticketVersion(0, 1);
        ObservationDraft rewritten = ObservationDraft.of(original.source(), original.side(), original.kind(), original.sourceId(),
                original.sourceVersion(), original.receivedAt(), "{\"edited\":true}".getBytes(), io.witness.ledger.chain.CanonicalJson.parse("{\"edited\":true}"));

        ledger.append(tenant, List.of(original));
        ledger.append(tenant, List.of(rewritten));

        assertThat(ledger.reader().size(tenant)).isEqualTo(2);
    }

    @Test
    void checkpointSignsTheRootOfTheLog() {
        TenantId tenant = TenantId.of("append-checkpoint");
        ledger.append(tenant, Drafts.series(0, 13, 3));

        SignedCheckpoint signed = ledger.checkpoint(tenant, Instant.parse("2026-03-07T00:00:00Z"));

        MerkleTree tree = MerkleTree.of(ledger.reader().leafHashes(tenant, 13));
        assertThat(signed.checkpoint().treeSize()).isEqualTo(13);
        assertThat(signed.checkpoint().rootHash()).isEqualTo(tree.root());
        assertThat(ledger.reader().latestCheckpoint(tenant)).hasValueSatisfying(c -> assertThat(c.checkpoint()).isEqualTo(signed.checkpoint()));
        assertThat(ledger.checkpoint(tenant, Instant.parse("2026-03-08T00:00:00Z")).checkpoint()).isEqualTo(signed.checkpoint());
    }

    @Test
    void findsTheObservationsOfACase() {
        TenantId tenant = TenantId.of("append-case");
        ledger.append(tenant, Drafts.series(0, 12, 4));

        assertThat(ledger.reader().observationsOfCase(tenant, new CaseId("case-1")))
                .extracting(o -> o.position().value()).containsExactly(1L, 5L, 9L);
    }

    @Test
    void theWriterRoleCannotChangeOrRemoveEvidence() throws Exception {
        TenantId tenant = TenantId.of("append-privileges");
        ledger.append(tenant, Drafts.series(0, 2, 2));

        try (Connection writer = database.writerConnection(); Statement s = writer.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE observation SET kind = 'x'"))
                    .hasMessageContaining("permission denied for table observation");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM checkpoint")).hasMessageContaining("permission denied for table checkpoint");
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE observation")).hasMessageContaining("permission denied for table observation");
        }
    }

    @Test
    void evenTheOwnerIsStoppedByTheTrigger() throws Exception {
        TenantId tenant = TenantId.of("append-trigger");
        ledger.append(tenant, Drafts.series(0, 2, 2));

        try (Connection owner = database.ownerConnection(); Statement s = owner.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE observation SET kind = 'x' WHERE tenant_id = 'append-trigger'"))
                    .hasMessageContaining("witness: observation is append-only; UPDATE refused");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM observation WHERE tenant_id = 'append-trigger'"))
                    .hasMessageContaining("witness: observation is append-only; DELETE refused");
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE checkpoint"))
                    .hasMessageContaining("witness: checkpoint is append-only; TRUNCATE refused");
        }
    }
}
