package io.witness.core.reconcile;

import io.witness.core.contract.PartyId;
import io.witness.core.event.EventLines;
import io.witness.core.event.TicketEvent;
import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Hand-built scenarios as event lines, for the reconciliation tests. */
final class Scenario {

    static final PartyId CLIENT = new PartyId("client");
    static final PartyId PROVIDER = new PartyId("provider");

    private Scenario() {
    }

    /** One event line: {@code line("T1001", "provider", "reply", "2026-03-04T10:02:00-05:00", "")}; extra is more JSON fields. */
    static String line(String caseId, String side, String type, String at, String extra) {
        return "{\"case\":\"" + caseId + "\",\"side\":\"" + side + "\",\"type\":\"" + type + "\",\"at\":\"" + at + "\""
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    /** The events of the lines (JSON lines, as docs/events.md). */
    static List<TicketEvent> events(String... lines) {
        return EventLines.read(String.join("\n", lines), "scenario.jsonl").orThrow();
    }

    /** The tickets of the lines, the client's to "client" and the provider's to "provider". */
    static List<Ticket> tickets(String... lines) {
        return Tickets.of(events(lines), CLIENT, PROVIDER);
    }

    /** The dental-150 example contract: Acme Dental (ServiceNow) and Northwind (ConnectWise PSA), New York. */
    static Contract dental() {
        return contract(Path.of("../examples/dental-150/contract.yaml"));
    }

    static Contract contract(Path file) {
        try {
            return ContractYaml.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one case of the lines, correlated under the default rules, the provider's tickets to {@code provider}. */
    static Case oneCase(PartyId client, PartyId provider, String... lines) {
        Correlated correlated = Correlation.withDefaults().correlate(Tickets.of(events(lines), client, provider), provider);
        if (correlated.cases().size() != 1) {
            throw new IllegalStateException("Expected one case, got " + correlated.cases());
        }
        return correlated.cases().get(0);
    }

    /** Cases of the lines under the default rules. */
    static Correlated correlate(String... lines) {
        return Correlation.withDefaults().correlate(tickets(lines), PROVIDER);
    }
}
