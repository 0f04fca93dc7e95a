package io.witness.sources.psa;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.event.Assigned;
import io.witness.core.event.CaseId;
import io.witness.core.event.CommentAdded;
import io.witness.core.event.DetailsRecorded;
import io.witness.core.event.PriorityChanged;
import io.witness.core.event.Side;
import io.witness.core.event.SlaClaimed;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.TicketDetails;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.format.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Runs a format over fixture files as an import would (parse every file, normalise each case) and writes events as short lines for exact assertions. */
public final class PsaImports {

    /** When every fixture import is received. */
    public static final Instant RECEIVED = Instant.parse("2026-04-01T12:00:00Z");

    /** A clocks-only contract mapping the providers' usual status names. */
    public static final String CONTRACT = """
            calendars:
              always: { always: true }
            status_classes:
              provider:
                "New": new
                "In Progress": in_progress
                "Assigned": in_progress
                "Waiting Client Response": waiting_customer
                "Waiting Customer": waiting_customer
                "Waiting Vendor": waiting_third_party
                "Completed": resolved
                "Complete": resolved
                "Resolved": resolved
                "Closed": closed
                "Cancelled": cancelled
            clocks:
              response:
                section: "4.2"
                calendar: always
                targets: { P1: PT30M }
            """;

    private PsaImports() {
    }

    public static Contract contract() {
        return ContractYaml.parse(CONTRACT, "contract.yaml");
    }

    /** A provider-side import into tenant acme from {@code system}, with the usual contract. */
    public static ImportContext context(String system, Optional<ZoneId> zone) {
        return new ImportContext(TenantId.of("acme"), Side.PROVIDER, new SourceRef(system, "msp.example"),
                Optional.of(contract()), Optional.empty(), zone, Optional.empty(), RECEIVED);
    }

    /** A fixture file beside {@code owner}'s class. */
    public static ImportFile file(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name + " beside " + owner.getSimpleName());
            }
            return new ImportFile(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ImportFile text(String name, String text) {
        return new ImportFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Every file parsed; fails on any problem. */
    public static List<ObservationDraft> parseAll(SourceFormat format, ImportContext context, ImportFile... files) {
        List<ObservationDraft> drafts = new ArrayList<>();
        for (ImportFile file : files) {
            ParsedFile parsed = format.parse(file, context);
            if (!parsed.problems().isEmpty()) {
                throw new AssertionError("Problems in " + file.name() + ": " + parsed.problems());
            }
            drafts.addAll(parsed.observations());
        }
        return drafts;
    }

    /** Each case's events, cases in the order first seen. */
    public static Map<String, CaseEvents> normaliseAll(SourceFormat format, ImportContext context, List<ObservationDraft> drafts) {
        Map<String, List<ObservationDraft>> byCase = new LinkedHashMap<>();
        for (ObservationDraft draft : drafts) {
            byCase.computeIfAbsent(draft.caseRef().orElseThrow().value(), k -> new ArrayList<>()).add(draft);
        }
        Map<String, CaseEvents> events = new LinkedHashMap<>();
        byCase.forEach((id, observations) -> events.put(id, format.normalise(new CaseId(id), observations, context)));
        return events;
    }

    /** The events as lines: {@code 2026-03-06T14:20:00Z status "In Progress"/in_progress}. */
    public static List<String> lines(CaseEvents events) {
        return events.events().stream().map(PsaImports::line).toList();
    }

    public static String line(TicketEvent event) {
        String head = event.at() + " " + event.type().wireName();
        if (event instanceof TicketOpened opened) {
            return head + opened.priority().map(p -> " " + p.code()).orElse("")
                    + opened.status().map(s -> " \"" + s + "\"" + opened.statusClass().map(c -> "/" + c.wireName()).orElse("")).orElse("");
        } else if (event instanceof StatusChanged changed) {
            return head + " \"" + changed.status() + "\"" + changed.statusClass().map(c -> "/" + c.wireName()).orElse("");
        } else if (event instanceof PriorityChanged changed) {
            return head + " " + changed.priority().code();
        } else if (event instanceof Assigned assigned) {
            return head + " \"" + assigned.group() + "\"" + assigned.tier().map(t -> " tier " + t.level()).orElse("");
        } else if (event instanceof CommentAdded comment) {
            return head + " " + comment.author().wireName() + (comment.isPublic() ? " public" : " private");
        } else if (event instanceof SlaClaimed claim) {
            return head + " " + claim.field() + "=" + claim.value();
        } else if (event instanceof DetailsRecorded recorded) {
            return head + " " + details(recorded.details());
        }
        return head;
    }

    private static String details(TicketDetails details) {
        List<String> parts = new ArrayList<>();
        details.title().ifPresent(v -> parts.add("title=" + v));
        details.requester().ifPresent(v -> parts.add("requester=" + v));
        details.category().ifPresent(v -> parts.add("category=" + v));
        details.subcategory().ifPresent(v -> parts.add("subcategory=" + v));
        details.configurationItem().ifPresent(v -> parts.add("ci=" + v));
        details.channel().ifPresent(v -> parts.add("channel=" + v));
        details.origin().ifPresent(v -> parts.add("origin=" + v.wireName()));
        if (!details.references().isEmpty()) {
            parts.add("refs=" + details.references().stream().map(r -> r.system() + ":" + r.id()).collect(Collectors.joining(",")));
        }
        return String.join(" ", parts);
    }
}
