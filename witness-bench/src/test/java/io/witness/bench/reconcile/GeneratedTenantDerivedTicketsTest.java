package io.witness.bench.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.sources.tenant.TenantEvents;
import io.witness.sources.tenant.TenantTickets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The derived tickets the import keeps read back as the same tickets the observations give, on a generated tenant (#7). */
class GeneratedTenantDerivedTicketsTest {

    @TempDir
    Path dir;

    @Test // #7
    void aGeneratedTenantsDerivedTicketsGiveTheTicketsItsObservationsGive() {
        Contract contract = ReconcileBenchmark.contract();
        try (TenantStore store = TenantStore.open(dir)) {
            store.load(new TenantGenerator(11).tickets(3_000), contract, dir);

            TenantTickets derived = store.read(contract);
            TenantTickets observed = store.derive(contract);

            assertThat(derived.readFrom()).isEqualTo(TenantEvents.DERIVED);
            assertThat(observed.tickets()).hasSizeGreaterThan(5_000);
            // Tickets (events, observation names), changes, annotations, problems, unmapped values, count: all equal.
            assertThat(derived.readFrom(observed.readFrom())).isEqualTo(observed);
        }
    }
}
