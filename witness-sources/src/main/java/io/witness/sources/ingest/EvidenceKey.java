package io.witness.sources.ingest;

import io.witness.core.event.Side;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.SourceRef;
import java.util.Arrays;

/**
 * What the ledger's natural key compares, without hashing: the version (source, side, kind, id, version)
 * and the raw bytes. Two drafts with equal keys are the same evidence.
 */
record EvidenceKey(VersionKey version, byte[] raw, int rawHash) {

    /** A source record version: source, side, kind, source id and version. */
    record VersionKey(SourceRef source, Side side, String kind, String sourceId, String sourceVersion) {

        static VersionKey of(ObservationDraft draft) {
            return new VersionKey(draft.source(), draft.side(), draft.kind(), draft.sourceId(), draft.sourceVersion());
        }
    }

    static EvidenceKey of(ObservationDraft draft) {
        byte[] raw = draft.raw();
        return new EvidenceKey(VersionKey.of(draft), raw, Arrays.hashCode(raw));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EvidenceKey key && rawHash == key.rawHash && version.equals(key.version) && Arrays.equals(raw, key.raw);
    }

    @Override
    public int hashCode() {
        return 31 * version.hashCode() + rawHash;
    }
}
