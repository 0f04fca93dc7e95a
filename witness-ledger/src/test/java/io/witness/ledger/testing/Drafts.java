package io.witness.ledger.testing;

import io.witness.core.event.CaseId;
import io.witness.core.event.Side;
import io.witness.ledger.chain.CanonicalJson;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.SourceRef;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Synthetic observations: ticket versions of a client's ServiceNow, numbered and reproducible. */
public final class Drafts {

    public static final Instant RECEIVED = Instant.parse("2026-03-06T16:00:00Z");
    public static final SourceRef SERVICENOW = new SourceRef("servicenow", "acme.service-now.com");

    private Drafts() {
    }

    /** Ticket {@code n % tickets}, version {@code n / tickets}: the n-th draft of a series. */
    public static ObservationDraft ticketVersion(int n, int tickets) {
        int ticket = n % tickets;
        int version = n / tickets;
        String json = "{\"number\":\"INC" + ticket + "\",\"version\":" + version + ",\"state\":\"in progress\",\"note\":\"line\\tone\\\\two\"}";
        return ObservationDraft.of(SERVICENOW, Side.CLIENT, "ticket", "INC" + ticket, Integer.toString(version),
                        RECEIVED.plusSeconds(n), json.getBytes(StandardCharsets.UTF_8), CanonicalJson.parse(json))
                .withClaimedAt(RECEIVED.plusSeconds(n).minusMillis(1500))
                .withCaseRef(new CaseId("case-" + ticket));
    }

    /** Drafts {@code from} to {@code to - 1} of a series over {@code tickets} tickets. */
    public static List<ObservationDraft> series(int from, int to, int tickets) {
        List<ObservationDraft> out = new ArrayList<>(to - from);
        for (int n = from; n < to; n++) {
            out.add(ticketVersion(n, tickets));
        }
        return out;
    }
}
