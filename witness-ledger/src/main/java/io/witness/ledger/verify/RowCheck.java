package io.witness.ledger.verify;

import io.witness.ledger.chain.ChainLink;
import io.witness.ledger.chain.LeafEncoding;
import io.witness.ledger.chain.NaturalKey;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.Position;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.hash.Hash;
import io.witness.ledger.hash.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Checks one observation row against what it is derived from: the raw bytes against their digest, the
 * parsed JSON against its digest, the fields against the leaf hash and the natural key, the leaf against
 * the chain link.
 *
 * <p>A single changed column is named once: where two stored values could each be the altered one, the
 * value they are both bound to decides. A digest column that disagrees with its bytes but agrees with the
 * leaf hash was altered itself; a leaf hash that disagrees with the fields but agrees with the chain link
 * means the fields were altered, and the stored leaf (which was chained and signed) goes on into the tree.
 */
final class RowCheck {

    /** What the row contributes to the log: the leaf that goes into the tree, and the chain link after it. */
    record Outcome(Hash leaf, Hash chain) {
    }

    private RowCheck() {
    }

    /**
     * @param previousChain the computed link before this row, or empty after a gap (then the stored link is taken)
     */
    static Outcome check(TenantId tenant, StoredRow row, Optional<Hash> previousChain, List<Failure> failures) {
        String name = tenant + "#" + row.position();
        ObservationDraft draft;
        try {
            draft = row.draft();
        } catch (RuntimeException e) {
            failures.add(new Failure(name, FailureKind.UNREADABLE_ROW, e.getMessage()));
            return new Outcome(hashOr(row.leafHash(), Hash.ZERO), hashOr(row.chainHash(), Hash.ZERO));
        }
        Hash payload = Sha256.of(row.raw());
        Hash parsed = Sha256.of(row.parsed().getBytes(StandardCharsets.UTF_8));
        Hash storedPayload = hashOr(row.payloadSha256(), payload);
        Hash storedParsed = hashOr(row.parsedSha256(), parsed);
        Position position = Position.of(row.position());
        Hash leafOfStoredDigests = LeafEncoding.leafHash(tenant, position, draft, storedPayload, storedParsed);
        Hash leafOfContent = LeafEncoding.leafHash(tenant, position, draft, payload, parsed);
        if (!Arrays.equals(row.payloadSha256(), payload.bytes())) {
            failures.add(new Failure(name, FailureKind.DIGEST_MISMATCH, storedVsComputed(row.payloadSha256(), payload)));
        }
        if (!Arrays.equals(row.parsedSha256(), parsed.bytes())) {
            failures.add(new Failure(name, FailureKind.PARSED_DIGEST_MISMATCH, storedVsComputed(row.parsedSha256(), parsed)));
        }
        boolean leafHolds = Arrays.equals(row.leafHash(), leafOfStoredDigests.bytes()) || Arrays.equals(row.leafHash(), leafOfContent.bytes());
        Hash leaf = hashOr(row.leafHash(), leafOfStoredDigests);
        if (leafHolds) {
            // The fields are as signed; the natural key must be theirs (else a re-import would add them again).
            Hash keyOfStored = NaturalKey.of(draft, storedPayload);
            if (!Arrays.equals(row.naturalKey(), keyOfStored.bytes()) && !Arrays.equals(row.naturalKey(), NaturalKey.of(draft, payload).bytes())) {
                failures.add(new Failure(name, FailureKind.NATURAL_KEY_MISMATCH, storedVsComputed(row.naturalKey(), keyOfStored)));
            }
        } else {
            failures.add(new Failure(name, FailureKind.LEAF_MISMATCH, storedVsComputed(row.leafHash(), leafOfStoredDigests)));
            // If the chain link follows from the computed leaf, the leaf column is what was altered.
            Hash before = previousChain.orElse(null);
            if (before != null && Arrays.equals(row.chainHash(), ChainLink.next(before, leafOfStoredDigests).bytes())) {
                leaf = leafOfStoredDigests;
            }
        }
        if (previousChain.isEmpty()) {
            return new Outcome(leaf, hashOr(row.chainHash(), Hash.ZERO));
        }
        Hash chain = ChainLink.next(previousChain.get(), leaf);
        if (!Arrays.equals(row.chainHash(), chain.bytes())) {
            failures.add(new Failure(name, FailureKind.CHAIN_MISMATCH, storedVsComputed(row.chainHash(), chain)));
        }
        return new Outcome(leaf, chain);
    }

    static String storedVsComputed(byte[] stored, Hash computed) {
        return "stored " + HexFormat.of().formatHex(stored) + ", computed " + computed.toHex();
    }

    static Hash hashOr(byte[] bytes, Hash otherwise) {
        return bytes != null && bytes.length == Hash.SIZE ? Hash.of(bytes) : otherwise;
    }
}
