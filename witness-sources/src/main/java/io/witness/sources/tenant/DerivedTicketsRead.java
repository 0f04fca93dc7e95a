package io.witness.sources.tenant;

import io.witness.core.contract.PartyId;
import io.witness.core.event.Side;
import io.witness.core.finding.ObservationNames;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.store.DerivedRow;
import io.witness.ledger.store.DerivedRowDigest;
import io.witness.ledger.store.DerivedTickets;
import io.witness.ledger.store.DigestSum;
import io.witness.sources.format.SourceFormats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The derived read path of {@link TenantEvents} (docs/ledger.md, "Derived tickets"): a tenant's derived tickets
 * read with binary COPY, each row's digest recomputed and its payload decoded on the other core while the rows
 * arrive and then on every core, the digests' count and sum compared with the signed ones, and the groups put
 * together into tickets as from the observations. Tickets only when every check holds; otherwise why not, so
 * that the caller derives from the observations and says why.
 */
final class DerivedTicketsRead {

    /** Puts decoded groups together into a tenant's tickets, as {@link TenantEvents} does the groups it derives. */
    interface Assembly {
        TenantTickets assemble(List<GroupResult> results, List<TenantTickets.AnnotationLine> annotations, long observations);

        /** The party of the tickets of a source and side (called from the decoding threads). */
        PartyId party(SourceRef source, Side side);
    }

    /**
     * What a read gave: the tickets, or why the derived tickets were not used.
     *
     * @param tickets the tenant's tickets; null when not usable
     * @param reason why not usable (docs/ledger.md); empty when they were
     */
    record Outcome(@Nullable TenantTickets tickets, String reason) {
    }

    private DerivedTicketsRead() {
    }

    /**
     * {@code tenant}'s tickets from its derived tickets, if they reflect its whole log, were derived under the
     * contract of digest {@code contractSha256} and pass their check.
     *
     * @throws IllegalStateException if the rows pass their check but one does not decode (the ledger wrote it so)
     */
    static Outcome read(DerivedTickets derived, TenantId tenant, byte[] contractSha256, Assembly assembly) {
        Map<String, Boolean> known = new ConcurrentHashMap<>();
        // A reader (and its text cache) for each thread at work, handed from chunk to chunk: the texts that recur
        // across the tenant (people, groups, categories) are then made once a thread, not once a chunk.
        Queue<PayloadReader> readers = new ConcurrentLinkedQueue<>();
        Function<long[], List<String>> names = ObservationNames.namer(tenant.value());
        ChunkedWork<List<DerivedRow>, CheckedChunk> decoding = new ChunkedWork<>(rows -> decode(tenant, names, rows, known, assembly, readers));
        DerivedTickets.DerivedRead kept;
        try {
            kept = derived.read(tenant, contractSha256, decoding::add);
        } catch (RuntimeException e) {
            decoding.abandon();
            throw e;
        }
        List<CheckedChunk> decoded = decoding.finish();
        if (!kept.usable()) {
            return new Outcome(null, kept.reason());
        }
        DigestSum sum = new DigestSum();
        long count = 0;
        String failure = null;
        for (CheckedChunk chunk : decoded) {
            sum.add(chunk.sum());
            count += chunk.rows();
            failure = failure == null ? chunk.decodeFailure() : failure;
        }
        String reason = kept.rowsCheck(count, sum);
        if (!reason.isEmpty()) {
            return new Outcome(null, failure == null ? reason : reason + "; " + failure);
        }
        if (failure != null) {
            throw new IllegalStateException("The derived tickets of tenant " + tenant + " are as signed but " + failure);
        }
        List<GroupResult> results = new ArrayList<>(Math.toIntExact(count));
        List<TenantTickets.AnnotationLine> annotations = new ArrayList<>();
        for (CheckedChunk chunk : decoded) {
            for (DerivedGroupCodec.Decoded d : chunk.decoded()) {
                if (d.annotation() != null) {
                    annotations.add(d.annotation());
                } else if (d.group() != null) {
                    results.add(d.group());
                }
            }
        }
        return new Outcome(assembly.assemble(results, annotations, kept.logSize()).readFrom(TenantEvents.DERIVED), "");
    }

    /** A chunk of derived rows decoded, with the sum of their recomputed digests and the first row that did not decode. */
    private record CheckedChunk(List<DerivedGroupCodec.Decoded> decoded, DigestSum sum, int rows, @Nullable String decodeFailure) {
    }

    /** Digests and decodes a chunk of rows (on a core of its own). */
    private static CheckedChunk decode(TenantId tenant, Function<long[], List<String>> names, List<DerivedRow> rows,
            Map<String, Boolean> known, Assembly assembly, Queue<PayloadReader> readers) {
        List<DerivedGroupCodec.Decoded> decoded = new ArrayList<>(rows.size());
        DigestSum sum = new DigestSum();
        DerivedRowDigest digest = new DerivedRowDigest(tenant);
        PayloadReader taken = readers.poll();
        PayloadReader reader = taken != null ? taken : new PayloadReader(new TextCache());
        String failure = null;
        // A tenant has a few sources and sides, and rows come in runs of one: each run's party asked once.
        SourceRef partySource = null;
        Side partySide = null;
        PartyId party = null;
        for (DerivedRow row : rows) {
            sum.add(digest.of(row));
            boolean formatKnown = known.computeIfAbsent(row.source().system(), system -> SourceFormats.named(system).isPresent());
            if (row.source() != partySource || row.side() != partySide) {
                partySource = row.source();
                partySide = row.side();
                party = assembly.party(partySource, partySide);
            }
            try {
                decoded.add(DerivedGroupCodec.decode(names, row, formatKnown, party, reader));
            } catch (RuntimeException e) {
                // An edited payload may not decode: said by the caller if the digests show it edited, else thrown.
                if (failure == null) {
                    failure = "the row of first position " + row.firstPosition() + " does not decode: " + e;
                }
            }
        }
        readers.add(reader);
        return new CheckedChunk(decoded, sum, rows.size(), failure);
    }
}
