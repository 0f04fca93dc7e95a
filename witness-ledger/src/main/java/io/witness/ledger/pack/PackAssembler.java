package io.witness.ledger.pack;

import io.witness.core.event.CaseId;
import io.witness.ledger.chain.LedgerTime;
import io.witness.ledger.chain.Observation;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.Checkpoint;
import io.witness.ledger.checkpoint.SignedCheckpoint;
import io.witness.ledger.checkpoint.VerifyingKey;
import io.witness.ledger.proof.MerkleTree;
import io.witness.ledger.store.LedgerReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Puts an evidence pack together from a stored ledger: the chosen observations that the checkpoint
 * covers, with proofs computed from the log's leaf hashes up to the checkpoint's size; and, when
 * {@link #extending extending} an earlier checkpoint, the consistency proof from it.
 */
public final class PackAssembler {

    private final LedgerReader reader;
    private final VerifyingKey publicKey;
    private final Optional<SignedCheckpoint> earlier;

    /**
     * @param reader the ledger
     * @param publicKey the key the ledger signs with
     */
    public PackAssembler(LedgerReader reader, VerifyingKey publicKey) {
        this(reader, publicKey, Optional.empty());
    }

    private PackAssembler(LedgerReader reader, VerifyingKey publicKey, Optional<SignedCheckpoint> earlier) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
        this.earlier = earlier;
    }

    /**
     * An assembler whose packs also prove that their checkpoint extends {@code earlier} (RFC 9162
     * consistency proof). The packs' methods then throw {@link IllegalArgumentException} if
     * {@code earlier} is not this ledger's checkpoint of the pack's tenant (another tenant, another key, a
     * bad signature, no observations), and {@link IllegalStateException} if the log does not extend it:
     * the pack's checkpoint holds fewer observations, or the log's first observations no longer give its
     * root.
     */
    public PackAssembler extending(SignedCheckpoint earlier) {
        return new PackAssembler(reader, publicKey, Optional.of(Objects.requireNonNull(earlier, "earlier")));
    }

    /** The observations of case {@code caseId} covered by {@code checkpoint}. */
    public EvidencePack forCase(TenantId tenant, CaseId caseId, SignedCheckpoint checkpoint) {
        return forCases(tenant, List.of(caseId), checkpoint);
    }

    /**
     * The observations of any of {@code caseIds} covered by {@code checkpoint}, in log order: a case's two
     * tickets (the client's and the provider's) are two ids in the log.
     *
     * @throws IllegalArgumentException if {@code caseIds} is empty
     */
    public EvidencePack forCases(TenantId tenant, List<CaseId> caseIds, SignedCheckpoint checkpoint) {
        if (caseIds.isEmpty()) {
            throw new IllegalArgumentException("A pack of cases needs at least one case id");
        }
        List<Observation> observations = caseIds.stream().distinct()
                .flatMap(id -> reader.observationsOfCase(tenant, id).stream())
                .sorted(Comparator.comparingLong(o -> o.position().value()))
                .toList();
        String subject = (caseIds.size() == 1 ? "case " : "cases ") + caseIds.stream().map(CaseId::value).collect(Collectors.joining(", "));
        return pack(tenant, subject, observations, checkpoint);
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
        earlier.ifPresent(e -> checkEarlier(e, checkpoint.checkpoint()));
        List<Observation> covered = observations.stream().filter(o -> o.position().value() < size).toList();
        List<EvidencePack.Entry> entries = new ArrayList<>();
        Optional<EvidencePack.Extension> extension = Optional.empty();
        if (!covered.isEmpty() || earlier.isPresent()) {
            MerkleTree tree = MerkleTree.of(reader.leafHashes(tenant, size));
            if (!tree.root().equals(checkpoint.checkpoint().rootHash())) {
                throw new IllegalStateException("The stored leaves of tenant " + tenant + " do not give the root of checkpoint "
                        + size + "; run witness verify");
            }
            for (Observation observation : covered) {
                entries.add(new EvidencePack.Entry(observation, tree.inclusionProof(observation.position().value(), size)));
            }
            if (earlier.isPresent()) {
                extension = Optional.of(extension(tree, earlier.get(), size));
            }
        }
        return new EvidencePack(tenant, subject, checkpoint, publicKey, entries, extension);
    }

    private void checkEarlier(SignedCheckpoint signed, Checkpoint now) {
        Checkpoint old = signed.checkpoint();
        String name = "The earlier checkpoint (tenant " + old.tenant() + ", size " + old.treeSize() + ", key " + old.keyId() + ")";
        if (!old.tenant().equals(now.tenant())) {
            throw new IllegalArgumentException(name + " is not of tenant " + now.tenant());
        }
        if (!publicKey.verifies(signed)) {
            throw new IllegalArgumentException(name + " is not signed by this ledger's key " + publicKey.keyId());
        }
        if (old.treeSize() == 0) {
            throw new IllegalArgumentException(name + " holds no observations; a log extends it trivially");
        }
        if (old.treeSize() > now.treeSize()) {
            throw new IllegalStateException("The log of tenant " + now.tenant() + " holds " + now.treeSize() + " observations, fewer than the "
                    + old.treeSize() + " of the earlier checkpoint signed " + LedgerTime.format(old.time()) + " with this ledger's key: "
                    + "observations were removed, or the checkpoint is of another ledger with the same key");
        }
    }

    private static EvidencePack.Extension extension(MerkleTree tree, SignedCheckpoint earlier, long size) {
        Checkpoint old = earlier.checkpoint();
        if (!tree.root(old.treeSize()).equals(old.rootHash())) {
            throw new IllegalStateException("The log of tenant " + old.tenant() + " does not extend the earlier checkpoint of size "
                    + old.treeSize() + " signed " + LedgerTime.format(old.time()) + ": its first " + old.treeSize() + " observations give the root "
                    + tree.root(old.treeSize()).toBase64() + ", the checkpoint says " + old.rootHash().toBase64() + "; run witness verify");
        }
        return new EvidencePack.Extension(earlier, tree.consistencyProof(old.treeSize(), size));
    }
}
