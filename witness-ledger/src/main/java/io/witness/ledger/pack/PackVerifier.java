package io.witness.ledger.pack;

import io.witness.ledger.chain.LeafEncoding;
import io.witness.ledger.chain.LedgerTime;
import io.witness.ledger.chain.Observation;
import io.witness.ledger.checkpoint.Checkpoint;
import io.witness.ledger.checkpoint.SignedCheckpoint;
import io.witness.ledger.checkpoint.VerifyingKey;
import io.witness.ledger.hash.Hash;
import io.witness.ledger.proof.ProofResult;
import io.witness.ledger.proof.ProofVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks an evidence pack offline: the checkpoint's signature with the pack's key (and that this key is
 * the one trusted, when given); for each observation, its raw bytes against their digest, its fields
 * and both digests against its leaf hash (recomputed as {@link LeafEncoding} says), and its inclusion
 * proof from that leaf to the checkpoint's root; and, when the pack extends an earlier checkpoint, that
 * one's signature and the consistency proof from its root to the pack's.
 */
public final class PackVerifier {

    private PackVerifier() {
    }

    /**
     * @param trusted the ledger's key as published by its operator; without it the pack's own key is used
     *     and the report says so
     */
    public static PackReport verify(EvidencePack pack, Optional<VerifyingKey> trusted) {
        return verify(pack, trusted, Optional.empty());
    }

    /**
     * @param trusted the ledger's key as published by its operator; without it the pack's own key is used
     *     and the report says so
     * @param held an earlier checkpoint the checker already holds: the pack must prove that its checkpoint
     *     extends exactly this one
     */
    public static PackReport verify(EvidencePack pack, Optional<VerifyingKey> trusted, Optional<SignedCheckpoint> held) {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(held, "held");
        List<String> problems = new ArrayList<>();
        Checkpoint checkpoint = pack.checkpoint().checkpoint();
        if (trusted.isPresent() && !trusted.get().equals(pack.publicKey())) {
            problems.add("public key: the pack's key " + pack.publicKey().keyId() + " is not the trusted key " + trusted.get().keyId());
        }
        if (!checkpoint.tenant().equals(pack.tenant())) {
            problems.add("checkpoint: it is of tenant " + checkpoint.tenant() + ", the pack of tenant " + pack.tenant());
        }
        if (!pack.publicKey().verifies(pack.checkpoint())) {
            problems.add("checkpoint: bad signature: does not verify with key " + pack.publicKey().keyId());
        }
        for (EvidencePack.Entry entry : pack.entries()) {
            check(entry, checkpoint, problems);
        }
        pack.extension().ifPresent(extension -> check(extension, pack, problems));
        if (held.isPresent() && !pack.extension().map(e -> e.earlier().checkpoint()).equals(Optional.of(held.get().checkpoint()))) {
            Checkpoint given = held.get().checkpoint();
            problems.add("earlier checkpoint: the pack does not extend the one given (size " + given.treeSize() + ", signed "
                    + LedgerTime.format(given.time()) + ")" + pack.extension().map(e -> ", but the one of size "
                    + e.earlier().checkpoint().treeSize() + " signed " + LedgerTime.format(e.earlier().checkpoint().time()))
                    .orElse("; it extends none: ask for one with witness proof --since"));
        }
        String description = "tenant " + pack.tenant() + ", " + pack.subject() + ", in the tree of " + checkpoint.treeSize()
                + " observations signed " + LedgerTime.format(checkpoint.time()) + " by key " + pack.publicKey().keyId()
                + (trusted.isPresent() ? " (trusted)" : " (the pack's own key: compare it with the key the ledger's operator published)")
                + pack.extension().map(e -> "; that tree extends the earlier checkpoint's tree of " + e.earlier().checkpoint().treeSize()
                        + " observations signed " + LedgerTime.format(e.earlier().checkpoint().time())).orElse("");
        return new PackReport(pack.entries().size(), description, problems);
    }

    private static void check(EvidencePack.Extension extension, EvidencePack pack, List<String> problems) {
        Checkpoint earlier = extension.earlier().checkpoint();
        Checkpoint later = pack.checkpoint().checkpoint();
        if (!earlier.tenant().equals(later.tenant())) {
            problems.add("earlier checkpoint: it is of tenant " + earlier.tenant() + ", the pack's of tenant " + later.tenant());
        }
        if (!pack.publicKey().verifies(extension.earlier())) {
            problems.add("earlier checkpoint: bad signature: does not verify with key " + pack.publicKey().keyId());
        }
        if (extension.proof().size1() != earlier.treeSize() || extension.proof().size2() != later.treeSize()) {
            problems.add("earlier checkpoint: the consistency proof is from size " + extension.proof().size1() + " to "
                    + extension.proof().size2() + ", not from " + earlier.treeSize() + " to " + later.treeSize());
            return;
        }
        ProofResult result = ProofVerifier.verifyConsistency(extension.proof(), earlier.rootHash(), later.rootHash());
        if (!result.isVerified()) {
            problems.add("earlier checkpoint: consistency proof fails: " + result.describe());
        }
    }

    private static void check(EvidencePack.Entry entry, Checkpoint checkpoint, List<String> problems) {
        Observation o = entry.observation();
        String name = "observation " + o.position();
        Hash payload = LeafEncoding.payloadDigest(o.draft());
        if (!payload.equals(o.payloadDigest())) {
            problems.add(name + ": digest mismatch: the pack says " + o.payloadDigest().toHex() + ", the raw bytes give " + payload.toHex());
        }
        Hash leaf = LeafEncoding.leafHash(o.tenant(), o.position(), o.draft(), payload, LeafEncoding.parsedDigest(o.draft()));
        if (!leaf.equals(o.leafHash())) {
            problems.add(name + ": leaf hash mismatch: the pack says " + o.leafHash().toHex() + ", its fields give " + leaf.toHex());
        }
        if (entry.proof().leafIndex() != o.position().value() || entry.proof().treeSize() != checkpoint.treeSize()) {
            problems.add(name + ": its proof is for leaf " + entry.proof().leafIndex() + " of " + entry.proof().treeSize()
                    + ", not for leaf " + o.position() + " of " + checkpoint.treeSize());
            return;
        }
        ProofResult result = ProofVerifier.verifyInclusion(entry.proof(), leaf, checkpoint.rootHash());
        if (!result.isVerified()) {
            problems.add(name + ": inclusion proof fails: " + result.describe());
        }
    }
}
