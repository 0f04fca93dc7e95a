package io.witness.sources.tenant;

import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.Position;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.store.DigestedRow;
import io.witness.ledger.store.DerivedTicketsFeed;
import io.witness.ledger.store.DerivedUpdate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the derived tickets current while annotations are appended ({@code ./witness annotate}): each
 * annotation stored gets its row, so that the next reconcile still reads the derived tickets instead of
 * deriving every case again (docs/ledger.md, "Derived tickets"). Anything but an annotation leaves no rows,
 * and the tenant's derived tickets are then dropped. One append, on its writing thread.
 */
public final class DerivedAnnotations implements DerivedTicketsFeed {

    private final byte[] contractSha256;
    private final TenantId tenant;
    private final List<DigestedRow> rows = new ArrayList<>();
    private long firstPosition = -1;
    private boolean other;

    /** For annotations of {@code tenant}, whose tickets are derived under {@code events}' contract. */
    public DerivedAnnotations(TenantEvents events, TenantId tenant) {
        this.contractSha256 = events.contractSha256();
        this.tenant = java.util.Objects.requireNonNull(tenant, "tenant");
    }

    @Override
    public void stored(ObservationDraft draft, Position at) {
        if (firstPosition < 0) {
            firstPosition = at.value();
        }
        if (!draft.kind().equals(TenantEvents.ANNOTATION)) {
            other = true;
            return;
        }
        rows.add(TenantEvents.annotationRow(tenant, at.value(), draft, new String(draft.raw(), StandardCharsets.UTF_8)));
    }

    @Override
    public DerivedUpdate beforeCommit() {
        if (other) {
            return DerivedUpdate.none();
        }
        // The rows depend on nothing the log held before: they fit the log as it was when the first was stored.
        return DerivedUpdate.of(contractSha256, firstPosition, rows);
    }
}
