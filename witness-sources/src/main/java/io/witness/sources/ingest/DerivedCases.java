package io.witness.sources.ingest;

import io.witness.core.event.CaseId;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.Position;
import io.witness.ledger.store.DigestedRow;
import io.witness.ledger.store.DerivedTicketsFeed;
import io.witness.ledger.store.DerivedUpdate;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.tenant.TenantEvents;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Keeps the derived tickets (docs/ledger.md, "Derived tickets") of an import's cases: each case's row is
 * encoded on the mapping thread from what the import derived anyway ({@link CaseHistories.CaseSink}), and
 * joined to its observations' positions, as the ledger gives them, before the commit. When the import
 * cannot give the rows a reconcile would derive (no contract; an annotation; observations the mapping
 * did not see; another import in between), it gives none and the tenant's derived tickets are dropped.
 * One import: the sink on the mapping thread, the feed on the writing thread.
 */
final class DerivedCases implements DerivedTicketsFeed, CaseHistories.CaseSink {

    private record Pending(CaseId caseId, long[] held, int fresh, byte[] body) {
    }

    private final Optional<TenantEvents> tenantEvents;
    private final ImportContext context;
    private final Supplier<?> mapped;
    private final List<Pending> pending = new ArrayList<>();
    private final Map<CaseId, List<Long>> appended = new HashMap<>();
    private long logSizeRead = -1;
    private boolean unfit;

    /**
     * @param context the import's
     * @param mapped waits for the mapping to end (and throws if it failed)
     */
    DerivedCases(ImportContext context, Supplier<?> mapped) {
        this.context = context;
        this.mapped = mapped;
        this.tenantEvents = context.contract().map(TenantEvents::new);
    }

    @Override
    public void logSizeRead(long size) {
        logSizeRead = size;
    }

    @Override
    public void derived(CaseId caseId, long[] held, List<ObservationDraft> whole, int fresh, CaseEvents after) {
        if (tenantEvents.isPresent() && !whole.isEmpty()) {
            pending.add(new Pending(caseId, held, fresh, tenantEvents.get().derivedBody(context.tenant(), context.source(),
                    context.side(), caseId, whole, context, after)));
        }
    }

    @Override
    public void stored(ObservationDraft draft, Position at) {
        if (draft.kind().equals(TenantEvents.ANNOTATION) || draft.side() != context.side() || !draft.source().equals(context.source())) {
            unfit = true;
        } else if (draft.caseRef().isPresent()) {
            appended.computeIfAbsent(draft.caseRef().get(), c -> new ArrayList<>(4)).add(at.value());
        }
    }

    @Override
    public DerivedUpdate beforeCommit() {
        mapped.get();
        if (unfit || tenantEvents.isEmpty()) {
            return DerivedUpdate.none();
        }
        List<long[]> joined = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            List<Long> added = appended.remove(p.caseId());
            int count = added == null ? 0 : added.size();
            if (count != p.fresh()) {
                // The ledger kept other observations of the case than the mapping took as new.
                return DerivedUpdate.none();
            }
            long[] positions = new long[p.held().length + count];
            System.arraycopy(p.held(), 0, positions, 0, p.held().length);
            for (int i = 0; i < count; i++) {
                positions[p.held().length + i] = added.get(i);
            }
            joined.add(positions);
        }
        if (!appended.isEmpty()) {
            return DerivedUpdate.none();
        }
        // The payloads need the positions the ledger gave, so they are digested here, under the head's lock: on every core.
        List<DigestedRow> rows = java.util.stream.IntStream.range(0, pending.size()).parallel().mapToObj(i -> TenantEvents.derivedRow(
                context.tenant(), joined.get(i), context.source(), context.side(), pending.get(i).caseId(), pending.get(i).body())).toList();
        return DerivedUpdate.of(tenantEvents.get().contractSha256(), logSizeRead, rows);
    }
}
