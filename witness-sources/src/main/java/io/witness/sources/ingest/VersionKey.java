package io.witness.sources.ingest;

import io.witness.core.event.Side;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.SourceRef;

/**
 * A source record version: source, side, kind, source id and version. Two drafts of one version with the
 * same raw bytes are the same evidence (the ledger's natural key); with other bytes, a rewrite.
 */
record VersionKey(SourceRef source, Side side, String kind, String sourceId, String sourceVersion) {

    static VersionKey of(ObservationDraft draft) {
        return new VersionKey(draft.source(), draft.side(), draft.kind(), draft.sourceId(), draft.sourceVersion());
    }
}
