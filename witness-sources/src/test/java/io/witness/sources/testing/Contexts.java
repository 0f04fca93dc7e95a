package io.witness.sources.testing;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.event.Side;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.sources.format.ImportContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Import contexts for tests, named for who imports what. */
public final class Contexts {

    public static final Instant RECEIVED = Instant.parse("2026-03-20T12:00:00Z");

    private Contexts() {
    }

    /** The client's evidence of format {@code format} for {@code tenant}, without a contract or zone. */
    public static ImportContext client(String tenant, String format) {
        return new ImportContext(TenantId.of(tenant), Side.CLIENT, new SourceRef(format, "client"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), RECEIVED);
    }

    /** The same with a contract. */
    public static ImportContext client(String tenant, String format, Contract contract) {
        return new ImportContext(TenantId.of(tenant), Side.CLIENT, new SourceRef(format, "client"), Optional.of(contract), Optional.empty(),
                Optional.empty(), Optional.empty(), RECEIVED);
    }

    /** A clocks-only contract whose client statuses are {@code statusClasses} (YAML flow map). */
    public static Contract clientStatuses(String statusClasses) {
        return ContractYaml.parse("""
                calendars:
                  always: { always: true }
                status_classes:
                  client: %s
                clocks:
                  resolution:
                    calendar: always
                    targets: { P1: 4h }
                """.formatted(statusClasses), "contract.yaml");
    }

    /** The same context in another zone. */
    public static ImportContext inZone(ImportContext context, String zone) {
        return new ImportContext(context.tenant(), context.side(), context.source(), context.contract(), context.contractSource(),
                Optional.of(ZoneId.of(zone)), context.mapping(), context.receivedAt());
    }
}
