package io.witness.sources.tenant;

import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.Position;
import io.witness.ledger.store.DerivedRow;
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
    private final List<DerivedRow> rows = new ArrayList<>();
    private long firstPosition = -1;
    private boolean other;

    /** For annotations of a tenant whose tickets are derived under {@code events}' contract. */
    public DerivedAnnotations(TenantEvents events) {
        this.contractSha256 = events.contractSha256();
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
        rows.add(new DerivedRow(at.value(), draft.source(), draft.side(), "", DerivedGroupCodec.payload(new long[] {at.value()},
                DerivedGroupCodec.annotationBody(new String(draft.raw(), StandardCharsets.UTF_8)))));
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
