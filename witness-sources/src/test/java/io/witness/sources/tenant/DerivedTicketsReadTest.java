package io.witness.sources.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.event.Side;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.store.DerivedTickets;
import io.witness.ledger.store.LedgerReader;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.SourceFormats;
import io.witness.sources.ingest.ImportProgress;
import io.witness.sources.ingest.Importer;
import io.witness.sources.testing.TestLedger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The derived tickets an import keeps give a reconcile exactly the tickets the observations give, and are
 * not used when they do not reflect the whole log or are not as signed (#7; DerivedTicketsTamperTest).
 */
class DerivedTicketsReadTest {

    static final TenantId DEMO = TenantId.of("demo-acme-dental");
    private static final Path EVIDENCE = Path.of("../examples/demo/evidence");

    static Contract demoContract() throws IOException {
        Path file = Path.of("../examples/demo/contract.yaml");
        return ContractYaml.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** The demo's ticket exports imported as {@code ./witness audit} imports them. */
    static void importDemo(TestLedger ledger, Contract contract) throws IOException {
        Importer importer = new Importer(ledger.ledger(), Clock.systemUTC());
        importer.importPaths(SourceFormats.named("servicenow").orElseThrow(),
                List.of(EVIDENCE.resolve("incident.csv"), EVIDENCE.resolve("sys_audit.csv")),
                context(contract, Side.CLIENT, "servicenow", Optional.of(ZoneId.of("America/New_York")), "2026-11-01T00:00:00Z"),
                ImportProgress.NONE);
        importer.importPaths(SourceFormats.named("connectwise").orElseThrow(),
                List.of(EVIDENCE.resolve("connectwise-tickets.json"), EVIDENCE.resolve("connectwise-audittrail.json"),
                        EVIDENCE.resolve("connectwise-notes.json")),
                context(contract, Side.PROVIDER, "connectwise", Optional.empty(), "2026-11-01T00:00:00Z"), ImportProgress.NONE);
        importer.importPaths(SourceFormats.named("connectwise").orElseThrow(), List.of(EVIDENCE.resolve("connectwise-notes-2026-11-04.json")),
                context(contract, Side.PROVIDER, "connectwise", Optional.empty(), "2026-11-04T00:00:00Z"), ImportProgress.NONE);
    }

    private static ImportContext context(Contract contract, Side side, String source, Optional<ZoneId> zone, String received) {
        return new ImportContext(DEMO, side, new SourceRef(source, side.wireName()), Optional.of(contract), Optional.empty(), zone,
                Optional.empty(), Instant.parse(received));
    }

    /** Tickets (events, observation names), changes, annotations, problems, unmapped values and count all equal. */
    static void assertSameTickets(TenantTickets derived, TenantTickets observed) {
        assertThat(derived.readFrom(observed.readFrom())).isEqualTo(observed);
    }

    @Test // #7
    void theDemosDerivedTicketsGiveTheTicketsItsObservationsGive() throws IOException {
        Contract contract = demoContract();
        try (TestLedger ledger = TestLedger.open()) {
            importDemo(ledger, contract);
            LedgerReader reader = new LedgerReader(ledger.database());
            TenantEvents events = new TenantEvents(contract);
            TenantTickets observed = events.read(reader, DEMO, 1_000);
            TenantTickets derived = events.read(reader, ledger.ledger().derivedTickets(), DEMO, 1_000);

            assertThat(derived.readFrom()).isEqualTo(TenantEvents.DERIVED);
            assertThat(observed.tickets()).isNotEmpty();
            assertThat(observed.changes()).isNotEmpty();
            assertSameTickets(derived, observed);
        }
    }

    @Test // #7
    void aLogThatGrewPastTheDerivedTicketsIsReadFromItsObservationsAndTheyAreRebuiltAndAnnotationsKeepThemCurrent() throws IOException {
        Contract contract = demoContract();
        try (TestLedger ledger = TestLedger.open()) {
            importDemo(ledger, contract);
            // An annotation appended without the importer: the derived tickets no longer reflect the whole log.
            ledger.ledger().append(DEMO, List.of(new ObservationDraft(new SourceRef("annotations", "client"), Side.CLIENT,
                    TenantEvents.ANNOTATION, "note-1", "1", Optional.empty(), Instant.parse("2026-11-05T00:00:00Z"),
                    "{\"finding\":\"x\"}".getBytes(StandardCharsets.UTF_8), "{\"finding\":\"x\"}", Optional.empty(), Optional.empty())));
            LedgerReader reader = new LedgerReader(ledger.database());
            TenantEvents events = new TenantEvents(contract);
            DerivedTickets derivedTickets = ledger.ledger().derivedTickets();
            long size = reader.size(DEMO);

            TenantTickets first = events.read(reader, derivedTickets, DEMO, 1_000);
            TenantTickets second = events.read(reader, derivedTickets, DEMO, 1_000);

            assertThat(first.readFrom()).isEqualTo("the observations (its derived tickets reflect " + (size - 1) + " of its " + size
                    + " observations; derived tickets rebuilt)");
            assertThat(second.readFrom()).isEqualTo(TenantEvents.DERIVED);
            assertThat(second.annotations()).hasSize(1);
            assertSameTickets(second, events.read(reader, DEMO, 1_000));

            // An annotation appended as ./witness annotate appends it keeps them current.
            ledger.ledger().appendAll(DEMO, List.of(List.of(new ObservationDraft(new SourceRef("annotations", "provider"), Side.PROVIDER,
                    TenantEvents.ANNOTATION, "note-2", "1", Optional.empty(), Instant.parse("2026-11-06T00:00:00Z"),
                    "{\"finding\":\"y\"}".getBytes(StandardCharsets.UTF_8), "{\"finding\":\"y\"}", Optional.empty(), Optional.empty())))
                    .iterator(), stored -> { }, new DerivedAnnotations(events, DEMO));
            TenantTickets third = events.read(reader, derivedTickets, DEMO, 1_000);

            assertThat(third.readFrom()).isEqualTo(TenantEvents.DERIVED);
            assertThat(third.annotations()).hasSize(2);
            assertSameTickets(third, events.read(reader, DEMO, 1_000));
        }
    }

    @Test // #7
    void derivedTicketsWhoseContractDigestWasEditedAreNotUsed() throws Exception {
        Contract contract = demoContract();
        try (TestLedger ledger = TestLedger.open()) {
            importDemo(ledger, contract);
            try (Connection owner = ledger.database().ownerConnection(); Statement sql = owner.createStatement()) {
                sql.executeUpdate("UPDATE derived_tenant SET contract_sha256 = '\\x00'");
            }
            TenantTickets read = new TenantEvents(contract).read(new LedgerReader(ledger.database()),
                    ledger.ledger().derivedTickets(), DEMO, 1_000);

            assertThat(read.readFrom()).isEqualTo(
                    "the observations (its derived tickets failed their check: their signature does not match their log size, "
                            + "contract digest, row count and digest sum; derived tickets rebuilt)");
        }
    }
}
