package io.witness.core.reconcile;

import io.witness.core.finding.EvidenceList;
import io.witness.core.finding.EvidenceRef;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The evidence one case's findings share: the case, its tickets whose ids are not the case's and the ledger
 * observations behind both tickets (the client's first), made once a case when first asked; the observations stay
 * names kept as numbers ({@link EvidenceList}) until a writer reads them. Not thread-safe: one case's findings are
 * made on one thread.
 */
final class CaseEvidence {

    private final Case c;
    private EvidenceRef @Nullable [] head;
    private @Nullable List<String> observations;
    private @Nullable List<EvidenceRef> alone;

    CaseEvidence(Case c) {
        this.c = c;
    }

    /** The case's evidence alone, one list for every finding that names no more. */
    List<EvidenceRef> alone() {
        if (alone == null) {
            alone = EvidenceList.of(head(), observations());
        }
        return alone;
    }

    /** The case. */
    Case theCase() {
        return c;
    }

    /** The case and its tickets whose ids are not the case's, made once a case; not to be changed. */
    EvidenceRef[] head() {
        if (head == null) {
            head = headOf(c);
        }
        return head;
    }

    /** The ledger observations behind both tickets, the client's first. */
    List<String> observations() {
        if (observations == null) {
            observations = c.observations();
        }
        return observations;
    }

    /**
     * The evidence of a finding: {@code first}, then the case, its tickets whose ids are not the case's, and the ledger
     * observations behind both tickets (the client's first); as an unmodifiable list, which a finding keeps as it is.
     */
    static List<EvidenceRef> of(Case c, List<EvidenceRef> first) {
        return EvidenceList.of(joined(first.toArray(new EvidenceRef[0]), headOf(c)), c.observations());
    }

    /** The case and its tickets whose ids are not the case's. */
    private static EvidenceRef[] headOf(Case c) {
        Ticket client = c.clientTicket().orElse(null);
        Ticket provider = c.providerTicket().orElse(null);
        boolean clientRef = client != null && !client.id().equals(c.id());
        boolean providerRef = provider != null && !provider.id().equals(c.id());
        EvidenceRef[] refs = new EvidenceRef[1 + (clientRef ? 1 : 0) + (providerRef ? 1 : 0)];
        int n = 0;
        refs[n++] = EvidenceRef.ofCase(c.id().value());
        if (clientRef) {
            refs[n++] = new EvidenceRef("ticket", client.label());
        }
        if (providerRef) {
            refs[n] = new EvidenceRef("ticket", provider.label());
        }
        return refs;
    }

    private static EvidenceRef[] joined(EvidenceRef[] first, EvidenceRef[] rest) {
        EvidenceRef[] refs = Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, refs, first.length, rest.length);
        return refs;
    }
}
