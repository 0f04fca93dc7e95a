package io.witness.bench;

import io.witness.core.event.CaseId;
import io.witness.core.event.Side;
import io.witness.ledger.chain.CanonicalJson;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.SourceRef;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic ledger observations for the ledger benchmark: versions of ServiceNow incidents as their REST
 * API returns them, about 1 KB of JSON each, reproducible from a seed and an index.
 */
final class TicketPayloads {

    private static final String[] WORDS = ("mail server outlook vpn printer laptop password reset backup job failed disk "
            + "latency users cannot connect site office firewall rule certificate expired patch reboot scheduled "
            + "escalated vendor replaced switch port license renewal teams calendar sync").split(" ");
    private static final String[] STATES = {"New", "In Progress", "On Hold", "Resolved", "Closed"};
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final SourceRef SOURCE = new SourceRef("servicenow", "acme.service-now.com");

    private TicketPayloads() {
    }

    /** Drafts {@code from} to {@code to - 1}: ticket {@code i / 4}, version {@code i % 4}. */
    static List<ObservationDraft> drafts(long seed, int from, int to) {
        List<ObservationDraft> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(draft(seed, i));
        }
        return out;
    }

    static ObservationDraft draft(long seed, int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        int ticket = index / 4;
        int version = index % 4;
        Instant updated = START.plusSeconds(ticket * 37L + version * 900L);
        String number = "INC" + (1_000_000 + ticket);
        StringBuilder json = new StringBuilder(1200);
        json.append("{\"sys_id\":\"").append(Long.toHexString(random.nextLong())).append(Long.toHexString(random.nextLong()))
                .append("\",\"number\":\"").append(number)
                .append("\",\"sys_mod_count\":").append(version)
                .append(",\"sys_updated_on\":\"").append(updated)
                .append("\",\"opened_at\":\"").append(START.plusSeconds(ticket * 37L))
                .append("\",\"priority\":\"").append(1 + random.nextInt(4))
                .append("\",\"state\":\"").append(STATES[Math.min(version + random.nextInt(2), STATES.length - 1)])
                .append("\",\"assignment_group\":{\"link\":\"https://acme.service-now.com/api/now/table/sys_user_group/")
                .append(Long.toHexString(random.nextLong())).append("\",\"value\":\"service-desk\"}")
                .append(",\"assigned_to\":\"tech").append(random.nextInt(40))
                .append("\",\"caller_id\":\"user").append(random.nextInt(2000))
                .append("\",\"short_description\":\"").append(words(random, 8))
                .append("\",\"description\":\"").append(words(random, 70))
                .append("\",\"comments\":[");
        for (int c = 0; c <= version; c++) {
            json.append(c == 0 ? "" : ",").append("{\"at\":\"").append(updated.minusSeconds(60L * c))
                    .append("\",\"by\":\"tech").append(random.nextInt(40)).append("\",\"text\":\"").append(words(random, 12)).append("\"}");
        }
        json.append("]}");
        byte[] raw = json.toString().getBytes(StandardCharsets.UTF_8);
        return ObservationDraft.of(SOURCE, Side.CLIENT, "ticket", number, Integer.toString(version), updated.plusSeconds(5), raw,
                        CanonicalJson.parse(json.toString()))
                .withClaimedAt(updated)
                .withCaseRef(new CaseId(number));
    }

    private static String words(SplittableRandom random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }
}
