package io.witness.ledger.store;

import io.witness.ledger.chain.ObservationDraft;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Drafts handed over in chunks of any size (as a parser makes them), taken out in batches of one size: the
 * last batch may be smaller, and an empty batch means there are no more. One thread at a time.
 */
final class DraftBatches {

    private final Iterator<List<ObservationDraft>> chunks;
    private final int batchSize;
    private List<ObservationDraft> chunk = List.of();
    private int at;

    DraftBatches(Iterator<List<ObservationDraft>> chunks, int batchSize) {
        this.chunks = chunks;
        this.batchSize = batchSize;
    }

    /** The next batch; waits as long as the chunks' iterator waits for the next chunk. */
    List<ObservationDraft> next() {
        List<ObservationDraft> batch = new ArrayList<>(batchSize);
        while (batch.size() < batchSize) {
            if (at == chunk.size()) {
                if (!chunks.hasNext()) {
                    break;
                }
                chunk = chunks.next();
                at = 0;
                continue;
            }
            int take = Math.min(batchSize - batch.size(), chunk.size() - at);
            batch.addAll(chunk.subList(at, at + take));
            at += take;
        }
        return batch;
    }
}
