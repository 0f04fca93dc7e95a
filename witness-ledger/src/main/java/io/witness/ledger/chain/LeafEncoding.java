package io.witness.ledger.chain;

import io.witness.core.event.CaseId;
import io.witness.ledger.hash.Hash;
import io.witness.ledger.hash.Rfc9162;
import io.witness.ledger.hash.Sha256;
import java.nio.charset.StandardCharsets;

/**
 * The canonical bytes of an observation that become its Merkle leaf (docs/evidence-pack.md, "Leaf
 * data"). Fifteen length-prefixed fields (4-byte big-endian length, then the bytes; text in UTF-8; an
 * absent value is empty), in this order:
 *
 * <ol>
 *   <li>{@code witness.observation.v1}</li>
 *   <li>tenant id</li>
 *   <li>position, decimal</li>
 *   <li>source system</li>
 *   <li>source instance</li>
 *   <li>side: {@code client}, {@code provider} or {@code witness}</li>
 *   <li>kind</li>
 *   <li>source id</li>
 *   <li>source version</li>
 *   <li>claimed time ({@link LedgerTime} form) or empty</li>
 *   <li>received time ({@link LedgerTime} form)</li>
 *   <li>case reference or empty</li>
 *   <li>position of the superseded observation, decimal, or empty</li>
 *   <li>SHA-256 of the raw bytes (32 bytes)</li>
 *   <li>SHA-256 of the parsed JSON text's UTF-8 bytes (32 bytes)</li>
 * </ol>
 *
 * The leaf hash is SHA-256(0x00 ‖ leaf data).
 */
public final class LeafEncoding {

    /** The first field: which encoding this is. */
    public static final String TAG = "witness.observation.v1";

    private LeafEncoding() {
    }

    /** The leaf data of {@code draft} at {@code position} in {@code tenant}'s log. */
    public static byte[] leafData(TenantId tenant, Position position, ObservationDraft draft, Hash payloadDigest, Hash parsedDigest) {
        return leafData(tenant, position, fieldsAfterPosition(draft, payloadDigest, parsedDigest));
    }

    /**
     * The leaf data's fields 4 to 15, those after the position, length-prefixed: they do not depend on the
     * observation's place in the log, so a writer computes them before it knows the place.
     */
    public static byte[] fieldsAfterPosition(ObservationDraft draft, Hash payloadDigest, Hash parsedDigest) {
        return new LeafFields()
                .text(draft.source().system())
                .text(draft.source().instance())
                .text(draft.side().wireName())
                .text(draft.kind())
                .text(draft.sourceId())
                .text(draft.sourceVersion())
                .text(draft.claimedAt().map(LedgerTime::format).orElse(""))
                .text(LedgerTime.format(draft.receivedAt()))
                .text(draft.caseRef().map(CaseId::value).orElse(""))
                .text(draft.supersedes().map(Position::toString).orElse(""))
                .bytes(payloadDigest.bytes())
                .bytes(parsedDigest.bytes())
                .toBytes();
    }

    /** The leaf data at {@code position} in {@code tenant}'s log of the observation whose later fields are {@code fieldsAfterPosition}. */
    public static byte[] leafData(TenantId tenant, Position position, byte[] fieldsAfterPosition) {
        return new LeafFields()
                .text(TAG)
                .text(tenant.value())
                .text(Long.toString(position.value()))
                .fields(fieldsAfterPosition)
                .toBytes();
    }

    /** The leaf hash: SHA-256(0x00 ‖ leaf data). */
    public static Hash leafHash(TenantId tenant, Position position, ObservationDraft draft, Hash payloadDigest, Hash parsedDigest) {
        return Rfc9162.leafHash(leafData(tenant, position, draft, payloadDigest, parsedDigest));
    }

    /** The leaf hash from the fields after the position ({@link #fieldsAfterPosition}). */
    public static Hash leafHash(TenantId tenant, Position position, byte[] fieldsAfterPosition) {
        return Rfc9162.leafHash(leafData(tenant, position, fieldsAfterPosition));
    }

    /** SHA-256 of the raw bytes. */
    public static Hash payloadDigest(ObservationDraft draft) {
        return Sha256.of(draft.rawUnsafe());
    }

    /** SHA-256 of the parsed JSON text's UTF-8 bytes. */
    public static Hash parsedDigest(ObservationDraft draft) {
        return Sha256.of(draft.parsedJson().getBytes(StandardCharsets.UTF_8));
    }
}
