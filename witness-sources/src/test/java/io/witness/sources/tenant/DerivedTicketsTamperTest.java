package io.witness.sources.tenant;

import static io.witness.sources.tenant.DerivedTicketsReadTest.DEMO;
import static io.witness.sources.tenant.DerivedTicketsReadTest.assertSameTickets;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.event.Side;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.store.LedgerReader;
import io.witness.sources.testing.TestLedger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An edit of the derived tickets through the database, by anyone who can write to it, does not change what a
 * reconcile reads: each row's digest, the rows' count and digest sum and the ledger's signature over them are
 * checked; on any mismatch the tickets are derived from the observations, the derived tickets rebuilt, and
 * the failed check named (#7).
 */
class DerivedTicketsTamperTest {

    private static final String FAILED = "the observations (its derived tickets failed their check: ";
    private static final String UNSIGNED_SUM = "the digests of the rows read do not add up to the signed sum (a row was edited, moved or replaced)";
    private static final String BAD_SIGNATURE = "their signature does not match their log size, contract digest, row count and digest sum";
    /** A case's row (not an annotation's), the first. */
    private static final String A_CASE_ROW = "(SELECT min(first_position) FROM derived_ticket WHERE case_ref <> '')";

    @Test // #7
    void aPayloadByteChangedThroughSqlIsCaught() throws Exception {
        tamperedReadsTheObservations("UPDATE derived_ticket SET payload = set_byte(payload, octet_length(payload) - 1, "
                + "get_byte(payload, octet_length(payload) - 1) # 1) WHERE first_position = " + A_CASE_ROW, UNSIGNED_SUM);
    }

    @Test // #7
    void aPayloadSwappedWithAnothersIsCaught() throws Exception {
        tamperedReadsTheObservations("UPDATE derived_ticket SET payload = (SELECT payload FROM derived_ticket WHERE case_ref <> '' "
                + "ORDER BY first_position DESC LIMIT 1) WHERE first_position = " + A_CASE_ROW, UNSIGNED_SUM);
    }

    @Test // #7
    void aDeletedRowIsCaught() throws Exception {
        tamperedReadsTheObservations("DELETE FROM derived_ticket WHERE first_position = " + A_CASE_ROW, "were signed");
    }

    @Test // #7
    void anAddedRowIsCaught() throws Exception {
        tamperedReadsTheObservations("INSERT INTO derived_ticket SELECT tenant_id, first_position + 1000000, source_system, "
                + "source_instance, side, case_ref || '-copy', payload, row_sha256 FROM derived_ticket WHERE first_position = " + A_CASE_ROW,
                "were signed");
    }

    @Test // #7
    void aRowsCaseChangedIsCaught() throws Exception {
        tamperedReadsTheObservations("UPDATE derived_ticket SET case_ref = case_ref || 'x' WHERE first_position = " + A_CASE_ROW, UNSIGNED_SUM);
    }

    @Test // #7
    void aRowMovedToAnotherPositionIsCaught() throws Exception {
        tamperedReadsTheObservations("UPDATE derived_ticket SET first_position = first_position + 1000000 WHERE first_position = "
                + A_CASE_ROW, UNSIGNED_SUM);
    }

    @Test // #7
    void anEditedLogSizeIsCaught() throws Exception {
        tamperedReadsTheObservations("UPDATE derived_tenant SET log_size = log_size - 1", BAD_SIGNATURE);
    }

    @Test // #7
    void anEditedRowCountIsCaught() throws Exception {
        tamperedReadsTheObservations("UPDATE derived_tenant SET row_count = row_count - 1", BAD_SIGNATURE);
    }

    @Test // #7
    void aRowDeletedWithTheRowCountEditedToMatchIsCaught() throws Exception {
        tamperedReadsTheObservations("WITH gone AS (DELETE FROM derived_ticket WHERE first_position = " + A_CASE_ROW + " RETURNING 1) "
                + "UPDATE derived_tenant SET row_count = row_count - (SELECT count(*) FROM gone)", BAD_SIGNATURE);
    }

    @Test // #7
    void aRemovedSignatureIsCaught() throws Exception {
        tamperedReadsTheObservations("UPDATE derived_tenant SET signature = NULL", "they are not signed");
    }

    @Test // #7
    void aSignatureOfOtherBytesIsCaught() throws Exception {
        tamperedReadsTheObservations("UPDATE derived_tenant SET signature = set_byte(signature, 0, get_byte(signature, 0) # 1)", BAD_SIGNATURE);
    }

    @Test // #7
    void anAppendAfterAnEditedHeaderDropsTheDerivedTicketsInsteadOfSigningTheEdit() throws Exception {
        Contract contract = DerivedTicketsReadTest.demoContract();
        try (TestLedger ledger = TestLedger.open()) {
            DerivedTicketsReadTest.importDemo(ledger, contract);
            sql(ledger, "UPDATE derived_tenant SET row_count = row_count + 1");
            TenantEvents events = new TenantEvents(contract);
            // An annotation appended as ./witness annotate appends it: its rows would be added to the edited header.
            ledger.ledger().appendAll(DEMO, List.of(List.of(new ObservationDraft(new SourceRef("annotations", "client"), Side.CLIENT,
                    TenantEvents.ANNOTATION, "note-1", "1", Optional.empty(), Instant.parse("2026-11-05T00:00:00Z"),
                    "{\"finding\":\"x\"}".getBytes(StandardCharsets.UTF_8), "{\"finding\":\"x\"}", Optional.empty(), Optional.empty())))
                    .iterator(), stored -> { }, new DerivedAnnotations(events, DEMO));
            LedgerReader reader = new LedgerReader(ledger.database());

            TenantTickets read = events.read(reader, ledger.ledger().derivedTickets(), DEMO, 1_000);

            assertThat(read.readFrom()).isEqualTo("the observations (no derived tickets are kept for it; derived tickets rebuilt)");
            assertSameTickets(read, events.read(reader, DEMO, 1_000));
        }
    }

    /**
     * Imports the demo, checks its derived tickets are read, runs {@code tamper} as the database's owner, and
     * checks the next read derives from the observations naming {@code failedCheck}, and the one after reads
     * the rebuilt derived tickets again.
     */
    private static void tamperedReadsTheObservations(String tamper, String failedCheck) throws Exception {
        Contract contract = DerivedTicketsReadTest.demoContract();
        try (TestLedger ledger = TestLedger.open()) {
            DerivedTicketsReadTest.importDemo(ledger, contract);
            TenantEvents events = new TenantEvents(contract);
            LedgerReader reader = new LedgerReader(ledger.database());
            TenantTickets observed = events.read(reader, DEMO, 1_000);
            TenantTickets before = events.read(reader, ledger.ledger().derivedTickets(), DEMO, 1_000);
            assertThat(before.readFrom()).isEqualTo(TenantEvents.DERIVED);
            assertSameTickets(before, observed);

            assertThat(sql(ledger, tamper)).isPositive();
            TenantTickets tampered = events.read(reader, ledger.ledger().derivedTickets(), DEMO, 1_000);
            TenantTickets after = events.read(reader, ledger.ledger().derivedTickets(), DEMO, 1_000);

            assertThat(tampered.readFrom()).startsWith(FAILED).contains(failedCheck).endsWith("; derived tickets rebuilt)");
            assertSameTickets(tampered, observed);
            assertThat(after.readFrom()).isEqualTo(TenantEvents.DERIVED);
            assertSameTickets(after, observed);
        }
    }

    private static int sql(TestLedger ledger, String statement) throws Exception {
        try (Connection owner = ledger.database().ownerConnection(); Statement sql = owner.createStatement()) {
            return sql.executeUpdate(statement);
        }
    }
}
