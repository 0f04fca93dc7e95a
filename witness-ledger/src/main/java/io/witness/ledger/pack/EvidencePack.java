package io.witness.ledger.pack;

import io.witness.ledger.chain.Observation;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.SignedCheckpoint;
import io.witness.ledger.checkpoint.VerifyingKey;
import io.witness.ledger.proof.InclusionProof;
import java.util.List;
import java.util.Objects;

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
 */
public record EvidencePack(TenantId tenant, String subject, SignedCheckpoint checkpoint, VerifyingKey publicKey, List<Entry> entries) {

    /** The format name written in the pack. */
    public static final String FORMAT = "witness.evidence-pack.v1";

    public EvidencePack {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(publicKey, "publicKey");
        entries = List.copyOf(entries);
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
}
