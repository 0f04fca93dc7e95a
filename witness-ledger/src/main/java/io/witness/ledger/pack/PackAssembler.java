package io.witness.ledger.pack;

import io.witness.core.event.CaseId;
import io.witness.ledger.chain.Observation;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.SignedCheckpoint;
import io.witness.ledger.checkpoint.VerifyingKey;
import io.witness.ledger.proof.MerkleTree;
import io.witness.ledger.store.LedgerReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Puts an evidence pack together from a stored ledger: the chosen observations that the checkpoint
 * covers, with proofs computed from the log's leaf hashes up to the checkpoint's size.
 */
public final class PackAssembler {

    private final LedgerReader reader;
    private final VerifyingKey publicKey;

    /**
     * @param reader the ledger
     * @param publicKey the key the ledger signs with
     */
    public PackAssembler(LedgerReader reader, VerifyingKey publicKey) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
    }

    /** The observations of case {@code caseId} covered by {@code checkpoint}. */
    public EvidencePack forCase(TenantId tenant, CaseId caseId, SignedCheckpoint checkpoint) {
        return pack(tenant, "case " + caseId, reader.observationsOfCase(tenant, caseId), checkpoint);
    }

    /** The observations received in {@code [fromInclusive, toExclusive)} covered by {@code checkpoint}. */
    public EvidencePack forPeriod(TenantId tenant, Instant fromInclusive, Instant toExclusive, SignedCheckpoint checkpoint) {
        return pack(tenant, "received from " + fromInclusive + " to " + toExclusive,
                reader.observationsReceived(tenant, fromInclusive, toExclusive), checkpoint);
    }

    private EvidencePack pack(TenantId tenant, String subject, List<Observation> observations, SignedCheckpoint checkpoint) {
        long size = checkpoint.checkpoint().treeSize();
        if (!checkpoint.checkpoint().tenant().equals(tenant)) {
            throw new IllegalArgumentException("Checkpoint of tenant " + checkpoint.checkpoint().tenant() + " for a pack of tenant " + tenant);
        }
        List<Observation> covered = observations.stream().filter(o -> o.position().value() < size).toList();
        List<EvidencePack.Entry> entries = new ArrayList<>();
        if (!covered.isEmpty()) {
            MerkleTree tree = MerkleTree.of(reader.leafHashes(tenant, size));
            if (!tree.root().equals(checkpoint.checkpoint().rootHash())) {
                throw new IllegalStateException("The stored leaves of tenant " + tenant + " do not give the root of checkpoint "
                        + size + "; run witness verify");
            }
            for (Observation observation : covered) {
                entries.add(new EvidencePack.Entry(observation, tree.inclusionProof(observation.position().value(), size)));
            }
        }
        return new EvidencePack(tenant, subject, checkpoint, publicKey, entries);
    }
}
