package io.witness.core.reconcile;

import io.witness.core.finding.EvidenceRef;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The evidence one case's findings share: the case, its tickets whose ids are not the case's and the ledger
 * observations behind both tickets, made once a case when first asked, so that the references are one set a case
 * rather than one a finding. Not thread-safe: one case's findings are made on one thread.
 */
final class CaseEvidence {

    private final Case c;
    private EvidenceRef @Nullable [] refs;
    private @Nullable List<EvidenceRef> alone;

    CaseEvidence(Case c) {
        this.c = c;
    }

    /** The case's evidence alone, one list for every finding that names no more. */
    List<EvidenceRef> alone() {
        if (alone == null) {
            alone = List.of(refs());
        }
        return alone;
    }

    /** {@code first}, then the case's evidence. */
    List<EvidenceRef> with(EvidenceRef... first) {
        return joined(first, refs());
    }

    private EvidenceRef[] refs() {
        if (refs == null) {
            refs = refsOf(c);
        }
        return refs;
    }

    /**
     * The evidence of a finding: {@code first}, then the case, its tickets whose ids are not the case's, and the ledger
     * observations behind both tickets (the client's first); as an unmodifiable list, which a finding keeps as it is.
     */
    static List<EvidenceRef> of(Case c, List<EvidenceRef> first) {
        return joined(first.toArray(new EvidenceRef[0]), refsOf(c));
    }

    /** The case, its tickets whose ids are not the case's, and the ledger observations behind both tickets. */
    private static EvidenceRef[] refsOf(Case c) {
        Ticket client = c.clientTicket().orElse(null);
        Ticket provider = c.providerTicket().orElse(null);
        boolean clientRef = client != null && !client.id().equals(c.id());
        boolean providerRef = provider != null && !provider.id().equals(c.id());
        List<String> clientObservations = client == null ? List.of() : client.observations();
        List<String> providerObservations = provider == null ? List.of() : provider.observations();
        EvidenceRef[] refs = new EvidenceRef[1 + (clientRef ? 1 : 0) + (providerRef ? 1 : 0)
                + clientObservations.size() + providerObservations.size()];
        int n = 0;
        refs[n++] = EvidenceRef.ofCase(c.id().value());
        if (clientRef) {
            refs[n++] = new EvidenceRef("ticket", client.label());
        }
        if (providerRef) {
            refs[n++] = new EvidenceRef("ticket", provider.label());
        }
        for (int i = 0; i < clientObservations.size(); i++) {
            refs[n++] = EvidenceRef.observation(clientObservations.get(i));
        }
        for (int i = 0; i < providerObservations.size(); i++) {
            refs[n++] = EvidenceRef.observation(providerObservations.get(i));
        }
        return refs;
    }

    /** {@code first} then {@code rest} in one unmodifiable list; up to five without a second copy of the array. */
    private static List<EvidenceRef> joined(EvidenceRef[] first, EvidenceRef[] rest) {
        int n = first.length + rest.length;
        switch (n) {
            case 1:
                return List.of(ref(first, rest, 0));
            case 2:
                return List.of(ref(first, rest, 0), ref(first, rest, 1));
            case 3:
                return List.of(ref(first, rest, 0), ref(first, rest, 1), ref(first, rest, 2));
            case 4:
                return List.of(ref(first, rest, 0), ref(first, rest, 1), ref(first, rest, 2), ref(first, rest, 3));
            case 5:
                return List.of(ref(first, rest, 0), ref(first, rest, 1), ref(first, rest, 2), ref(first, rest, 3),
                        ref(first, rest, 4));
            default:
                EvidenceRef[] refs = Arrays.copyOf(first, n);
                System.arraycopy(rest, 0, refs, first.length, rest.length);
                return List.of(refs);
        }
    }

    private static EvidenceRef ref(EvidenceRef[] first, EvidenceRef[] rest, int i) {
        return i < first.length ? first[i] : rest[i - first.length];
    }
}
