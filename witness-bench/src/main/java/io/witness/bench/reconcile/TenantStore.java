package io.witness.bench.reconcile;

import io.witness.core.contract.Contract;
import io.witness.core.contract.SourceId;
import io.witness.core.event.EventJson;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import io.witness.core.reconcile.Ticket;
import io.witness.ledger.chain.Observation;
import io.witness.ledger.chain.Position;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.SigningKey;
import io.witness.ledger.store.Ledger;
import io.witness.ledger.store.LedgerDatabase;
import io.witness.ledger.store.LedgerReader;
import io.witness.sources.events.EventsFormat;
import io.witness.sources.format.ImportContext;
import io.witness.sources.ingest.ImportProgress;
import io.witness.sources.ingest.ImportSummary;
import io.witness.sources.ingest.Importer;
import io.witness.sources.tenant.TenantEvents;
import io.witness.sources.tenant.TenantTickets;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The generated tenant in a real ledger (embedded PostgreSQL with fsync on, in a folder of its own), as
 * {@code ./witness import --source events} would store it: each side's events as canonical JSON lines,
 * one observation an event, the client's from its ServiceNow ({@code servicenow}), the provider's from its
 * PSA ({@code cw-psa}); the import keeps the derived tickets beside them. Then read back as
 * {@code ./witness reconcile --tenant} reads it ({@link TenantEvents}: the derived tickets, or else the
 * observations in pages of 10,000), and, as the baseline, the same observations only read.
 */
final class TenantStore implements AutoCloseable {

    static final TenantId TENANT = TenantId.of("bench");
    private static final int PAGE = 10_000;

    private final LedgerDatabase database;
    private final Ledger ledger;

    private TenantStore(LedgerDatabase database, Ledger ledger) {
        this.database = database;
        this.ledger = ledger;
    }

    /** Opens a new embedded ledger in {@code dir} (which must be empty or absent). */
    static TenantStore open(Path dir) {
        LedgerDatabase database = LedgerDatabase.embedded(dir.resolve("data"));
        try {
            return new TenantStore(database, new Ledger(database, SigningKey.loadOrCreate(dir.resolve("keys"))));
        } catch (IOException e) {
            try {
                database.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw new UncheckedIOException("Could not make the ledger's signing key in " + dir, e);
        }
    }

    /** The observations the tenant has in this ledger already (a folder kept from an earlier run). */
    long size() {
        return new LedgerReader(database).size(TENANT);
    }

    /** Stores every ticket's events, each side as one import; returns the observations added. */
    long load(List<Ticket> tickets, Contract contract, Path dir) {
        long added = 0;
        for (Side side : List.of(Side.CLIENT, Side.PROVIDER)) {
            Path file = dir.resolve(side.wireName() + ".jsonl");
            write(tickets, side, file);
            String instance = side == Side.CLIENT ? "servicenow" : "cw-psa";
            ImportContext context = new ImportContext(TENANT, side, new SourceRef("events", instance), Optional.of(contract),
                    Optional.of(new SourceId(instance)), Optional.of(contract.header().zone()), Optional.empty(), Instant.now());
            try {
                ImportSummary summary = new Importer(ledger, Clock.systemUTC()).importPaths(new EventsFormat(), List.of(file),
                        context, ImportProgress.NONE);
                added += summary.added();
                Files.delete(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return added;
    }

    /**
     * The tenant's tickets read back as {@code ./witness reconcile --tenant} does: from the derived tickets the
     * import kept when they are current, else derived again from the observations (and the derived tickets
     * rebuilt); {@link TenantTickets#readFrom()} says which.
     */
    TenantTickets read(Contract contract) {
        TenantTickets read = new TenantEvents(contract).read(new LedgerReader(database), ledger.derivedTickets(), TENANT, PAGE);
        System.out.println("  (read from " + read.readFrom() + ")");
        return read;
    }

    /** The tenant's tickets derived again from every observation, as before the derived tickets were kept. */
    TenantTickets derive(Contract contract) {
        return new TenantEvents(contract).read(new LedgerReader(database), TENANT, PAGE);
    }

    /** The baseline: every observation read in the same pages, and its raw bytes counted, nothing derived. */
    long readOnly() {
        LedgerReader reader = new LedgerReader(database);
        long bytes = 0;
        Position from = Position.of(0);
        while (true) {
            List<Observation> page = reader.observations(TENANT, from, PAGE);
            for (Observation observation : page) {
                bytes += observation.draft().raw().length;
            }
            if (page.size() < PAGE) {
                return bytes;
            }
            from = page.get(page.size() - 1).position().next();
        }
    }

    private static void write(List<Ticket> tickets, Side side, Path file) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Ticket ticket : tickets) {
                if (ticket.side() == side) {
                    for (TicketEvent event : ticket.events()) {
                        out.write(EventJson.write(event));
                        out.newLine();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            database.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
