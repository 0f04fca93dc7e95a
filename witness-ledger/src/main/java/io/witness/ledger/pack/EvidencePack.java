package io.witness.ledger.pack;

import io.witness.ledger.chain.Observation;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.SignedCheckpoint;
import io.witness.ledger.checkpoint.VerifyingKey;
import io.witness.ledger.proof.ConsistencyProof;
import io.witness.ledger.proof.InclusionProof;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The evidence behind a case or a period, made to be checked by anyone without Witness's database:
 * observations with their raw bytes and parsed form, each one's inclusion proof in the tree of a signed
 * checkpoint, and the public key it was signed with. docs/evidence-pack.md describes its zip form.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tenant whose log the observations are from
 * @param subject what the pack is about, in words ({@code case INC0012}, {@code received 2026-03-01…})
 * @param checkpoint the signed tree head every proof leads to
 * @param publicKey the key that signed it
 * @param entries the observations in log order, each with its proof
 * @param extension the earlier checkpoint that {@code checkpoint} extends, with the consistency proof, if
 *     one was asked for
 */
public record EvidencePack(TenantId tenant, String subject, SignedCheckpoint checkpoint, VerifyingKey publicKey, List<Entry> entries,
        Optional<Extension> extension) {

    /** The format name written in the pack. */
    public static final String FORMAT = "witness.evidence-pack.v1";

    public EvidencePack {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(publicKey, "publicKey");
        entries = List.copyOf(entries);
        Objects.requireNonNull(extension, "extension");
    }

    /** A pack without an earlier checkpoint. */
    public EvidencePack(TenantId tenant, String subject, SignedCheckpoint checkpoint, VerifyingKey publicKey, List<Entry> entries) {
        this(tenant, subject, checkpoint, publicKey, entries, Optional.empty());
    }

    /**
     * One observation and its inclusion proof.
     *
     * @param observation as stored
     * @param proof that its leaf is at its position in the checkpoint's tree
     */
    public record Entry(Observation observation, InclusionProof proof) {
        public Entry {
            Objects.requireNonNull(observation, "observation");
            Objects.requireNonNull(proof, "proof");
        }
    }

    /**
     * An earlier checkpoint of the same log and the RFC 9162 consistency proof that its tree is a prefix
     * of the pack's checkpoint's tree: the log only grew between the two.
     *
     * @param earlier the earlier signed checkpoint, as its holder gave it
     * @param proof from {@code earlier}'s size to the pack's checkpoint's size
     */
    public record Extension(SignedCheckpoint earlier, ConsistencyProof proof) {
        public Extension {
            Objects.requireNonNull(earlier, "earlier");
            Objects.requireNonNull(proof, "proof");
        }
    }
}
