package io.witness.sources.export;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.event.Assigned;
import io.witness.core.event.CommentAdded;
import io.witness.core.event.DetailsRecorded;
import io.witness.core.event.PriorityChanged;
import io.witness.core.event.Side;
import io.witness.core.event.SlaClaimed;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Files, contexts and contracts for the import format tests, and a compact way to show a timeline. */
public final class Fixtures {

    /** When the test imports are received. */
    public static final Instant RECEIVED = Instant.parse("2024-02-01T12:00:00Z");

    private Fixtures() {
    }

    /** A fixture file beside the test class, by name. */
    public static ImportFile file(Class<?> test, String name) {
        try (InputStream in = test.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name + " beside " + test.getName());
            }
            return new ImportFile(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file from text, written as UTF-8. */
    public static ImportFile text(String name, String text) {
        return new ImportFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** One of the example contracts of the repository ({@code dental-150}, {@code co-managed-enterprise}). */
    public static Contract example(String name) {
        Path path = Path.of("..", "examples", name, "contract.yaml");
        try {
            return ContractYaml.parse(Files.readString(path), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The client's import of {@code system} files in {@code zone}, without a contract or mapping. */
    public static ImportContext client(String system, Optional<ZoneId> zone) {
        return new ImportContext(TenantId.of("acme"), Side.CLIENT, new SourceRef(system, "acme-export"), Optional.empty(),
                Optional.empty(), zone, Optional.empty(), RECEIVED);
    }

    /** The same with a contract. */
    public static ImportContext client(String system, ZoneId zone, Contract contract) {
        return new ImportContext(TenantId.of("acme"), Side.CLIENT, new SourceRef(system, "acme-export"), Optional.of(contract),
                Optional.empty(), Optional.of(zone), Optional.empty(), RECEIVED);
    }

    /** A context with a mapping file of options. */
    public static ImportContext withMapping(ImportContext context, String yaml) {
        return new ImportContext(context.tenant(), context.side(), context.source(), context.contract(),
                context.contractSource(), context.zone(), Optional.of(new ImportContext.TextFile("options.yaml", yaml)),
                context.receivedAt());
    }

    /**
     * A timeline one line an event: time, type and what it carries ({@code 2024-01-15T09:30:00Z status
     * On Hold - Awaiting Caller (waiting_customer)}).
     */
    public static List<String> show(List<TicketEvent> events) {
        List<String> lines = new ArrayList<>();
        for (TicketEvent event : events) {
            lines.add(event.at() + " " + event.type().wireName() + what(event));
        }
        return lines;
    }

    private static String what(TicketEvent event) {
        if (event instanceof TicketOpened opened) {
            return opened.priority().map(p -> " " + p.code()).orElse(" -") + opened.status().map(s -> " " + s).orElse(" -")
                    + opened.statusClass().map(c -> " (" + c.wireName() + ")").orElse("");
        }
        if (event instanceof StatusChanged status) {
            return " " + status.status() + status.statusClass().map(c -> " (" + c.wireName() + ")").orElse("");
        }
        if (event instanceof PriorityChanged priority) {
            return " " + priority.priority().code();
        }
        if (event instanceof Assigned assigned) {
            return " " + assigned.group() + assigned.tier().map(t -> " tier " + t.level()).orElse("");
        }
        if (event instanceof CommentAdded comment) {
            return " " + comment.author().wireName() + (comment.isPublic() ? " public" : " private");
        }
        if (event instanceof SlaClaimed claim) {
            return " " + claim.field() + "=" + claim.value();
        }
        if (event instanceof DetailsRecorded details) {
            var d = details.details();
            List<String> parts = new ArrayList<>();
            d.title().ifPresent(v -> parts.add("title=" + v));
            d.requester().ifPresent(v -> parts.add("requester=" + v));
            d.category().ifPresent(v -> parts.add("category=" + v));
            d.subcategory().ifPresent(v -> parts.add("subcategory=" + v));
            d.configurationItem().ifPresent(v -> parts.add("ci=" + v));
            d.channel().ifPresent(v -> parts.add("channel=" + v));
            d.origin().ifPresent(v -> parts.add("origin=" + v.wireName()));
            if (!d.references().isEmpty()) {
                parts.add("refs=" + d.references().stream().map(r -> r.system() + ":" + r.id()).collect(Collectors.joining(",")));
            }
            return " " + String.join(" ", parts);
        }
        return "";
    }
}
